package io.github.eparcours.examples.scenario;

import io.github.eparcours.core.Environment;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.http.JdkHttpTransport;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.core.tls.KeyMaterial;
import io.github.eparcours.core.tls.KeyRole;
import io.github.eparcours.core.tls.TlsConfiguration;
import io.github.eparcours.core.tls.TrustAnchors;
import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.AuthorizationAction;
import io.github.eparcours.dmp.DmpClient;
import io.github.eparcours.dmp.DmpEndpoints;
import io.github.eparcours.dmp.DmpState;
import io.github.eparcours.dmp.DmpStatus;
import io.github.eparcours.dmp.LpsIdentity;
import io.github.eparcours.dmp.SubmitResult;
import io.github.eparcours.dmp.vihf.VihfIssuer;
import io.github.eparcours.dmp.xades.SubmissionSetSigner;
import io.github.eparcours.examples.tasks.DischargeLetter;
import io.github.eparcours.examples.tasks.DmpSandbox;
import io.github.eparcours.examples.tasks.ExampleData;
import io.github.eparcours.testkit.dmp.FakeDmp;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Step 2: the hospital checks the patient's DMP, feeds the letter (ITI-41 over mutual TLS with a
 * signed VIHF) and confirms with a query (ITI-18) that it is registered exactly once.
 *
 * <p>On the fake DMP unless {@code dmp.endpoint} is configured (see the README for the keys).
 */
public final class DmpFeedStep implements ScenarioStep {

  /** What the step leaves for later steps and for checks: the registered entry. */
  public record FedDocument(DocumentEntry registered, int copiesFound) {}

  @Override
  public String title() {
    return "The hospital checks the patient's DMP and feeds the letter to it";
  }

  @Override
  public void run(ScenarioContext context) {
    PatientIdentity patient = context.get(PatientIdentity.class);
    DischargeLetter letter = context.get(DischargeLetter.class);
    Narrator narrator = context.narrator();
    ScenarioConfig config = context.config();
    String insCx = patient.ins().orElseThrow().toCx();

    DmpClient dmp;
    FakeDmp fake = null;
    if (config.usesRealService("dmp")) {
      dmp = configuredClient(context);
      narrator.detail("DMP at " + config.require("dmp.endpoint"));
    } else {
      DmpSandbox sandbox = context.closeAtEnd(DmpSandbox.start());
      fake = sandbox.fake();
      fake.openDmp(insCx); // the configured patient may differ from the examples' one
      dmp = sandbox.client();
      narrator.detail("fake DMP on " + fake.baseUri() + " (mutual TLS, test PKI generated now)");
    }
    context.closeAtEnd(dmp);
    ActingIdentity doctor = ExampleData.actingDoctor();

    // TD0.2: does the patient have an open DMP, and may this doctor access it?
    Ins ins = patient.ins().orElseThrow();
    DmpStatus status = dmp.dmpStatus(doctor, ins);
    if (!status.exists()) {
      throw new IllegalStateException("the patient has no DMP: nothing can be fed (offer the "
          + "patient to create one)");
    }
    if (!status.dmpState().map(DmpState::isOpen).orElse(false)) {
      throw new IllegalStateException("the patient's DMP is not open ("
          + status.dmpState().map(DmpState::value).orElse("state unknown") + "): do not feed it");
    }
    boolean authorised = status.authorization().isGranted();
    if (!authorised) {
      // The patient agreed at admission: the hospital records its access authorisation.
      dmp.setAuthorization(doctor, ins, AuthorizationAction.ADD);
    }
    narrator.detail("TD0.2: DMP open, authorisation " + (authorised ? "already given"
        : "given now (setAuthorization)"));

    SubmitResult result = dmp.submit(doctor, patient, DmpSandbox.submissionOf(letter,
        config.get("dmp.source-id").orElse(ExampleData.HOSPITAL_OID)));
    narrator.detail("ITI-41 status " + result.status() + " after " + result.attempts()
        + " attempt(s), " + result.warnings().size() + " warning(s)");

    List<DocumentEntry> found = dmp.getDocumentsByUniqueId(doctor, patient.ins().orElseThrow(),
        List.of(letter.uniqueId()));
    if (found.size() != 1) {
      throw new IllegalStateException("the DMP lists the letter " + found.size()
          + " time(s) after the feed, expected exactly once");
    }
    if (fake != null && fake.registeredCount(letter.uniqueId()) != 1) {
      throw new IllegalStateException("the fake DMP holds the letter "
          + fake.registeredCount(letter.uniqueId()) + " time(s), expected exactly once");
    }
    context.put(FedDocument.class, new FedDocument(found.get(0), found.size()));
    narrator.sayf("TD0.2: DMP open%s; letter fed (ITI-41, signed VIHF and XAdES, mutual TLS): %s",
        authorised ? "" : ", access authorisation given", result.status().substring(
            result.status().lastIndexOf(':') + 1));
    narrator.say("ITI-18 query: the letter is registered exactly once ("
        + found.get(0).availabilityStatus().map(s -> s.value().substring(
            s.value().lastIndexOf(':') + 1)).orElse("status unknown") + ")");
    context.summarise("DMP: letter registered once" + (fake == null ? "" : " (fake DMP)"));
  }

  private static DmpClient configuredClient(ScenarioContext context) {
    ScenarioConfig config = context.config();
    TlsConfiguration tls = TlsConfiguration.builder()
        .trustAnchors(TrustAnchors.fromPem(Path.of(config.require("dmp.tls.truststore"))))
        .clientKey(KeyMaterial.load(Path.of(config.require("dmp.tls.keystore")),
            config.require("dmp.tls.keystore.password").toCharArray(), KeyRole.TLS_CLIENT))
        .build();
    HttpTransport transport = context.closeAtEnd(JdkHttpTransport.builder()
        .tls(tls).responseTimeout(Duration.ofSeconds(30)).build());
    KeyMaterial signing = KeyMaterial.load(Path.of(config.require("dmp.signing.keystore")),
        config.require("dmp.signing.keystore.password").toCharArray(), KeyRole.SIGNATURE);
    LpsIdentity lps = LpsIdentity.builder()
        .name(config.require("dmp.lps.name"))
        .version(config.require("dmp.lps.version"))
        .homologationNumber(config.require("dmp.lps.homologation"))
        .build();
    return DmpClient.builder()
        .transport(transport)
        .endpoints(DmpEndpoints.of(URI.create(config.require("dmp.endpoint"))))
        .environment(Environment.valueOf(config.get("dmp.environment").orElse("TEST")))
        .vihfIssuer(VihfIssuer.builder()
            .signingCredential(signing).lps(lps).build())
        .submissionSigner(SubmissionSetSigner.of(signing))
        .sourceId(config.require("dmp.source-id"))
        .build();
  }
}
