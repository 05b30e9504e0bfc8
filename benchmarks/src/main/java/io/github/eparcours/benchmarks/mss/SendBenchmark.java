package io.github.eparcours.benchmarks.mss;

import io.github.eparcours.mss.MailServer;
import io.github.eparcours.mss.MssClient;
import io.github.eparcours.mss.auth.MssAuthentication;
import io.github.eparcours.mss.message.MssAddress;
import io.github.eparcours.mss.message.MssMessage;
import io.github.eparcours.mss.xdm.XdmDocument;
import io.github.eparcours.mss.xdm.XdmPackage;
import io.github.eparcours.mss.xdm.XdmWriter;
import io.github.eparcours.testkit.core.TestPki;
import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.time.Instant;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sending 500 messages, each with a 1 MB document in {@code IHE_XDM.ZIP}, over implicit TLS to a
 * local SMTP server that discards them: the SDK client against plain Jakarta Mail sending the
 * same MIME over one connection. The score is the time per message.
 *
 * <ul>
 *   <li>{@code mssClientSameXdm}: one XDM package sent 500 times (zipped once);
 *   <li>{@code mssClientFreshXdm}: a new package per message (zipped and hashed every time);
 *   <li>{@code baselineJakartaMail}: a pre-built MimeMessage, {@code Transport.sendMessage} on one
 *       kept connection.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class SendBenchmark {

  private static final int MESSAGES = 500;
  private static final String FROM = "app@hopital.test.mssante.fr";
  private static final String TO = "dr@medecin.test.mssante.fr";

  private SmtpSink sink;
  private MssClient client;
  private Transport transport;
  private MimeMessage plain;
  private Address[] recipients;
  private XdmPackage xdm;
  private byte[] pdf;

  /** Starts the sink, the SDK client and the baseline connection. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    TestPki pki = TestPki.create();
    sink = new SmtpSink(pki.serverSslContext(pki.serverCertificate("localhost"), false));
    SSLContext clientTls = pki.clientSslContext(null);
    pdf = new byte[1 << 20];
    new Random(3).nextBytes(pdf);
    xdm = newPackage();
    client = MssClient.builder()
        .smtp(MailServer.implicitTls("localhost", sink.port()))
        .sslContext(clientTls)
        .authentication(MssAuthentication.xoauth2(FROM, previous -> "token"))
        .productReference("DEV935997")
        .build();

    Properties p = new Properties();
    p.put("mail.smtps.host", "localhost");
    p.put("mail.smtps.port", Integer.toString(sink.port()));
    p.put("mail.smtps.ssl.socketFactory", clientTls.getSocketFactory());
    p.put("mail.smtps.ssl.checkserveridentity", "true");
    p.put("mail.smtps.auth", "true");
    p.put("mail.smtps.auth.mechanisms", "XOAUTH2");
    p.put("mail.smtps.localhost", "localhost");
    Session session = Session.getInstance(p);
    transport = session.getTransport("smtps");
    transport.connect(FROM, "token");
    plain = new MimeMessage(session);
    plain.setFrom(new InternetAddress(FROM));
    plain.setRecipient(Message.RecipientType.TO, new InternetAddress(TO));
    plain.setSubject("XDM/1.0/DDM+Lettre de liaison", "UTF-8");
    plain.setHeader("X-MSS-NIL", "DEV935997");
    MimeMultipart mixed = new MimeMultipart("mixed");
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Bonjour", "UTF-8");
    mixed.addBodyPart(text);
    MimeBodyPart zip = new MimeBodyPart();
    zip.setDataHandler(new DataHandler(new ByteArrayDataSource(XdmWriter.toBytes(xdm),
        "application/zip")));
    zip.setFileName("IHE_XDM.ZIP");
    zip.setHeader("Content-Transfer-Encoding", "base64");
    mixed.addBodyPart(zip);
    plain.setContent(mixed);
    plain.saveChanges();
    recipients = new Address[] {new InternetAddress(TO)};
  }

  private XdmPackage newPackage() {
    return XdmPackage.builder()
        .addDocument(XdmDocument.of("DOC0001.PDF", "application/pdf", pdf))
        .sourceId("1.2.250.1.999.2.1")
        .submissionTime(Instant.parse("2026-01-15T10:00:00Z"))
        .build();
  }

  private MssMessage message(XdmPackage pkg) {
    return MssMessage.builder().to(MssAddress.of(TO)).subject("XDM/1.0/DDM+Lettre de liaison")
        .text("Bonjour").xdm(pkg).build();
  }

  /** The SDK client, one package sent 500 times. */
  @Benchmark
  @OperationsPerInvocation(MESSAGES)
  public void mssClientSameXdm() {
    for (int i = 0; i < MESSAGES; i++) {
      client.send(message(xdm));
    }
  }

  /** The SDK client, a new package (zip, SHA-1, metadata) for every message. */
  @Benchmark
  @OperationsPerInvocation(MESSAGES)
  public void mssClientFreshXdm() {
    for (int i = 0; i < MESSAGES; i++) {
      client.send(message(newPackage()));
    }
  }

  /** Plain Jakarta Mail: the same MIME, one kept connection. */
  @Benchmark
  @OperationsPerInvocation(MESSAGES)
  public void baselineJakartaMail() throws MessagingException {
    for (int i = 0; i < MESSAGES; i++) {
      transport.sendMessage(plain, recipients);
    }
  }

  /** Closes everything. */
  @TearDown(Level.Trial)
  public void tearDown() throws MessagingException, IOException {
    client.close();
    transport.close();
    sink.close();
  }
}
