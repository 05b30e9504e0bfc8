package io.github.eparcours.dmp.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursClientException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MtomTest {

  private static final String ACTION = "urn:ihe:iti:2007:ProvideAndRegisterDocumentSet-b";

  /** Returns at most a few bytes per read, to cross every buffer edge. */
  private static InputStream trickle(byte[] data) {
    return new FilterInputStream(new ByteArrayInputStream(data)) {
      private final Random random = new Random(7);

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(7)));
      }
    };
  }

  private static byte[] message(String boundary, byte[] root, List<Attachment> atts)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new MtomWriter(boundary, "root@x", ACTION).write(out, o -> o.write(root), atts);
    return out.toByteArray();
  }

  @Test
  void write_thenRead_partsComeBackIdentical() throws IOException {
    byte[] pdf = new byte[200_000];
    new Random(1).nextBytes(pdf);
    byte[] root = "<env/>".getBytes(StandardCharsets.UTF_8);
    String boundary = Mime.newBoundary();
    byte[] msg = message(boundary, root, List.of(
        Attachment.ofBytes("doc1@x", "application/octet-stream", pdf),
        Attachment.ofBytes("doc2@x", "text/xml", new byte[0])));

    try (MultipartReader r = new MultipartReader(trickle(msg), boundary)) {
      MultipartReader.Part p0 = r.next().orElseThrow();
      assertThat(p0.contentId()).contains("root@x");
      assertThat(p0.contentType()).startsWith("application/xop+xml");
      assertThat(p0.readAll(1000)).isEqualTo(root);
      MultipartReader.Part p1 = r.next().orElseThrow();
      assertThat(p1.contentId()).contains("doc1@x");
      assertThat(p1.body().readAllBytes()).isEqualTo(pdf);
      MultipartReader.Part p2 = r.next().orElseThrow();
      assertThat(p2.contentType()).isEqualTo("text/xml");
      assertThat(p2.body().readAllBytes()).isEmpty();
      assertThat(r.next()).isEmpty();
    }
  }

  @Test
  void next_partNotConsumed_skipsItsRest() throws IOException {
    String boundary = Mime.newBoundary();
    byte[] msg = message(boundary, "<a/>".getBytes(StandardCharsets.UTF_8), List.of(
        Attachment.ofBytes("a@x", "application/octet-stream", new byte[100_000]),
        Attachment.ofBytes("b@x", "application/octet-stream", "tail".getBytes(StandardCharsets.UTF_8))));

    try (MultipartReader r = new MultipartReader(new ByteArrayInputStream(msg), boundary)) {
      r.next();
      r.next();
      assertThat(r.next().orElseThrow().body().readAllBytes())
          .isEqualTo("tail".getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void read_contentLooksLikeBoundaryPrefix_keptAsData() throws IOException {
    String boundary = "b1";
    byte[] tricky = "x\r\n--b\r\n--b2\r\n-".getBytes(StandardCharsets.US_ASCII);
    byte[] msg = message(boundary, "<a/>".getBytes(StandardCharsets.UTF_8),
        List.of(Attachment.ofBytes("t@x", "application/octet-stream", tricky)));

    try (MultipartReader r = new MultipartReader(trickle(msg), boundary)) {
      r.next();
      assertThat(r.next().orElseThrow().body().readAllBytes()).isEqualTo(tricky);
    }
  }

  @Test
  void read_truncatedMessage_rejectedWithDmp0103() throws IOException {
    String boundary = Mime.newBoundary();
    byte[] msg = message(boundary, "<a/>".getBytes(StandardCharsets.UTF_8),
        List.of(Attachment.ofBytes("t@x", "application/octet-stream", new byte[5000])));
    byte[] truncated = java.util.Arrays.copyOf(msg, msg.length - 200);

    MultipartReader r = new MultipartReader(new ByteArrayInputStream(truncated), boundary);
    r.next();
    InputStream body = r.next().orElseThrow().body();

    assertThatThrownBy(body::readAllBytes).isInstanceOf(EparcoursClientException.class)
        .extracting(e -> ((EparcoursClientException) e).code().value()).isEqualTo("DMP-0103");
  }

  @Test
  void readAll_partOverLimit_rejectedWithDmp0106() throws IOException {
    String boundary = Mime.newBoundary();
    byte[] msg = message(boundary, new byte[5000], List.of());

    MultipartReader r = new MultipartReader(new ByteArrayInputStream(msg), boundary);

    assertThatThrownBy(() -> r.next().orElseThrow().readAll(100))
        .extracting(e -> ((EparcoursClientException) e).code().value()).isEqualTo("DMP-0106");
  }

  @Test
  void write_largeStreamedAttachment_readBackWithSameDigest() throws Exception {
    long size = 48L * 1024 * 1024;
    String boundary = Mime.newBoundary();
    MessageDigest sent = MessageDigest.getInstance("SHA-256");
    MessageDigest received = MessageDigest.getInstance("SHA-256");
    java.io.PipedInputStream pin = new java.io.PipedInputStream(1 << 16);
    java.io.PipedOutputStream pout = new java.io.PipedOutputStream(pin);
    Thread writer = new Thread(() -> {
      try (OutputStream o = pout) {
        new MtomWriter(boundary, "root@x", ACTION).write(o, x -> x.write("<e/>".getBytes(StandardCharsets.UTF_8)),
            List.of(Attachment.of("big@x", "application/octet-stream",
                () -> new java.security.DigestInputStream(new PatternStream(size), sent))));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    writer.start();

    try (MultipartReader r = new MultipartReader(pin, boundary)) {
      r.next();
      InputStream body = r.next().orElseThrow().body();
      byte[] chunk = new byte[32 * 1024];
      long total = 0;
      for (int n; (n = body.read(chunk)) >= 0; ) {
        received.update(chunk, 0, n);
        total += n;
      }
      assertThat(total).isEqualTo(size);
      assertThat(r.next()).isEmpty();
    }
    writer.join();
    assertThat(received.digest()).isEqualTo(sent.digest());
  }

  @Test
  void parameter_quotedAndPlain_bothRead() {
    String ct = "multipart/related; type=\"application/xop+xml\"; boundary=abc;start=\"<r@x>\"";

    assertThat(Mime.boundary(ct)).isEqualTo("abc");
    assertThat(Mime.parameter(ct, "start")).contains("<r@x>");
    assertThat(Mime.mediaType(ct)).isEqualTo("multipart/related");
  }

  @Test
  void cidHref_roundTrips() {
    String cid = "doc 1/é@x";

    assertThat(Mime.contentIdOf(Mime.cidHref(cid))).isEqualTo(cid);
    assertThat(Mime.cidHref(cid)).doesNotContain(" ");
  }

  /** A deterministic stream of {@code size} bytes that never holds them in memory. */
  static final class PatternStream extends InputStream {
    private final long size;
    private long pos;

    PatternStream(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      return pos < size ? (int) (pos++ * 31 % 251) : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - pos);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) (pos++ * 31 % 251);
      }
      return n;
    }
  }
}
