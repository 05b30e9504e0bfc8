/**
 * A fake MSSanté operator for tests and examples: SMTP and IMAP over TLS on loopback.
 */
package io.github.eparcours.testkit.mss;
