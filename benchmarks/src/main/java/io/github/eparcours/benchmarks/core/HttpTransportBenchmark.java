package io.github.eparcours.benchmarks.core;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.eparcours.core.http.HttpRequest;
import io.github.eparcours.core.http.HttpResponse;
import io.github.eparcours.core.http.JdkHttpTransport;
import io.github.eparcours.core.http.RequestBody;
import io.github.eparcours.core.http.RetryPolicy;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.testkit.core.IssuedCredential;
import io.github.eparcours.testkit.core.TestPki;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The JDK transport over mutual TLS on loopback, against the bare {@link HttpClient} with the
 * same TLS context: a small GET (the cost of the SDK's layer: interceptor chain, retry loop,
 * bounded body), and an 8 MiB upload sent from memory (handed to the JDK as is) or streamed by
 * {@link RequestBody#writeTo} through the transport's bounded pipe.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HttpTransportBenchmark {

  private static final int UPLOAD = 8 * 1024 * 1024;

  private HttpsServer server;
  private ExecutorService executor;
  private HttpTransport transport;
  private HttpClient rawClient;
  private URI small;
  private URI upload;
  private byte[] payload;

  /** Starts the loopback server and both clients. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    TestPki pki = TestPki.create();
    IssuedCredential client = pki.clientCertificate("BENCH-AUTH_CLI");
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(
        pki.serverSslContext(pki.serverCertificate("localhost"), true)));
    server.createContext("/", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      byte[] ok = {'o', 'k'};
      exchange.sendResponseHeaders(200, ok.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(ok);
      }
    });
    executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    server.start();
    String base = "https://localhost:" + server.getAddress().getPort();
    small = URI.create(base + "/small");
    upload = URI.create(base + "/upload");
    SSLContext tls = pki.clientSslContext(client);
    transport = JdkHttpTransport.builder().sslContext(tls).retryPolicy(RetryPolicy.none())
        .build();
    SSLParameters parameters = tls.getDefaultSSLParameters();
    parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
    rawClient = HttpClient.newBuilder().sslContext(tls).sslParameters(parameters)
        .version(HttpClient.Version.HTTP_1_1).build();
    payload = new byte[UPLOAD];
    for (int i = 0; i < payload.length; i++) {
      payload[i] = (byte) (i * 31);
    }
  }

  /** Stops the server and the transport. */
  @TearDown(Level.Trial)
  public void tearDown() {
    transport.close();
    server.stop(0);
    executor.shutdownNow();
  }

  /** Baseline: the bare JDK client, small GET. */
  @Benchmark
  public String smallGetRawJdkClient() throws IOException, InterruptedException {
    return rawClient.send(java.net.http.HttpRequest.newBuilder(small).GET().build(),
        BodyHandlers.ofString()).body();
  }

  /** The SDK transport, small GET. */
  @Benchmark
  public String smallGetTransport() {
    try (HttpResponse response = transport.execute(HttpRequest.builder().uri(small).build())) {
      return response.bodyAsString();
    }
  }

  /** Baseline: the upload held in memory, handed to the JDK without a copy. */
  @Benchmark
  public int uploadFromMemory() {
    return post(RequestBody.ofBytes(payload, "application/octet-stream"));
  }

  /** The same bytes written by a RequestBody through the bounded pipe. */
  @Benchmark
  public int uploadStreamedThroughPipe() {
    return post(new RequestBody() {
      @Override
      public String contentType() {
        return "application/octet-stream";
      }

      @Override
      public long contentLength() {
        return payload.length;
      }

      @Override
      public void writeTo(OutputStream out) throws IOException {
        for (int off = 0; off < payload.length; off += 65_536) {
          out.write(payload, off, Math.min(65_536, payload.length - off));
        }
      }
    });
  }

  private int post(RequestBody body) {
    try (HttpResponse response = transport.execute(HttpRequest.builder().method("POST")
        .uri(upload).body(body).build())) {
      return response.bodyAsBytes().length;
    }
  }
}
