/**
 * Delivery (DSN) and disposition (MDN) notifications: reading them, linking them to sent
 * messages, and the outcome a receiving system reports.
 */
package io.github.eparcours.mss.ack;
