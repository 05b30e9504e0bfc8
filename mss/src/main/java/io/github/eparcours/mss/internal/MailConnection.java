package io.github.eparcours.mss.internal;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.mss.MssErrors;
import jakarta.mail.MessagingException;
import jakarta.mail.Service;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One mail service connection (an SMTP transport or an IMAP store): opened on first use, kept
 * while the server keeps it, dropped after a failure so that the next use reopens it. Its lock
 * serialises the users: call every method but {@link #close()} between {@link #lock()} and
 * {@link #unlock()}.
 *
 * @param <S> the service type
 */
final class MailConnection<S extends Service> {

  /** Makes a new, unconnected service. */
  @FunctionalInterface
  interface Opener<S> {
    S open() throws MessagingException;
  }

  private final Opener<S> opener;
  private final Authenticator authenticator;
  private final ReentrantLock lock = new ReentrantLock();
  private S service;
  private boolean closed;

  MailConnection(Opener<S> opener, Authenticator authenticator) {
    this.opener = opener;
    this.authenticator = authenticator;
  }

  void lock() {
    lock.lock();
  }

  void unlock() {
    lock.unlock();
  }

  /** Fails once the owning client is closed. */
  void requireOpen() {
    if (closed) {
      throw new EparcoursClientException(MssErrors.INVALID_CONFIGURATION,
          "the client is closed; build a new one");
    }
  }

  /** Returns the connected service, connecting (again) when needed. */
  S connected() throws MessagingException {
    if (service != null && service.isConnected()) {
      return service;
    }
    drop();
    S s = opener.open();
    authenticator.connect(s::connect);
    service = s;
    return s;
  }

  /** Abandons the current connection, if any. */
  void drop() {
    if (service != null) {
      try {
        service.close();
      } catch (MessagingException ignored) {
        // the connection is being abandoned
      }
      service = null;
    }
  }

  /** Closes for good: the connection is dropped and {@link #requireOpen()} fails from now on. */
  void close() {
    lock.lock();
    try {
      closed = true;
      drop();
    } finally {
      lock.unlock();
    }
  }
}
