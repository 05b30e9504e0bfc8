/**
 * Client for MSSanté secure messaging: SMTP submission and IMAP, IHE XDM, acknowledgements.
 */
package io.github.eparcours.mss;
