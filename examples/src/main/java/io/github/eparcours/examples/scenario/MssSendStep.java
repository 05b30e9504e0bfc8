package io.github.eparcours.examples.scenario;

import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.core.tls.KeyMaterial;
import io.github.eparcours.core.tls.KeyRole;
import io.github.eparcours.core.tls.TlsConfiguration;
import io.github.eparcours.core.tls.TrustAnchors;
import io.github.eparcours.examples.tasks.DischargeLetter;
import io.github.eparcours.examples.tasks.ExampleData;
import io.github.eparcours.mss.MailServer;
import io.github.eparcours.mss.MssClient;
import io.github.eparcours.mss.SendResult;
import io.github.eparcours.mss.ack.Acknowledgement;
import io.github.eparcours.mss.ack.DeliveryStatusNotification;
import io.github.eparcours.mss.ack.DispositionNotification;
import io.github.eparcours.mss.ack.DispositionOutcome;
import io.github.eparcours.mss.auth.MssAuthentication;
import io.github.eparcours.mss.message.MessagePage;
import io.github.eparcours.mss.message.MssAddress;
import io.github.eparcours.mss.message.MssMessage;
import io.github.eparcours.mss.message.ReceivedMessage;
import io.github.eparcours.mss.xdm.XdmArchive;
import io.github.eparcours.mss.xdm.XdmDocument;
import io.github.eparcours.mss.xdm.XdmPackage;
import io.github.eparcours.mss.xdm.XdmReader;
import io.github.eparcours.ror.AnnuaireSanteClient;
import io.github.eparcours.ror.annuaire.MailboxRoute;
import io.github.eparcours.testkit.mss.FakeMssOperator;
import io.github.eparcours.testkit.ror.RorFixtures;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Step 3: the hospital finds the GP's MSSanté address in the Annuaire Santé, sends the letter as
 * an XDM to the GP and a copy to the patient's INS address, then checks delivery and reads the
 * acknowledgement.
 *
 * <p>On the fakes (Annuaire Santé FHIR, MSSanté operator over TLS) unless {@code annuaire.*} or
 * {@code mss.*} keys are configured (see the README).
 */
public final class MssSendStep implements ScenarioStep {

  /** The hospital application's mailbox on the fake operator. */
  static final String HOSPITAL_MAILBOX = "lettres-sortie@ch-demo.mssante.fr";
  private static final Duration WAIT = Duration.ofSeconds(10);

  /**
   * What the step leaves for checks.
   *
   * @param gpAddress the GP's address found in the Annuaire Santé
   * @param gpReceivedValidXdm whether the GP's mailbox holds the letter as a valid XDM (fakes)
   * @param patientCopySent whether the patient's copy was sent
   * @param acknowledgement the acknowledgement read back, if any
   */
  public record Delivery(String gpAddress, boolean gpReceivedValidXdm, boolean patientCopySent,
      Optional<Acknowledgement> acknowledgement) {}

  @Override
  public String title() {
    return "The hospital sends the letter to the GP and to the patient over MSSanté";
  }

  @Override
  public void run(ScenarioContext context) throws Exception {
    PatientIdentity patient = context.get(PatientIdentity.class);
    DischargeLetter letter = context.get(DischargeLetter.class);
    Narrator narrator = context.narrator();

    String gpRpps = context.config().get("gp.rpps").orElse(RorFixtures.RPPS_GP_RENNES);
    MssAddress gp = MssAddress.of(gpAddress(context, gpRpps));
    narrator.sayf("Annuaire Santé: the GP (RPPS %s) reads MSSanté mail at %s", gpRpps,
        gp.address());

    XdmPackage xdm = XdmPackage.builder()
        .addDocument(XdmDocument.cda("DOC0001.XML", letter.cda(),
            letter.entry().typeCode().orElseThrow().code(),
            letter.entry().typeCode().orElseThrow().system())
            .withEntry(letter.entry()))
        .addDocument(XdmDocument.of("DOC0002.PDF", "application/pdf", letter.pdf()))
        .sourceId(ExampleData.HOSPITAL_OID)
        .senderSoftware("e-parcours examples 0.1")
        .patient(patient)
        .build();
    String subject = "Lettre de liaison à la sortie";

    if (context.config().usesRealService("mss")) {
      sendToRealOperator(context, gp, patient, xdm, subject);
      return;
    }
    FakeMssOperator operator = context.closeAtEnd(FakeMssOperator.start());
    MssAddress patientAddress = MssAddress.patient(patient);
    operator.addMailbox(HOSPITAL_MAILBOX, "tok-hospital")
        .addMailbox(gp.address(), "tok-gp")
        .addMailbox(patientAddress.address(), "tok-patient");
    narrator.detail("fake MSSanté operator: SMTP " + operator.smtpServer() + ", IMAP "
        + operator.imapServer() + " (TLS, test PKI)");
    MssClient hospital = context.closeAtEnd(fakeClient(operator, HOSPITAL_MAILBOX, "tok-hospital"));
    MssClient gpMailbox = context.closeAtEnd(fakeClient(operator, gp.address(), "tok-gp"));

    long gpBefore = lastUid(gpMailbox);
    long hospitalBefore = lastUid(hospital);
    SendResult sent = hospital.send(MssMessage.builder()
        .to(gp)
        .subject(subject)
        .text("Bonjour, veuillez trouver la lettre de liaison de votre patiente.")
        .xdm(xdm)
        .readReceipt(true)
        .build());
    hospital.send(MssMessage.builder()
        .to(patientAddress)
        .subject(subject)
        .text("Bonjour, voici votre lettre de liaison de sortie d'hospitalisation.")
        .xdm(xdm)
        .forbidPatientReply()
        .build());
    narrator.say("Sent IHE_XDM.ZIP to the GP (read receipt asked) and a copy to the patient's "
        + "INS address @" + MssAddress.PATIENT_DOMAIN);
    narrator.detail("Message-ID " + sent.messageId());

    // The GP's software: read the mailbox, check the XDM, owe the sender a processing MDN.
    ReceivedMessage received = awaitNext(gpMailbox, gpBefore);
    XdmArchive archive = received.readXdm(XdmReader.create()).orElseThrow(() ->
        new IllegalStateException("the GP's message carries no IHE_XDM.ZIP"));
    boolean sameLetter = archive.documents().stream()
        .anyMatch(d -> Arrays.equals(d.content(), letter.cda()));
    if (!sameLetter || !received.messageId().equals(Optional.of(sent.messageId()))) {
      throw new IllegalStateException("the GP's mailbox holds an XDM without the letter sent");
    }
    boolean patientDelivered = operator.receivedMessages().stream().anyMatch(m -> {
      try {
        return Arrays.stream(m.getAllRecipients())
            .anyMatch(a -> a.toString().equals(patientAddress.address()));
      } catch (jakarta.mail.MessagingException e) {
        return false;
      }
    });
    narrator.sayf("GP's mailbox (IMAP): letter delivered, XDM valid (%d documents, type %s)%s",
        archive.documents().size(), String.join(",", archive.cdaTypeCodes()),
        patientDelivered ? "; patient's copy delivered" : "");
    gpMailbox.sendDisposition(received, DispositionOutcome.processed(), false);

    ReceivedMessage ack = awaitNext(hospital, hospitalBefore);
    Acknowledgement acknowledgement = ack.acknowledgement().orElseThrow(() ->
        new IllegalStateException("the message back from the GP is not an acknowledgement"));
    narrator.say("Acknowledgement read back: " + describe(acknowledgement, sent.messageId()));
    context.put(Delivery.class, new Delivery(gp.address(), true, patientDelivered,
        Optional.of(acknowledgement)));
    context.summarise("MSSanté: XDM delivered to the GP and the patient, "
        + "acknowledgement received");
  }

  private static String gpAddress(ScenarioContext context, String rpps) {
    ScenarioConfig config = context.config();
    AnnuaireSanteClient.Builder builder = AnnuaireSanteClient.builder();
    if (config.usesRealService("annuaire")) {
      builder.baseUrl(URI.create(config.require("annuaire.endpoint")))
          .apiKey(config.require("annuaire.api-key").toCharArray());
    } else {
      builder.baseUrl(RorAnnuaireFake.shared(context).server().annuaireFhirBase())
          .apiKey(RorAnnuaireFake.API_KEY.toCharArray());
    }
    try (AnnuaireSanteClient annuaire = builder.build()) {
      List<MailboxRoute> routes = annuaire.mssanteAddressesOf(rpps);
      routes.forEach(r -> context.narrator().detail("route " + r.via() + ": " + r.address()));
      return routes.stream().findFirst().map(MailboxRoute::address).orElseThrow(() ->
          new IllegalStateException("the Annuaire Santé lists no MSSanté address for RPPS "
              + rpps + "; choose another GP with --set gp.rpps=..."));
    }
  }

  private static MssClient fakeClient(FakeMssOperator operator, String mailbox, String token) {
    return MssClient.builder()
        .smtp(operator.smtpServer())
        .imap(operator.imapServer())
        .sslContext(operator.clientTlsContext())
        .authentication(MssAuthentication.xoauth2(mailbox, previous -> token))
        .productReference("DEV-EXAMPLES")
        .build();
  }

  private static void sendToRealOperator(ScenarioContext context, MssAddress gp,
      PatientIdentity patient, XdmPackage xdm, String subject) throws InterruptedException {
    ScenarioConfig config = context.config();
    String host = config.require("mss.host");
    TlsConfiguration tls = TlsConfiguration.builder()
        .trustAnchors(TrustAnchors.fromPem(Path.of(config.require("mss.tls.truststore"))))
        .clientKey(KeyMaterial.load(Path.of(config.require("mss.tls.keystore")),
            config.require("mss.tls.keystore.password").toCharArray(), KeyRole.TLS_CLIENT))
        .build();
    MssClient client = context.closeAtEnd(MssClient.builder()
        .smtp(MailServer.startTls(host, Integer.parseInt(config.get("mss.smtp.port")
            .orElse("587"))))
        .imap(MailServer.implicitTls(host, Integer.parseInt(config.get("mss.imap.port")
            .orElse("993"))))
        .sslContext(tls.sslContext())
        .authentication(MssAuthentication.clientCertificate(config.require("mss.mailbox")))
        .productReference(config.require("mss.product-reference"))
        .build());
    long before = lastUid(client);
    SendResult sent = client.send(MssMessage.builder().to(gp).subject(subject)
        .text("Bonjour, veuillez trouver la lettre de liaison.").xdm(xdm).readReceipt(true)
        .build());
    client.send(MssMessage.builder().to(MssAddress.patient(patient)).subject(subject)
        .text("Bonjour, voici votre lettre de liaison.").xdm(xdm).forbidPatientReply().build());
    context.narrator().say("Sent IHE_XDM.ZIP to the GP and a copy to the patient through "
        + host);
    Optional<Acknowledgement> ack = Optional.empty();
    try {
      ack = awaitNext(client, before).acknowledgement();
    } catch (IllegalStateException e) {
      context.narrator().say("No acknowledgement yet: the GP's software sends it when it has "
          + "processed the letter");
    }
    ack.ifPresent(a -> context.narrator().say("Acknowledgement: "
        + describe(a, sent.messageId())));
    context.put(Delivery.class, new Delivery(gp.address(), false, true, ack));
    context.summarise("MSSanté: letter sent to the GP and the patient through " + host);
  }

  private static String describe(Acknowledgement acknowledgement, String sentId) {
    if (acknowledgement instanceof DispositionNotification mdn) {
      return "MDN " + mdn.dispositionType() + (mdn.successful() ? " (integrated)" : " (error "
          + mdn.error().map(e -> e.code() + " " + e.label()).orElse("?") + ")")
          + (mdn.originalMessageId().equals(Optional.of(sentId)) ? " for the letter sent"
              : " for another message");
    }
    if (acknowledgement instanceof DeliveryStatusNotification dsn) {
      return "DSN " + (dsn.anyFailed() ? "delivery failed" : "delivered");
    }
    return acknowledgement.getClass().getSimpleName();
  }

  private static long lastUid(MssClient client) {
    MessagePage page = client.list(MssClient.INBOX, 0, 1000);
    return page.messages().isEmpty() ? 0 : page.nextAfterUid();
  }

  private static ReceivedMessage awaitNext(MssClient client, long afterUid)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline)) {
      MessagePage page = client.list(MssClient.INBOX, afterUid, 10);
      if (!page.messages().isEmpty()) {
        return client.fetch(MssClient.INBOX, page.messages().get(0).uid());
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("no message arrived in " + client.mailbox().address()
        + " within " + WAIT.toSeconds() + " s");
  }
}
