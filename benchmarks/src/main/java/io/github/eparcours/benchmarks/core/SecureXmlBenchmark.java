package io.github.eparcours.benchmarks.core;

import io.github.eparcours.core.xml.SecureXml;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.w3c.dom.Document;

/**
 * Cost of the hardening: {@link SecureXml#parse} on a CDA-like header (about 20 KB) against the
 * JDK's plain, unhardened DOM parser, created per call and reused.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SecureXmlBenchmark {

  private byte[] document;
  private DocumentBuilder reusedPlain;

  /**
   * Builds the document and the reused plain builder.
   *
   * @throws Exception never in practice
   */
  @Setup
  public void setUp() throws Exception {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><realmCode code=\"FR\"/>");
    for (int i = 0; i < 150; i++) {
      sb.append("<component><section><code code=\"").append(i)
          .append("\" codeSystem=\"2.16.840.1.113883.6.1\"/><title>Section &amp; ")
          .append(i).append("</title><text>Lorem ipsum dolor sit amet</text></section>")
          .append("</component>");
    }
    document = sb.append("</ClinicalDocument>").toString().getBytes(StandardCharsets.UTF_8);
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    reusedPlain = f.newDocumentBuilder();
  }

  /**
   * Hardened parse (new hardened builder per call, bounded stream, XInclude scan).
   *
   * @return the document
   */
  @Benchmark
  public Document secureParse() {
    return SecureXml.parse(new ByteArrayInputStream(document));
  }

  /**
   * Baseline: plain JDK parser, factory and builder created per call.
   *
   * @return the document
   * @throws Exception never in practice
   */
  @Benchmark
  public Document plainParseNewBuilderBaseline() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(document));
  }

  /**
   * Baseline: plain JDK parser, builder reused.
   *
   * @return the document
   * @throws Exception never in practice
   */
  @Benchmark
  public Document plainParseReusedBuilderBaseline() throws Exception {
    reusedPlain.reset();
    return reusedPlain.parse(new ByteArrayInputStream(document));
  }
}
