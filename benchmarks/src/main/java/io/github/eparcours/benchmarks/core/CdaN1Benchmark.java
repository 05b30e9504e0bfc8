package io.github.eparcours.benchmarks.core;

import io.github.eparcours.core.document.cda.CdaDocument;
import io.github.eparcours.core.document.cda.CdaHeader;
import io.github.eparcours.core.document.cda.CdaReader;
import io.github.eparcours.core.document.cda.CdaWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * N1 CDA with a 1 MiB PDF: writing (header + streamed base64) and reading (header + streamed
 * base64 decoding), against the JDK's Base64 encoder and decoder on the same bytes.
 *
 * <p>Run: {@code java -jar benchmarks/target/eparcours-benchmarks.jar CdaN1Benchmark -f 1 -wi 2
 * -i 3 -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CdaN1Benchmark {

  private byte[] pdf;
  private byte[] base64;
  private byte[] document;
  private CdaHeader header;
  private ByteArrayOutputStream out;
  private final OutputStream discard = OutputStream.nullOutputStream();

  /** Builds the PDF, the header and a written document. */
  @Setup
  public void setUp() {
    pdf = new byte[1024 * 1024];
    new Random(7).nextBytes(pdf);
    base64 = Base64.getEncoder().encode(pdf);
    header = DocumentFixtures.header();
    out = new ByteArrayOutputStream(2 * 1024 * 1024);
    CdaWriter.writeN1(header, new ByteArrayInputStream(pdf), out);
    document = out.toByteArray();
  }

  /**
   * Baseline: the JDK encoder streaming the PDF into the same kind of sink.
   *
   * @return the sink size
   * @throws IOException never
   */
  @Benchmark
  public int baselineJdkBase64Encode() throws IOException {
    out.reset();
    try (OutputStream b64 = Base64.getEncoder().wrap(out)) {
      new ByteArrayInputStream(pdf).transferTo(b64);
    }
    return out.size();
  }

  /**
   * Baseline: the JDK decoder on the same base64.
   *
   * @return the decoded size
   */
  @Benchmark
  public int baselineJdkBase64Decode() {
    return Base64.getDecoder().decode(base64).length;
  }

  /**
   * Writes an N1 document (validation, header, streamed base64).
   *
   * @return the document size
   */
  @Benchmark
  public int writeN1() {
    out.reset();
    CdaWriter.writeN1(header, new ByteArrayInputStream(pdf), out);
    return out.size();
  }

  /**
   * Reads an N1 document: header, rules, base64 decoded to a sink.
   *
   * @return the decoded body size
   */
  @Benchmark
  public long readN1() {
    CdaDocument doc = CdaReader.read(new ByteArrayInputStream(document), discard,
        CdaReader.DEFAULT_MAX_BYTES);
    return doc.bodyBytes();
  }

  /**
   * Writes then reads back an N1 document.
   *
   * @return the decoded body size
   */
  @Benchmark
  public long writeReadN1() {
    out.reset();
    CdaWriter.writeN1(header, new ByteArrayInputStream(pdf), out);
    return CdaReader.read(new ByteArrayInputStream(out.toByteArray()), discard,
        CdaReader.DEFAULT_MAX_BYTES).bodyBytes();
  }
}
