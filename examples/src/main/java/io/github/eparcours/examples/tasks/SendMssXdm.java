package io.github.eparcours.examples.tasks;

import io.github.eparcours.mss.MssClient;
import io.github.eparcours.mss.SendResult;
import io.github.eparcours.mss.auth.MssAuthentication;
import io.github.eparcours.mss.message.MssAddress;
import io.github.eparcours.mss.message.MssMessage;
import io.github.eparcours.mss.xdm.XdmDocument;
import io.github.eparcours.mss.xdm.XdmPackage;
import io.github.eparcours.testkit.mss.FakeMssOperator;
import java.io.PrintStream;
import java.time.OffsetDateTime;

/**
 * Task example: send a discharge letter over MSSanté as an IHE XDM package ({@code IHE_XDM.ZIP}:
 * the CDA, its PDF and their XDS metadata) to a professional, asking for a read receipt.
 */
public final class SendMssXdm {

  /** The GP's address in these examples (from the Annuaire Santé fake's fixtures). */
  static final String GP = "anne.legoff@medecin.mssante.fr";
  /** The hospital application's mailbox. */
  static final String HOSPITAL = "lettres-sortie@ch-demo.mssante.fr";

  private SendMssXdm() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example on the fake operator, printing to {@code out}.
   *
   * @param out where to print
   * @return the number of messages the operator received (1)
   */
  public static int run(PrintStream out) {
    try (FakeMssOperator operator = FakeMssOperator.start()) {
      operator.addMailbox(HOSPITAL, "tok-hospital").addMailbox(GP, "tok-gp");
      // START SNIPPET: mss-client
      try (MssClient mss = MssClient.builder()
          .smtp(operator.smtpServer()) // MailServer.startTls("smtp.operator.fr", 587)
          .imap(operator.imapServer())
          .sslContext(operator.clientTlsContext()) // TlsConfiguration.sslContext() in production
          .authentication(MssAuthentication.xoauth2(HOSPITAL, previous -> "tok-hospital"))
          .productReference("DEV-EXAMPLES") // the software's MSSanté reference (X-MSS-NIL)
          .build()) {
        // END SNIPPET: mss-client
        out.println("Sent " + send(mss).messageId());
      }
      operator.awaitMessages(1, 5000);
      int received = operator.receivedMessages().size();
      out.println("Operator received " + received + " message(s)");
      return received;
    }
  }

  /**
   * Sends the example discharge letter as an XDM to the GP, asking for a read receipt.
   *
   * @param mss the hospital's client
   * @return the sending result
   */
  public static SendResult send(MssClient mss) {
    DischargeLetter letter = BuildCdaN1.letter(ExampleData.patient(), OffsetDateTime.now());
    // START SNIPPET: send-mss-xdm
    XdmPackage xdm = XdmPackage.builder()
        .addDocument(XdmDocument.cda("DOC0001.XML", letter.cda(), "11490-0",
            "2.16.840.1.113883.6.1").withEntry(letter.entry()))
        .addDocument(XdmDocument.of("DOC0002.PDF", "application/pdf", letter.pdf()))
        .sourceId(ExampleData.HOSPITAL_OID)
        .senderSoftware("e-parcours examples 0.1")
        .patient(ExampleData.patient()) // qualified: INS in the metadata and headers
        .build();
    return mss.send(MssMessage.builder()
        .to(MssAddress.of(GP))
        .subject("Lettre de liaison à la sortie")
        .text("Bonjour, veuillez trouver la lettre de liaison de votre patiente.")
        .xdm(xdm)
        .readReceipt(true)
        .build());
    // END SNIPPET: send-mss-xdm
  }
}
