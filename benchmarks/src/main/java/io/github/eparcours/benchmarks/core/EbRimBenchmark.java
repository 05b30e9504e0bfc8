package io.github.eparcours.benchmarks.core;

import io.github.eparcours.core.document.xds.EbRim;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.xml.SecureXml;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * ebRIM 3.0 SubmitObjectsRequest of a DMP submission with 1 and 20 documents: write, read, and
 * the round trip (write + read), with a bare StAX scan of the same XML as baseline. Target: the
 * one-document round trip under 100 µs (IPF, the reference Java XDS stack, takes about 385 µs
 * on the same machine).
 *
 * <p>Run: {@code java -jar benchmarks/target/eparcours-benchmarks.jar EbRimBenchmark -f 1 -wi 2
 * -i 3 -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EbRimBenchmark {

  /** Documents in the submission. */
  @Param({"1", "20"})
  public int documents;

  private static final XMLInputFactory STAX = XMLInputFactory.newDefaultFactory();

  private SubmissionRequest request;
  private byte[] xml;
  private ByteArrayOutputStream out;

  /** Builds the submission and its XML. */
  @Setup
  public void setUp() {
    request = DocumentFixtures.submission(documents);
    out = new ByteArrayOutputStream(64 * 1024);
    EbRim.writeSubmitObjectsRequest(request, out);
    xml = out.toByteArray();
  }

  /**
   * Baseline: a bare StAX pass over the same XML (every event, no binding, no hardening), the
   * floor of any XML reader in this JVM.
   *
   * @return the number of events
   * @throws XMLStreamException never on this input
   */
  @Benchmark
  public int baselineStaxScan() throws XMLStreamException {
    XMLStreamReader r = STAX.createXMLStreamReader(new ByteArrayInputStream(xml));
    int events = 0;
    while (r.hasNext()) {
      r.next();
      events++;
    }
    r.close();
    return events;
  }

  /**
   * Writes the submission.
   *
   * @return the XML size
   */
  @Benchmark
  public int write() {
    out.reset();
    EbRim.writeSubmitObjectsRequest(request, out);
    return out.size();
  }

  /**
   * Reads the submission.
   *
   * @return the parsed submission
   */
  @Benchmark
  public SubmissionRequest read() {
    return EbRim.readSubmitObjectsRequest(new ByteArrayInputStream(xml));
  }

  /**
   * Reads the submission through the positioned-reader variant, from a hardened StAX reader
   * created per call (the design not chosen for streams: it measures what a per-call
   * {@code createXMLStreamReader} costs against the pooled SAX parser of {@link #read()}).
   *
   * @return the parsed submission
   */
  @Benchmark
  public SubmissionRequest readViaStaxReader() {
    return EbRim.readSubmitObjectsRequest(
        SecureXml.newXmlStreamReader(new ByteArrayInputStream(xml)));
  }

  /**
   * Writes then reads the submission.
   *
   * @return the parsed submission
   */
  @Benchmark
  public SubmissionRequest roundTrip() {
    out.reset();
    EbRim.writeSubmitObjectsRequest(request, out);
    return EbRim.readSubmitObjectsRequest(new ByteArrayInputStream(out.toByteArray()));
  }
}
