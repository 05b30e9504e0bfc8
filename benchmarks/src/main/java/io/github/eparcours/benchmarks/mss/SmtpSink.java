package io.github.eparcours.benchmarks.mss;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * A minimal SMTP submission server over implicit TLS that accepts any XOAUTH2 login and
 * discards every message (counting them): the same peer for the SDK client and the plain
 * Jakarta Mail baseline, without a mail store's memory and parsing costs.
 */
final class SmtpSink implements AutoCloseable {

  private final SSLServerSocket server;
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "smtp-sink");
    t.setDaemon(true);
    return t;
  });
  final AtomicLong messages = new AtomicLong();

  SmtpSink(SSLContext tls) throws IOException {
    server = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    pool.execute(() -> {
      while (!server.isClosed()) {
        try {
          Socket s = server.accept();
          pool.execute(() -> serve(s));
        } catch (IOException e) {
          return;
        }
      }
    });
  }

  int port() {
    return server.getLocalPort();
  }

  private void serve(Socket socket) {
    try (socket; InputStream raw = new BufferedInputStream(socket.getInputStream(), 65536);
        OutputStream out = socket.getOutputStream()) {
      reply(out, "220 sink ESMTP");
      String line;
      while ((line = readLine(raw)) != null) {
        String cmd = line.toUpperCase(Locale.ROOT);
        if (cmd.startsWith("EHLO")) {
          reply(out, "250-sink\r\n250-SIZE 100000000\r\n250-8BITMIME\r\n250-PIPELINING\r\n"
              + "250 AUTH XOAUTH2");
        } else if (cmd.startsWith("AUTH")) {
          reply(out, "235 2.7.0 ok");
        } else if (cmd.startsWith("DATA")) {
          reply(out, "354 go");
          skipData(raw);
          messages.incrementAndGet();
          reply(out, "250 2.0.0 queued");
        } else if (cmd.startsWith("QUIT")) {
          reply(out, "221 bye");
          return;
        } else {
          reply(out, "250 ok");
        }
      }
    } catch (IOException ignored) {
      // client went away
    }
  }

  private static void skipData(InputStream in) throws IOException {
    // ends at CRLF . CRLF
    int state = 2;
    int b;
    while ((b = in.read()) >= 0) {
      switch (state) {
        case 0 -> state = b == '\r' ? 1 : 0;
        case 1 -> state = b == '\n' ? 2 : (b == '\r' ? 1 : 0);
        case 2 -> state = b == '.' ? 3 : (b == '\r' ? 1 : 0);
        case 3 -> state = b == '\r' ? 4 : 0;
        case 4 -> {
          if (b == '\n') {
            return;
          }
          state = 0;
        }
        default -> state = 0;
      }
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        return line.toString(StandardCharsets.US_ASCII).trim();
      }
      line.write(b);
    }
    return null;
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    pool.shutdownNow();
  }
}
