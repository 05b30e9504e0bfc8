package io.github.eparcours.benchmarks.mss;

import io.github.eparcours.mss.xdm.XdmArchive;
import io.github.eparcours.mss.xdm.XdmDocument;
import io.github.eparcours.mss.xdm.XdmPackage;
import io.github.eparcours.mss.xdm.XdmReader;
import io.github.eparcours.mss.xdm.XdmWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * IHE XDM packing and unpacking of 10 documents of 1 MB each (10 MB per operation: divide 10 by
 * the time in seconds for MB/s). Documents are either PDFs (incompressible, stored) or CDA XML
 * (base64-embedded PDF, deflated). Baselines: a plain {@link ZipOutputStream} /
 * {@link ZipInputStream} over the same bytes, without metadata, hashes or checks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class XdmBenchmark {

  private static final int DOCS = 10;
  private static final int SIZE = 1 << 20;

  /** Document kind. */
  @Param({"pdf", "cda"})
  public String kind;

  private byte[][] contents;
  private String mediaType;
  private byte[] archive;
  private byte[] plainZip;

  /** Builds the documents and the archives to read. */
  @Setup
  public void setUp() throws IOException {
    Random random = new Random(7);
    contents = new byte[DOCS][];
    for (int i = 0; i < DOCS; i++) {
      if (kind.equals("pdf")) {
        contents[i] = new byte[SIZE];
        random.nextBytes(contents[i]);
      } else {
        byte[] pdf = new byte[SIZE * 3 / 4 - 200];
        random.nextBytes(pdf);
        String cda = "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><component><nonXMLBody>"
            + "<text mediaType=\"application/pdf\" representation=\"B64\">"
            + Base64.getEncoder().encodeToString(pdf) + "</text></nonXMLBody></component>"
            + "</ClinicalDocument>";
        contents[i] = cda.getBytes(StandardCharsets.US_ASCII);
      }
    }
    mediaType = kind.equals("pdf") ? "application/pdf" : "text/xml";
    archive = XdmWriter.toBytes(newPackage());
    plainZip = plainZip();
  }

  private XdmPackage newPackage() {
    XdmPackage.Builder b = XdmPackage.builder().sourceId("1.2.250.1.999.2.1")
        .submissionTime(Instant.parse("2026-01-15T10:00:00Z"));
    for (int i = 0; i < DOCS; i++) {
      String name = String.format("DOC%04d.%s", i + 1, kind.equals("pdf") ? "PDF" : "XML");
      b.addDocument(kind.equals("pdf") ? XdmDocument.of(name, mediaType, contents[i])
          : XdmDocument.cda(name, contents[i], "11490-0", "2.16.840.1.113883.6.1"));
    }
    return b.build();
  }

  /** Packs a fresh package (documents copied in, hashed, zipped, metadata written). */
  @Benchmark
  public long pack() {
    CountingSink sink = new CountingSink();
    XdmWriter.write(newPackage(), sink);
    return sink.count;
  }

  /** Reads and checks the archive (limits, paths, metadata, hashes, sizes). */
  @Benchmark
  public XdmArchive unpack() {
    return XdmReader.create().read(archive);
  }

  /** Baseline: the same bytes in a plain ZIP, default compression. */
  @Benchmark
  public long baselinePlainZip() throws IOException {
    CountingSink sink = new CountingSink();
    writePlain(sink, Deflater.DEFAULT_COMPRESSION);
    return sink.count;
  }

  /** Baseline: reading the plain ZIP into memory. */
  @Benchmark
  public long baselinePlainUnzip() throws IOException {
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plainZip))) {
      while (in.getNextEntry() != null) {
        total += in.readAllBytes().length;
      }
    }
    return total;
  }

  private byte[] plainZip() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writePlain(out, Deflater.DEFAULT_COMPRESSION);
    return out.toByteArray();
  }

  private void writePlain(OutputStream out, int level) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    zip.setLevel(level);
    for (int i = 0; i < DOCS; i++) {
      zip.putNextEntry(new ZipEntry("IHE_XDM/SUBSET01/DOC" + i));
      zip.write(contents[i]);
      zip.closeEntry();
    }
    zip.finish();
  }

  /** Discards bytes, counting them. */
  static final class CountingSink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
