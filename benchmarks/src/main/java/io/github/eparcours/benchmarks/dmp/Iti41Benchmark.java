package io.github.eparcours.benchmarks.dmp;

import io.github.eparcours.core.Environment;
import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.http.HttpRequest;
import io.github.eparcours.core.http.HttpResponse;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.dmp.DmpClient;
import io.github.eparcours.dmp.DmpEndpoints;
import io.github.eparcours.dmp.SubmitResult;
import io.github.eparcours.dmp.vihf.Vihf;
import io.github.eparcours.dmp.vihf.VihfIssuer;
import io.github.eparcours.dmp.xades.SubmissionSetSigner;
import io.github.eparcours.testkit.core.IssuedCredential;
import io.github.eparcours.testkit.core.TestPki;
import io.github.eparcours.dmp.soap.SoapNamespaces;
import io.github.eparcours.dmp.soap.SoapWriter;
import io.github.eparcours.dmp.soap.WsAddressing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Builds, signs (VIHF + XAdES) and serialises a complete ITI-41 request carrying one N1 CDA
 * with a 1 MB PDF, through the real client path; the transport only drains the bytes and answers
 * a canned Success. Baselines, in the same run: the VIHF signature alone, and one bare RSA-2048
 * signature (the part no implementation change can remove: a request holds two).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Iti41Benchmark {

  private static final Pattern MESSAGE_ID = Pattern.compile("MessageID>([^<]+)<");

  private DmpClient client;
  private VihfIssuer vihf;
  private DocumentContent cda;
  private PrivateKey signingKey;
  private final byte[] signedInfo = new byte[700];

  /** Draining transport: counts the request bytes, answers Success relating to the request. */
  static final class DrainingTransport implements HttpTransport {
    @Override
    public HttpResponse execute(HttpRequest request) {
      CapturingStream sink = new CapturingStream();
      try {
        request.body().orElseThrow().writeTo(sink);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ByteArrayOutputStream reply = new ByteArrayOutputStream(512);
      SoapWriter.write(reply, WsAddressing.reply(
          "urn:ihe:iti:2007:ProvideAndRegisterDocumentSet-bResponse", sink.messageId()), null,
          w -> {
            w.writeStartElement("rs", "RegistryResponse", SoapNamespaces.RS);
            w.writeNamespace("rs", SoapNamespaces.RS);
            w.writeAttribute("status", "urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success");
            w.writeEndElement();
          });
      return HttpResponse.builder().status(200).request(request)
          .header("Content-Type", "application/soap+xml; charset=UTF-8")
          .body(new ByteArrayInputStream(reply.toByteArray())).build();
    }

    @Override
    public void close() {}
  }

  /**
   * Keeps only the head of the message (to read the MessageID, within the first few hundred
   * bytes), counts the rest.
   */
  static final class CapturingStream extends OutputStream {
    private final byte[] head = new byte[2048];
    private int headLength;
    long count;

    @Override
    public void write(int b) {
      if (headLength < head.length) {
        head[headLength++] = (byte) b;
      }
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      int n = Math.min(len, head.length - headLength);
      if (n > 0) {
        System.arraycopy(b, off, head, headLength, n);
        headLength += n;
      }
      count += len;
    }

    String messageId() {
      Matcher m = MESSAGE_ID.matcher(
          new String(head, 0, headLength, StandardCharsets.ISO_8859_1));
      return m.find() ? m.group(1) : "";
    }
  }

  /** Creates the PKI, the N1 CDA and the client. */
  @Setup
  public void setUp() {
    TestPki pki = TestPki.create();
    IssuedCredential signing = pki.signingCertificate("BENCH SIGN");
    vihf = DmpBenchSupport.vihfIssuer(signing);
    signingKey = signing.privateKey();
    cda = DocumentContent.ofBytes(DmpBenchSupport.n1Cda(1024 * 1024));
    client = DmpClient.builder().transport(new DrainingTransport())
        .endpoints(DmpEndpoints.of(URI.create("https://dmp.invalid/si-dmp-server/v2/services")))
        .environment(Environment.TEST).vihfIssuer(vihf)
        .submissionSigner(SubmissionSetSigner.of(signing.privateKey(), signing.certificate()))
        .build();
  }

  /**
   * The whole ITI-41 request: metadata, XAdES, VIHF, SOAP + MTOM bytes, reply parsing.
   *
   * @return the result
   */
  @Benchmark
  public SubmitResult iti41BuildSignSerialise() {
    return client.submit(DmpBenchSupport.DOCTOR, DmpBenchSupport.patient(),
        DmpBenchSupport.submission(cda));
  }

  /**
   * Baseline: one VIHF assertion built and signed (RSA-2048) by the JDK.
   *
   * @param bh the blackhole
   */
  @Benchmark
  public void vihfSignatureAlone(Blackhole bh) {
    Vihf v = vihf.issue(DmpBenchSupport.DOCTOR, DmpBenchSupport.INS);
    bh.consume(v);
  }

  /**
   * Baseline: one RSA-2048 / SHA-256 signature of a SignedInfo-sized input, with nothing around.
   *
   * @return the signature value
   * @throws GeneralSecurityException never with the test key
   */
  @Benchmark
  public byte[] rsaSignatureAlone() throws GeneralSecurityException {
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(signingKey);
    s.update(signedInfo);
    return s.sign();
  }
}
