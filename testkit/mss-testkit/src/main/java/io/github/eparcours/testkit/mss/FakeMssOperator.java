package io.github.eparcours.testkit.mss;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.eparcours.mss.MailServer;
import io.github.eparcours.testkit.core.IssuedCredential;
import io.github.eparcours.testkit.core.TestPki;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import javax.net.ssl.SSLContext;

/**
 * A fake MSSanté operator on loopback: SMTP submission and IMAP over implicit TLS with a server
 * certificate from a run-time {@link TestPki} (name {@code localhost}), mailboxes authenticated
 * by XOAUTH2 with a per-mailbox token. Messages are delivered in memory (GreenMail).
 *
 * <p>Use it to exercise an {@code MssClient} end to end without an operator account: trust
 * {@link #pki()}'s root, connect to {@link #smtpServer()} and {@link #imapServer()}. It does not
 * offer STARTTLS, client-certificate authentication, DSN or SIZE: test those against a real
 * server. Thread-safe. Close it to free the ports.
 *
 * @since 0.1
 */
public final class FakeMssOperator implements AutoCloseable {

  private final TestPki pki;
  private final GreenMail greenMail;
  private final TlsFront smtps;
  private final TlsFront imaps;

  private FakeMssOperator(TestPki pki) throws IOException {
    this.pki = pki;
    IssuedCredential server = pki.serverCertificate("localhost", "127.0.0.1");
    SSLContext tls = pki.serverSslContext(server, false);
    this.greenMail = new GreenMail(new ServerSetup[] {
        new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
        new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
    greenMail.start();
    try {
      this.smtps = new TlsFront(tls, greenMail.getSmtp().getPort(), "smtp");
      this.imaps = new TlsFront(tls, greenMail.getImap().getPort(), "imap");
    } catch (IOException | RuntimeException e) {
      greenMail.stop();
      throw e;
    }
  }

  /**
   * Starts an operator with a fresh test PKI.
   *
   * @return the running operator
   * @throws UncheckedIOException if a loopback port cannot be opened
   */
  public static FakeMssOperator start() {
    return start(TestPki.create());
  }

  /**
   * Starts an operator whose server certificate is issued by the given PKI.
   *
   * @param pki the PKI, not null
   * @return the running operator
   * @throws UncheckedIOException if a loopback port cannot be opened
   */
  public static FakeMssOperator start(TestPki pki) {
    try {
      return new FakeMssOperator(Objects.requireNonNull(pki, "pki"));
    } catch (IOException e) {
      throw new UncheckedIOException("the fake MSSanté operator could not open its ports", e);
    }
  }

  /**
   * Returns the PKI whose root clients must trust.
   *
   * @return the PKI
   */
  public TestPki pki() {
    return pki;
  }

  /**
   * Returns a client TLS context trusting this operator (no client certificate).
   *
   * @return the context
   */
  public SSLContext clientTlsContext() {
    return pki.clientSslContext(null);
  }

  /**
   * Returns the SMTP submission endpoint (implicit TLS, host {@code localhost}).
   *
   * @return the server
   */
  public MailServer smtpServer() {
    return MailServer.implicitTls("localhost", smtps.port());
  }

  /**
   * Returns the IMAP endpoint (implicit TLS, host {@code localhost}).
   *
   * @return the server
   */
  public MailServer imapServer() {
    return MailServer.implicitTls("localhost", imaps.port());
  }

  /**
   * Creates a mailbox that authenticates with XOAUTH2 and the given token.
   *
   * @param address the mailbox address (also the login)
   * @param token the only access token accepted for it
   * @return this operator
   */
  public FakeMssOperator addMailbox(String address, String token) {
    greenMail.setUser(address, address, token);
    return this;
  }

  /**
   * Changes the token a mailbox accepts (to simulate expiry: the old one is refused).
   *
   * @param address the mailbox
   * @param token the token accepted from now on
   */
  public void rotateToken(String address, String token) {
    GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
    if (user == null) {
      throw new IllegalArgumentException("no mailbox " + address);
    }
    user.setPassword(token);
  }

  /**
   * Delivers a raw RFC 5322 message straight into a mailbox's INBOX (e.g. a DSN or MDN).
   *
   * @param address the mailbox
   * @param rfc5322 the message bytes
   */
  public void deliver(String address, byte[] rfc5322) {
    GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
    if (user == null) {
      throw new IllegalArgumentException("no mailbox " + address);
    }
    try {
      user.deliver(new MimeMessage(Session.getInstance(new Properties()),
          new ByteArrayInputStream(rfc5322)));
    } catch (MessagingException e) {
      throw new IllegalArgumentException("not a parsable message", e);
    }
  }

  /**
   * Returns every message delivered so far, all mailboxes together.
   *
   * @return the messages, in delivery order
   */
  public List<MimeMessage> receivedMessages() {
    return List.of(greenMail.getReceivedMessages());
  }

  /**
   * Waits until at least {@code count} messages were delivered in all.
   *
   * @param count the number to wait for
   * @param timeoutMillis the longest wait
   * @return true if they arrived in time
   */
  public boolean awaitMessages(int count, long timeoutMillis) {
    return greenMail.waitForIncomingEmail(timeoutMillis, count);
  }

  @Override
  public void close() {
    smtps.close();
    imaps.close();
    greenMail.stop();
  }
}
