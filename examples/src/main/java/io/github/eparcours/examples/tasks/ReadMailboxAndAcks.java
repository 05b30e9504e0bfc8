package io.github.eparcours.examples.tasks;

import io.github.eparcours.mss.MssClient;
import io.github.eparcours.mss.ack.Acknowledgement;
import io.github.eparcours.mss.ack.DeliveryStatusNotification;
import io.github.eparcours.mss.ack.DispositionNotification;
import io.github.eparcours.mss.ack.DispositionOutcome;
import io.github.eparcours.mss.auth.MssAuthentication;
import io.github.eparcours.mss.message.MessagePage;
import io.github.eparcours.mss.message.MessageSummary;
import io.github.eparcours.mss.message.ReceivedMessage;
import io.github.eparcours.mss.xdm.XdmArchive;
import io.github.eparcours.mss.xdm.XdmReader;
import io.github.eparcours.testkit.mss.FakeMssOperator;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Task example: read a mailbox page by page (IMAP UIDs), open the XDM of a message, send the
 * processing MDN its sender asked for, and recognise acknowledgements (MDN, DSN) coming back.
 */
public final class ReadMailboxAndAcks {

  private ReadMailboxAndAcks() {}

  /**
   * Runs the example.
   *
   * @param args unused
   * @throws InterruptedException if interrupted while waiting for mail
   */
  public static void main(String[] args) throws InterruptedException {
    run(System.out);
  }

  /**
   * Runs the example on the fake operator, printing to {@code out}.
   *
   * @param out where to print
   * @return the acknowledgements read in the hospital's mailbox
   * @throws InterruptedException if interrupted while waiting for mail
   */
  public static List<Acknowledgement> run(PrintStream out) throws InterruptedException {
    try (FakeMssOperator operator = FakeMssOperator.start()) {
      operator.addMailbox(SendMssXdm.HOSPITAL, "tok-hospital").addMailbox(SendMssXdm.GP, "tok");
      try (MssClient hospital = client(operator, SendMssXdm.HOSPITAL, "tok-hospital");
          MssClient gp = client(operator, SendMssXdm.GP, "tok")) {
        SendMssXdm.send(hospital);
        awaitMessages(gp, 1);

        // START SNIPPET: read-mailbox
        long afterUid = 0; // keep the last UID seen between runs: only new mail is fetched
        MessagePage page;
        do {
          page = gp.list(MssClient.INBOX, afterUid, 50);
          for (MessageSummary summary : page.messages()) {
            ReceivedMessage message = gp.fetch(MssClient.INBOX, summary.uid());
            Optional<XdmArchive> xdm = message.readXdm(XdmReader.create()); // checked archive
            out.println("Mail '" + message.displaySubject() + "' with "
                + xdm.map(a -> a.documents().size() + " XDM document(s)").orElse("no XDM"));
            if (message.dispositionNotificationTo().isPresent()) {
              gp.sendDisposition(message, DispositionOutcome.processed(), false);
            }
          }
          afterUid = page.nextAfterUid();
        } while (page.hasMore());
        // END SNIPPET: read-mailbox

        awaitMessages(hospital, 1);
        List<Acknowledgement> acks = new ArrayList<>();
        // START SNIPPET: read-acks
        for (MessageSummary summary : hospital.list(MssClient.INBOX, 0, 50).messages()) {
          hospital.fetch(MssClient.INBOX, summary.uid()).acknowledgement().ifPresent(ack -> {
            if (ack instanceof DispositionNotification mdn) {
              out.println("MDN " + mdn.dispositionType() + " for " + mdn.originalMessageId()
                  .orElse("?") + (mdn.successful() ? ": integrated" : ": error"));
            } else if (ack instanceof DeliveryStatusNotification dsn) {
              out.println("DSN: " + (dsn.anyFailed() ? "not delivered" : "delivered"));
            }
            acks.add(ack);
          });
        }
        // END SNIPPET: read-acks
        return acks;
      }
    }
  }

  private static MssClient client(FakeMssOperator operator, String mailbox, String token) {
    return MssClient.builder().smtp(operator.smtpServer()).imap(operator.imapServer())
        .sslContext(operator.clientTlsContext())
        .authentication(MssAuthentication.xoauth2(mailbox, previous -> token))
        .productReference("DEV-EXAMPLES").build();
  }

  private static void awaitMessages(MssClient client, int count) throws InterruptedException {
    for (int i = 0; i < 200 && client.list(MssClient.INBOX, 0, 50).messages().size() < count;
        i++) {
      Thread.sleep(25);
    }
  }
}
