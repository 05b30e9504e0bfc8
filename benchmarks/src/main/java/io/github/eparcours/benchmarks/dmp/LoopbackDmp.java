package io.github.eparcours.benchmarks.dmp;

import io.github.eparcours.core.Environment;
import io.github.eparcours.core.http.JdkHttpTransport;
import io.github.eparcours.core.http.RetryPolicy;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.dmp.AuthorizationAction;
import io.github.eparcours.dmp.DmpClient;
import io.github.eparcours.dmp.DmpEndpoints;
import io.github.eparcours.dmp.xades.SubmissionSetSigner;
import io.github.eparcours.testkit.core.IssuedCredential;
import io.github.eparcours.testkit.core.TestPki;
import io.github.eparcours.testkit.dmp.FakeDmp;
import java.time.Duration;

/** A FakeDmp on loopback over mTLS and a client of it, for the load programs. */
final class LoopbackDmp implements AutoCloseable {

  final FakeDmp fake;
  final HttpTransport transport;
  final DmpClient client;

  LoopbackDmp(Duration responseTimeout) {
    // The JDK's HTTP server, under the fake, keeps Nagle's algorithm on unless this property is
    // set before its first use: its reply then waits for the client's delayed ACK (tens of ms
    // per exchange), which real DMP front ends do not do and which would be measured instead of
    // the SDK. A program of this module, not the library, so setting it here is harmless.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    TestPki pki = TestPki.create();
    fake = FakeDmp.builder()
        .sslContext(pki.serverSslContext(pki.serverCertificate("localhost", "127.0.0.1"), true))
        .vihfIssuers(pki.intermediateCertificate()).openDmp(DmpBenchSupport.INS.toCx()).start();
    transport = JdkHttpTransport.builder()
        .sslContext(pki.clientSslContext(pki.clientCertificate("BENCH AUTH")))
        .responseTimeout(responseTimeout).retryPolicy(RetryPolicy.none())
        .maxResponseBytes(4L * 1024 * 1024 * 1024).build();
    IssuedCredential signing = pki.signingCertificate("BENCH SIGN");
    client = DmpClient.builder().transport(transport).endpoints(DmpEndpoints.of(fake.baseUri()))
        .environment(Environment.TEST).vihfIssuer(DmpBenchSupport.vihfIssuer(signing))
        .submissionSigner(SubmissionSetSigner.of(signing.privateKey(), signing.certificate()))
        .sourceId("1.2.250.1.999.2").build();
    // The DMP refuses feeds of a professional without access authorisation.
    client.setAuthorization(DmpBenchSupport.DOCTOR, DmpBenchSupport.INS,
        AuthorizationAction.ADD);
  }

  @Override
  public void close() {
    transport.close();
    fake.close();
  }
}
