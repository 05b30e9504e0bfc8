package io.github.eparcours.mss.internal;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.mss.MssErrors;
import io.github.eparcours.mss.message.Attachment;
import io.github.eparcours.mss.message.MssAddress;
import io.github.eparcours.mss.message.MssHeaders;
import io.github.eparcours.mss.message.ReceivedMessage;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads a received RFC 5322 message into a {@link ReceivedMessage}. */
public final class MimeParser {

  private static final int MAX_DEPTH = 10;

  private MimeParser() {}

  /**
   * Parses raw message bytes.
   *
   * @param session a session (MIME settings)
   * @param folder the folder it was read from
   * @param uid its UID
   * @param raw the bytes, kept as the message's raw form
   * @return the message
   * @throws EparcoursClientException {@code MSS-0304} if the MIME structure is broken
   */
  public static ReceivedMessage parse(Session session, String folder, long uid, byte[] raw) {
    try {
      MimeMessage m = new MimeMessage(session, new SharedByteArrayInputStream(raw));
      ReceivedMessage.Builder b = ReceivedMessage.builder().location(folder, uid).raw(raw);
      b.messageId(trimToNull(m.getMessageID()));
      b.from(first(m.getFrom()));
      Address[] to = m.getRecipients(Message.RecipientType.TO);
      if (to != null) {
        for (Address a : to) {
          MssAddress parsed = address(a);
          if (parsed != null) {
            b.addTo(parsed);
          }
        }
      }
      b.subject(m.getSubject());
      b.sentDate(m.getSentDate() == null ? null : m.getSentDate().toInstant());
      String codes = m.getHeader(MssHeaders.CODE_CDA, ",");
      List<String> codeList = codes == null ? List.of() : Arrays.stream(codes.split(","))
          .map(String::trim).filter(s -> !s.isEmpty()).toList();
      String mes = m.getHeader(MssHeaders.MES, null);
      b.mssHeaders(trimToNull(m.getHeader(MssHeaders.NIL, null)), codeList,
          trimToNull(m.getHeader(MssHeaders.INS, null)),
          mes != null && mes.trim().equalsIgnoreCase(MssHeaders.MES_END));
      String dnt = m.getHeader(MssHeaders.DISPOSITION_NOTIFICATION_TO, ",");
      String returnPath = m.getHeader("Return-Path", null);
      b.receiptHeaders(dnt == null ? null : wire(dnt),
          returnPath == null ? null : bare(returnPath));
      String refs = m.getHeader("References", " ");
      b.thread(trimToNull(m.getHeader("In-Reply-To", null)),
          refs == null ? List.of() : Arrays.stream(MimeUtility.unfold(refs).trim().split("\\s+"))
              .filter(s -> !s.isEmpty()).toList());
      b.acknowledgement(AckCodec.read(m).orElse(null));
      StringBuilder text = new StringBuilder();
      walk(m, b, text, 0);
      b.text(text.toString());
      return b.build();
    } catch (MessagingException | IOException | RuntimeException e) {
      if (e instanceof EparcoursException ee) {
        throw ee;
      }
      throw new EparcoursClientException(MssErrors.MESSAGE_UNREADABLE,
          "a received message has a broken MIME structure (" + e.getClass().getSimpleName()
              + "); read it raw", e, false);
    }
  }

  private static void walk(Part p, ReceivedMessage.Builder b, StringBuilder text, int depth)
      throws MessagingException, IOException {
    if (depth > MAX_DEPTH) {
      return;
    }
    String disposition = p.getDisposition();
    String fileName = p.getFileName();
    if (fileName != null || Part.ATTACHMENT.equalsIgnoreCase(disposition)) {
      String name = fileName == null ? "attachment" : MimeUtility.decodeText(fileName);
      name = name.replaceAll(".*[/\\\\]", "");
      if (name.isBlank()) {
        name = "attachment";
      }
      try (InputStream in = p.getInputStream()) {
        String type = p.getContentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
        b.addAttachment(Attachment.of(name, type, in.readAllBytes()));
      }
      return;
    }
    if (p.isMimeType("multipart/*")) {
      Multipart mp = (Multipart) p.getContent();
      boolean report = p.isMimeType("multipart/report");
      for (int i = 0; i < mp.getCount(); i++) {
        if (report && i > 0) {
          break;
        }
        walk(mp.getBodyPart(i), b, text, depth + 1);
      }
    } else if (p.isMimeType("text/plain") && text.length() == 0) {
      Object content = p.getContent();
      if (content instanceof String s) {
        text.append(s);
      }
    }
  }

  private static MssAddress first(Address[] addresses) {
    return addresses == null || addresses.length == 0 ? null : address(addresses[0]);
  }

  private static MssAddress address(Address a) {
    if (!(a instanceof InternetAddress ia) || ia.getAddress() == null) {
      return null;
    }
    try {
      return MssAddress.fromWire(ia.getAddress());
    } catch (EparcoursClientException e) {
      return null;
    }
  }

  private static MssAddress wire(String header) {
    try {
      InternetAddress[] parsed = InternetAddress.parseHeader(header, false);
      return parsed.length == 0 ? null : address(parsed[0]);
    } catch (MessagingException e) {
      return null;
    }
  }

  private static String bare(String returnPath) throws UnsupportedEncodingException {
    String v = returnPath.trim();
    if (v.startsWith("<") && v.endsWith(">")) {
      v = v.substring(1, v.length() - 1);
    }
    return v.isEmpty() ? null : v;
  }

  private static String trimToNull(String s) {
    return s == null || s.isBlank() ? null : MimeUtility.unfold(s).trim();
  }

  static List<String> list(String... v) {
    return new ArrayList<>(Arrays.asList(v));
  }
}
