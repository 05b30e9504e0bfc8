/**
 * What vendors implement for the MSSanté client: the access-token supplier.
 */
package io.github.eparcours.mss.spi;
