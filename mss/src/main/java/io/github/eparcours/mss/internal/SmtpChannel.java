package io.github.eparcours.mss.internal;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.EparcoursServiceException;
import io.github.eparcours.mss.MssErrors;
import io.github.eparcours.mss.SendResult;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * One SMTP submission connection, opened on first use and reused across messages; a lock
 * serialises the senders (SMTP has one transaction at a time per connection). A dropped
 * connection is noticed before the next transaction (NOOP) and reopened.
 */
final class SmtpChannel implements AutoCloseable {

  private final Session session;
  private final MailConnection<SMTPTransport> connection;
  private final long sizeCap;

  SmtpChannel(Session session, String protocol, Authenticator authenticator, long sizeCap) {
    this.session = session;
    this.connection = new MailConnection<>(
        () -> (SMTPTransport) session.getTransport(protocol), authenticator);
    this.sizeCap = sizeCap;
  }

  Session session() {
    return session;
  }

  SendResult send(SMTPMessage message, Address[] recipients, long size, String messageId,
      boolean wantDsn) {
    connection.lock();
    try {
      connection.requireOpen();
      SMTPTransport t = connected();
      long max = serverLimit(t);
      if (max > 0 && size > max) {
        throw new EparcoursClientException(MssErrors.MESSAGE_TOO_LARGE,
            "the message is " + size + " bytes on the wire, over the " + max + " bytes the "
                + (max == sizeCap ? "client's cap" : "server advertises (SIZE)")
                + "; nothing was sent: send fewer or smaller documents");
      }
      boolean dsn = wantDsn && t.supportsExtension("DSN");
      if (dsn) {
        message.setNotifyOptions(SMTPMessage.NOTIFY_SUCCESS | SMTPMessage.NOTIFY_FAILURE);
        message.setReturnOption(SMTPMessage.RETURN_HDRS);
      }
      try {
        t.sendMessage(message, recipients);
      } catch (SMTPAddressFailedException e) {
        throw refused(MssErrors.RECIPIENT_REFUSED, "a recipient was refused", e.getReturnCode(),
            e);
      } catch (SendFailedException e) {
        int code = e instanceof SMTPSendFailedException s ? s.getReturnCode() : -1;
        Exception next = e.getNextException();
        if (next instanceof SMTPAddressFailedException a) {
          throw refused(MssErrors.RECIPIENT_REFUSED, "a recipient was refused",
              a.getReturnCode(), e);
        }
        if (code < 0) {
          connection.drop();
          throw MailFailures.map("sending the message", e, MssErrors.SEND_REFUSED);
        }
        throw refused(MssErrors.SEND_REFUSED, "the server refused the message", code, e);
      } catch (MessagingException e) {
        connection.drop();
        throw MailFailures.map("sending the message", e, MssErrors.SEND_REFUSED);
      }
      String reply = t.getLastServerResponse();
      return new SendResult(messageId, recipients.length, dsn, size,
          reply == null ? "" : reply.trim());
    } finally {
      connection.unlock();
    }
  }

  private long serverLimit(SMTPTransport t) {
    long max = sizeCap;
    String param = t.getExtensionParameter("SIZE");
    if (param != null) {
      try {
        long server = Long.parseLong(param.trim());
        if (server > 0 && (max <= 0 || server < max)) {
          max = server;
        }
      } catch (NumberFormatException ignored) {
        // SIZE without a number means "no fixed limit" (RFC 1870 section 4)
      }
    }
    return max;
  }

  private static EparcoursServiceException refused(
      io.github.eparcours.core.error.ErrorCode code, String what, int status,
      MessagingException e) {
    boolean retryable = status >= 400 && status < 500;
    return new EparcoursServiceException(code,
        what + " (SMTP " + status + ")" + (retryable ? "; temporary, retry later" : ""),
        status, e.getMessage(), retryable);
  }

  private SMTPTransport connected() {
    try {
      return connection.connected();
    } catch (MessagingException e) {
      throw MailFailures.map("opening the SMTP connection", e, MssErrors.CONNECTION_FAILED);
    }
  }

  @Override
  public void close() {
    connection.close();
  }
}
