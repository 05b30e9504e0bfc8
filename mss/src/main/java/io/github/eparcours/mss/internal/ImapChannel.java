package io.github.eparcours.mss.internal;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.mss.MssErrors;
import io.github.eparcours.mss.message.MessageFlag;
import io.github.eparcours.mss.message.MessagePage;
import io.github.eparcours.mss.message.MessageSummary;
import io.github.eparcours.mss.message.MssAddress;
import io.github.eparcours.mss.message.MssHeaders;
import io.github.eparcours.mss.message.ReceivedMessage;
import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * One IMAP connection, opened on first use and kept; a lock serialises the operations (an IMAP
 * connection has one selected folder at a time). A dropped connection is reopened once.
 */
final class ImapChannel implements AutoCloseable {

  private final Session session;
  private final MailConnection<IMAPStore> connection;

  ImapChannel(Session session, String protocol, Authenticator authenticator) {
    this.session = session;
    this.connection =
        new MailConnection<>(() -> (IMAPStore) session.getStore(protocol), authenticator);
  }

  /** A unit of work on an open folder. */
  @FunctionalInterface
  interface FolderWork<T> {
    T run(IMAPFolder folder) throws MessagingException, IOException;
  }

  <T> T inFolder(String name, int mode, String what, FolderWork<T> work) {
    connection.lock();
    try {
      connection.requireOpen();
      IMAPStore s = connection.connected();
      IMAPFolder folder = (IMAPFolder) s.getFolder(name);
      if (!folder.exists()) {
        throw new EparcoursClientException(MssErrors.FOLDER_NOT_FOUND,
            "IMAP folder '" + name + "' does not exist");
      }
      folder.open(mode);
      try {
        return work.run(folder);
      } finally {
        if (folder.isOpen()) {
          folder.close(false);
        }
      }
    } catch (MessagingException e) {
      connection.drop();
      throw MailFailures.map(what, e, MssErrors.MAILBOX_OPERATION_FAILED);
    } catch (IOException e) {
      throw new EparcoursClientException(MssErrors.MESSAGE_UNREADABLE,
          what + ": the message could not be read (" + e.getClass().getSimpleName() + ")", e,
          true);
    } finally {
      connection.unlock();
    }
  }

  MessagePage list(String folderName, long afterUid, int max) {
    return inFolder(folderName, Folder.READ_ONLY, "listing the folder", folder -> {
      long validity = folder.getUIDValidity();
      Message[] all = folder.getMessagesByUID(afterUid + 1, UIDFolder.MAXUID);
      List<Message> newer = new ArrayList<>();
      for (Message m : all) {
        if (m != null && folder.getUID(m) > afterUid) {
          newer.add(m);
        }
      }
      newer.sort(Comparator.comparingLong(m -> uid(folder, m)));
      boolean more = newer.size() > max;
      List<Message> page = newer.subList(0, Math.min(max, newer.size()));
      FetchProfile fp = new FetchProfile();
      fp.add(FetchProfile.Item.ENVELOPE);
      fp.add(FetchProfile.Item.FLAGS);
      fp.add(FetchProfile.Item.SIZE);
      fp.add(FetchProfile.Item.CONTENT_INFO);
      fp.add(UIDFolder.FetchProfileItem.UID);
      fp.add(MssHeaders.CODE_CDA);
      Message[] batch = page.toArray(new Message[0]);
      folder.fetch(batch, fp);
      List<MessageSummary> out = new ArrayList<>(batch.length);
      long last = afterUid;
      for (Message m : batch) {
        long uid = folder.getUID(m);
        last = Math.max(last, uid);
        out.add(summary(m, uid));
      }
      return new MessagePage(out, validity, last, more);
    });
  }

  private static long uid(IMAPFolder folder, Message m) {
    try {
      return folder.getUID(m);
    } catch (MessagingException e) {
      return Long.MAX_VALUE;
    }
  }

  private static MessageSummary summary(Message m, long uid) throws MessagingException {
    String[] ids = m.getHeader("Message-ID");
    MssAddress from = null;
    Address[] f = m.getFrom();
    if (f != null && f.length > 0 && f[0] instanceof InternetAddress ia) {
      try {
        from = MssAddress.fromWire(ia.getAddress());
      } catch (EparcoursException ignored) {
        // a malformed sender is shown as unknown, not fatal to the listing
      }
    }
    String[] codes = m.getHeader(MssHeaders.CODE_CDA);
    List<String> codeList = codes == null ? List.of() : Arrays.stream(String.join(",", codes)
        .split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    Set<MessageFlag> flags = EnumSet.noneOf(MessageFlag.class);
    Flags fl = m.getFlags();
    for (MessageFlag flag : MessageFlag.values()) {
      if (fl.contains(systemFlag(flag))) {
        flags.add(flag);
      }
    }
    return new MessageSummary(uid, ids == null ? null : ids[0].trim(), from,
        m.getSubject() == null ? "" : m.getSubject(),
        m.getSentDate() == null ? null : m.getSentDate().toInstant(), m.getSize(), flags,
        codeList, m.isMimeType("multipart/report"));
  }

  ReceivedMessage fetch(String folderName, long uid) {
    return inFolder(folderName, Folder.READ_ONLY, "fetching a message", folder -> {
      Message m = byUid(folder, uid);
      ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(1024, m.getSize()));
      m.writeTo(raw);
      return MimeParser.parse(session, folderName, uid, raw.toByteArray());
    });
  }

  void move(String folderName, long uid, String target) {
    inFolder(folderName, Folder.READ_WRITE, "moving a message", folder -> {
      Message m = byUid(folder, uid);
      Folder destination = folder.getStore().getFolder(target);
      if (!destination.exists()) {
        throw new EparcoursClientException(MssErrors.FOLDER_NOT_FOUND,
            "IMAP folder '" + target + "' does not exist");
      }
      if (((IMAPStore) folder.getStore()).hasCapability("MOVE")) {
        folder.moveMessages(new Message[] {m}, destination);
      } else {
        folder.copyMessages(new Message[] {m}, destination);
        m.setFlag(Flags.Flag.DELETED, true);
        folder.expunge(new Message[] {m});
      }
      return null;
    });
  }

  void flag(String folderName, long uid, MessageFlag flag, boolean set) {
    inFolder(folderName, Folder.READ_WRITE, "flagging a message", folder -> {
      byUid(folder, uid).setFlag(systemFlag(flag), set);
      return null;
    });
  }

  void createFolder(String name) {
    connection.lock();
    try {
      Folder f = connection.connected().getFolder(name);
      if (!f.exists() && !f.create(Folder.HOLDS_MESSAGES)) {
        throw new EparcoursClientException(MssErrors.MAILBOX_OPERATION_FAILED,
            "IMAP folder '" + name + "' could not be created");
      }
    } catch (MessagingException e) {
      connection.drop();
      throw MailFailures.map("creating a folder", e, MssErrors.MAILBOX_OPERATION_FAILED);
    } finally {
      connection.unlock();
    }
  }

  private static Message byUid(IMAPFolder folder, long uid) throws MessagingException {
    Message m = folder.getMessageByUID(uid);
    if (m == null) {
      throw new EparcoursClientException(MssErrors.MESSAGE_NOT_FOUND,
          "no message has UID " + uid + " in the folder (moved or expunged?)");
    }
    return m;
  }

  private static Flags.Flag systemFlag(MessageFlag flag) {
    return switch (flag) {
      case SEEN -> Flags.Flag.SEEN;
      case ANSWERED -> Flags.Flag.ANSWERED;
      case FLAGGED -> Flags.Flag.FLAGGED;
      case DELETED -> Flags.Flag.DELETED;
    };
  }

  @Override
  public void close() {
    connection.close();
  }
}
