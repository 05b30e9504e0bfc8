package io.github.eparcours.testkit.dmp;

import io.github.eparcours.core.Environment;
import io.github.eparcours.core.http.JdkHttpTransport;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.dmp.DmpClient;
import io.github.eparcours.dmp.DmpEndpoints;
import io.github.eparcours.dmp.xades.SubmissionSetSigner;
import io.github.eparcours.testkit.core.IssuedCredential;
import io.github.eparcours.testkit.core.TestPki;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * A fake DMP on loopback over mutual TLS, with a test PKI generated now, and an SDK client of
 * it: the set-up the client-level tests share.
 *
 * @param pki the test PKI
 * @param fake the fake, started
 * @param transport the client's transport (its TLS client certificate)
 * @param client the client
 * @param signing the structure's signing credential (VIHF, and XAdES when signing)
 */
record TestDmp(TestPki pki, FakeDmp fake, HttpTransport transport, DmpClient client,
    IssuedCredential signing) implements AutoCloseable {

  /**
   * Starts the fake and builds the client.
   *
   * @param fakeOptions adds options to the fake's builder (open DMPs...)
   * @param signSubmissions whether the client signs submission sets (XAdES)
   * @return the running set-up
   */
  static TestDmp start(UnaryOperator<FakeDmp.Builder> fakeOptions, boolean signSubmissions) {
    TestPki pki = TestPki.create();
    FakeDmp fake = fakeOptions.apply(FakeDmp.builder()
        .sslContext(pki.serverSslContext(pki.serverCertificate("localhost", "127.0.0.1"), true))
        .vihfIssuers(pki.intermediateCertificate())).start();
    HttpTransport transport = JdkHttpTransport.builder()
        .sslContext(pki.clientSslContext(pki.clientCertificate("HOPITAL TEST AUTH")))
        .responseTimeout(Duration.ofSeconds(5)).build();
    IssuedCredential signing = pki.signingCertificate("HOPITAL TEST SIGN");
    DmpClient client = DmpClient.builder().transport(transport)
        .endpoints(DmpEndpoints.of(fake.baseUri())).environment(Environment.TEST)
        .vihfIssuer(DmpClientLifecycleTest.issuer(signing)).sourceId("1.2.250.1.999.2")
        .submissionSigner(signSubmissions
            ? SubmissionSetSigner.of(signing.privateKey(), signing.certificate()) : null)
        .build();
    return new TestDmp(pki, fake, transport, client, signing);
  }

  @Override
  public void close() {
    transport.close();
    fake.close();
  }
}
