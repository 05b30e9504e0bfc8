/**
 * MSSanté messages: addresses (patient addresses from a qualified INS only), messages to send,
 * received messages and their MSSanté headers.
 */
package io.github.eparcours.mss.message;
