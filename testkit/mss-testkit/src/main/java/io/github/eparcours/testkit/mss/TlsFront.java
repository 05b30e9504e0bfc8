package io.github.eparcours.testkit.mss;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * Terminates implicit TLS (TLS 1.2 and 1.3, real certificate) on a loopback port and relays the
 * plain bytes to a plain-text service on another loopback port. It lets an in-JVM mail server
 * without proper TLS be reached by clients that verify the server the way production does.
 */
final class TlsFront implements AutoCloseable {

  private final SSLServerSocket server;
  private final int backendPort;
  private final ExecutorService pool;

  TlsFront(SSLContext tls, int backendPort, String name) throws IOException {
    this.backendPort = backendPort;
    this.server = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket();
    server.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fake-mss-" + name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    pool.execute(this::acceptLoop);
  }

  int port() {
    return server.getLocalPort();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket backend = new Socket(InetAddress.getLoopbackAddress(), backendPort);
        client.setTcpNoDelay(true);
        backend.setTcpNoDelay(true);
        pool.execute(() -> pump(client, backend));
        pool.execute(() -> pump(backend, client));
      } catch (IOException e) {
        if (server.isClosed()) {
          return;
        }
      }
    }
  }

  private static void pump(Socket from, Socket to) {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // one side closed or the handshake failed: close both
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    pool.shutdownNow();
  }
}
