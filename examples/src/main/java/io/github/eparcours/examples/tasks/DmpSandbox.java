package io.github.eparcours.examples.tasks;

import io.github.eparcours.core.Environment;
import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.document.xds.SubmissionSet;
import io.github.eparcours.core.document.xds.XdsConstants;
import io.github.eparcours.core.document.xds.XdsIds;
import io.github.eparcours.core.document.xds.XdsTime;
import io.github.eparcours.core.http.JdkHttpTransport;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.core.tls.KeyMaterial;
import io.github.eparcours.core.tls.KeyRole;
import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.AuthorizationAction;
import io.github.eparcours.dmp.DmpClient;
import io.github.eparcours.dmp.DmpEndpoints;
import io.github.eparcours.dmp.vihf.VihfIssuer;
import io.github.eparcours.dmp.xades.SubmissionSetSigner;
import io.github.eparcours.testkit.core.TestPki;
import io.github.eparcours.testkit.dmp.FakeDmp;
import java.time.Duration;
import java.time.Instant;

/**
 * The DMP examples' setting: the fake DMP over mutual TLS with a test PKI generated on start,
 * the hospital's transport and its DMP client. Close it to stop the fake.
 *
 * @param pki the test PKI
 * @param fake the fake DMP, with a DMP open for the example patient
 * @param transport the hospital's HTTPS transport (its TLS client certificate)
 * @param client the hospital's DMP client (its signing certificate)
 */
public record DmpSandbox(TestPki pki, FakeDmp fake, HttpTransport transport, DmpClient client)
    implements AutoCloseable {

  /**
   * Starts the fake and builds the client, as a vendor would against the DMP test platform.
   *
   * @return the sandbox
   */
  public static DmpSandbox start() {
    TestPki pki = TestPki.create();
    FakeDmp fake = FakeDmp.builder()
        .sslContext(pki.serverSslContext(pki.serverCertificate("localhost", "127.0.0.1"), true))
        .vihfIssuers(pki.intermediateCertificate())
        .openDmp(ExampleData.patient().ins().orElseThrow().toCx())
        .start();
    // START SNIPPET: dmp-client
    HttpTransport transport = JdkHttpTransport.builder() // one per application, shared
        .sslContext(pki.clientSslContext(pki.clientCertificate("HOPITAL DEMO AUTH")))
        .responseTimeout(Duration.ofSeconds(10))
        .build();
    // The structure's signature ("cachet") key, KeyMaterial.load(Path.of("sign.p12"), password,
    // KeyRole.SIGNATURE) in production: it signs the VIHF and the submission sets.
    KeyMaterial signing = signingKey(pki, "HOPITAL DEMO SIGN");
    DmpClient dmp = DmpClient.builder()
        .transport(transport)
        .endpoints(DmpEndpoints.of(fake.baseUri())) // DmpEndpoints.test() for the test platform
        .environment(Environment.TEST)
        .vihfIssuer(VihfIssuer.builder()
            .signingCredential(signing)
            .lps(ExampleData.lps())
            .build())
        .submissionSigner(SubmissionSetSigner.of(signing))
        .sourceId(ExampleData.HOSPITAL_OID)
        .build();
    // END SNIPPET: dmp-client
    return new DmpSandbox(pki, fake, transport, dmp);
  }

  /**
   * Issues a structure's signature certificate from the test PKI and loads it from PKCS#12, as
   * a vendor loads the structure's signature key.
   *
   * @param commonName the certificate's common name
   * @return the signing key material
   */
  public KeyMaterial signingKey(String commonName) {
    return signingKey(pki, commonName);
  }

  private static KeyMaterial signingKey(TestPki pki, String commonName) {
    char[] password = "demo-only".toCharArray();
    return KeyMaterial.load(pki.signingCertificate(commonName).toPkcs12(password), password,
        KeyRole.SIGNATURE);
  }

  /**
   * Gives a professional's access authorisation to the example patient's DMP, as the hospital
   * does once the patient agreed (the DMP refuses every other operation without it).
   *
   * @param who the acting professional
   * @return who, for chaining
   */
  public ActingIdentity authorise(ActingIdentity who) {
    client.setAuthorization(who, ExampleData.patient().ins().orElseThrow(),
        AuthorizationAction.ADD);
    return who;
  }

  /**
   * Wraps a letter in a one-document submission set authored like its entry.
   *
   * @param letter the letter
   * @return the submission
   */
  public static SubmissionRequest submissionOf(DischargeLetter letter) {
    return submissionOf(letter, ExampleData.HOSPITAL_OID);
  }

  /**
   * Wraps a letter in a one-document submission set authored like its entry.
   *
   * @param letter the letter
   * @param sourceId the OID of the sending structure or software
   * @return the submission
   */
  public static SubmissionRequest submissionOf(DischargeLetter letter, String sourceId) {
    SubmissionSet set = SubmissionSet.builder()
        .uniqueId(XdsIds.newUniqueId())
        .sourceId(sourceId)
        .patientId(letter.entry().patientId().orElseThrow())
        .submissionTime(XdsTime.of(Instant.now()))
        .contentTypeCode(Code.of("04", XdsConstants.CONTENT_TYPE_SYSTEM, "Hospitalisation"))
        .addAuthor(letter.entry().authors().get(0))
        .title("Sortie d'hospitalisation")
        .build();
    return SubmissionRequest.builder()
        .submissionSet(set)
        .addDocument(letter.entry(), letter.content())
        .build();
  }

  @Override
  public void close() {
    client.close();
    transport.close();
    fake.close();
  }
}
