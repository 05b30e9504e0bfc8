package io.github.eparcours.testkit.core;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * An SSLContext whose server sockets and engines demand a client certificate, so that servers
 * which only accept an SSLContext (the JDK HTTPS server, GreenMail, ...) enforce mutual TLS.
 * Thread-safe like the context it wraps.
 */
final class ClientAuthRequiringSslContext extends SSLContext {

  ClientAuthRequiringSslContext(SSLContext delegate) {
    super(new Spi(delegate), delegate.getProvider(), delegate.getProtocol());
  }

  private static final class Spi extends SSLContextSpi {
    private final SSLContext delegate;

    Spi(SSLContext delegate) {
      this.delegate = delegate;
    }

    @Override
    protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr)
        throws KeyManagementException {
      delegate.init(km, tm, sr);
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      return delegate.getSocketFactory();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      return new NeedClientAuthServerSocketFactory(delegate.getServerSocketFactory());
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      SSLEngine engine = delegate.createSSLEngine();
      engine.setNeedClientAuth(true);
      return engine;
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      SSLEngine engine = delegate.createSSLEngine(host, port);
      engine.setNeedClientAuth(true);
      return engine;
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      return delegate.getServerSessionContext();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      return delegate.getClientSessionContext();
    }

    @Override
    protected SSLParameters engineGetDefaultSSLParameters() {
      SSLParameters parameters = delegate.getDefaultSSLParameters();
      parameters.setNeedClientAuth(true);
      return parameters;
    }

    @Override
    protected SSLParameters engineGetSupportedSSLParameters() {
      return delegate.getSupportedSSLParameters();
    }
  }

  private static final class NeedClientAuthServerSocketFactory extends SSLServerSocketFactory {
    private final SSLServerSocketFactory delegate;

    NeedClientAuthServerSocketFactory(SSLServerSocketFactory delegate) {
      this.delegate = delegate;
    }

    private static ServerSocket require(ServerSocket socket) {
      ((SSLServerSocket) socket).setNeedClientAuth(true);
      return socket;
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
      return require(delegate.createServerSocket());
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      return require(delegate.createServerSocket(port));
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      return require(delegate.createServerSocket(port, backlog));
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
        throws IOException {
      return require(delegate.createServerSocket(port, backlog, address));
    }

    @Override
    public String[] getDefaultCipherSuites() {
      return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
      return delegate.getSupportedCipherSuites();
    }
  }
}
