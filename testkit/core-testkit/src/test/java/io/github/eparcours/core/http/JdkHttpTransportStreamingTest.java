package io.github.eparcours.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.testkit.core.TestPki;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Streams 50 MB each way over mutual TLS and shows that neither side materialises the body:
 * the producer is never more than a few buffers ahead of the consumer.
 */
class JdkHttpTransportStreamingTest {

  private static final long SIZE = 50L * 1024 * 1024;
  /** Pipe (1 MiB) + JDK client and server buffers + socket buffers, far below SIZE. */
  private static final long MAX_LAG = 12L * 1024 * 1024;

  private static TestPki pki;
  private static HttpsServer server;
  private static ExecutorService executor;
  private static final AtomicLong serverReceived = new AtomicLong();
  private static final AtomicLong serverSent = new AtomicLong();

  @BeforeAll
  static void start() throws IOException {
    pki = TestPki.create();
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(
        pki.serverSslContext(pki.serverCertificate("localhost", "127.0.0.1"), true)));
    server.createContext("/upload", exchange -> {
      long checksum = 0;
      byte[] buffer = new byte[64 * 1024];
      try (InputStream in = exchange.getRequestBody()) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          for (int i = 0; i < n; i++) {
            checksum = checksum * 31 + buffer[i];
          }
          serverReceived.addAndGet(n);
        }
      }
      byte[] answer = (serverReceived.get() + ":" + checksum).getBytes(StandardCharsets.US_ASCII);
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    });
    server.createContext("/download", exchange -> {
      exchange.sendResponseHeaders(200, SIZE);
      try (OutputStream out = exchange.getResponseBody()) {
        Pattern.write(out, SIZE, serverSent, null);
      }
    });
    executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Test
  void execute_50MegabyteGeneratedUpload_streamsWithBoundedLag() {
    serverReceived.set(0);
    AtomicLong maxLag = new AtomicLong();
    RequestBody generated = new RequestBody() {
      @Override public String contentType() {
        return "application/octet-stream";
      }
      @Override public long contentLength() {
        return SIZE;
      }
      @Override public void writeTo(OutputStream out) throws IOException {
        Pattern.write(out, SIZE, null, written ->
            maxLag.accumulateAndGet(written - serverReceived.get(), Math::max));
      }
    };

    try (HttpTransport transport = transport();
        HttpResponse response = transport.execute(HttpRequest.builder().method("POST")
            .uri(uri("/upload")).body(generated).build())) {
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.bodyAsString()).isEqualTo(SIZE + ":" + Pattern.checksum(SIZE));
    }
    assertThat(maxLag.get()).isLessThan(MAX_LAG);
  }

  @Test
  void body_50MegabyteDownload_streamsWithBoundedLag() throws IOException {
    serverSent.set(0);
    long maxLag = 0;
    long read = 0;
    long checksum = 0;
    try (HttpTransport transport = builder().maxResponseBytes(SIZE).build();
        HttpResponse response = transport.execute(HttpRequest.builder()
            .uri(uri("/download")).build());
        InputStream in = response.body()) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        for (int i = 0; i < n; i++) {
          checksum = checksum * 31 + buffer[i];
        }
        read += n;
        maxLag = Math.max(maxLag, serverSent.get() - read);
      }
    }
    assertThat(read).isEqualTo(SIZE);
    assertThat(checksum).isEqualTo(Pattern.checksum(SIZE));
    assertThat(maxLag).isLessThan(MAX_LAG);
  }

  private static URI uri(String path) {
    return URI.create("https://localhost:" + server.getAddress().getPort() + path);
  }

  private static JdkHttpTransport.Builder builder() {
    return JdkHttpTransport.builder()
        .sslContext(pki.clientSslContext(pki.clientCertificate("EPARCOURS-TEST-AUTH_CLI")))
        .retryPolicy(RetryPolicy.none());
  }

  private static HttpTransport transport() {
    return builder().build();
  }

  /** A deterministic byte pattern produced on the fly, 64 KiB at a time. */
  static final class Pattern {
    interface Progress {
      void written(long total);
    }

    static void write(OutputStream out, long size, AtomicLong counter, Progress progress)
        throws IOException {
      byte[] chunk = new byte[64 * 1024];
      long written = 0;
      while (written < size) {
        int n = (int) Math.min(chunk.length, size - written);
        for (int i = 0; i < n; i++) {
          chunk[i] = at(written + i);
        }
        out.write(chunk, 0, n);
        written += n;
        if (counter != null) {
          counter.set(written);
        }
        if (progress != null) {
          progress.written(written);
        }
      }
    }

    static byte at(long position) {
      return (byte) (position * 7 + (position >>> 16));
    }

    static long checksum(long size) {
      long checksum = 0;
      for (long p = 0; p < size; p++) {
        checksum = checksum * 31 + at(p);
      }
      return checksum;
    }
  }
}
