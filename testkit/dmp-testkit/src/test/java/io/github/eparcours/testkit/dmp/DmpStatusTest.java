package io.github.eparcours.testkit.dmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.identity.IdentityStatus;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.dmp.AccessAuthorization;
import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.AuthorizationAction;
import io.github.eparcours.dmp.DmpClient;
import io.github.eparcours.dmp.DmpRegistryException;
import io.github.eparcours.dmp.DmpSoapFaultException;
import io.github.eparcours.dmp.DmpState;
import io.github.eparcours.dmp.DmpStatus;
import io.github.eparcours.dmp.internal.PatientsWire;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TD0.2 and setAuthorization against the fake over mutual TLS, with a fake that, like the DMP,
 * requires signed submission sets (this client signs none).
 */
class DmpStatusTest {

  private static final Ins OPEN = Ins.parse("279035121518989", "1.2.250.1.213.1.4.10");
  private static final Ins NO_DMP = Ins.parse("180017512345660", "1.2.250.1.213.1.4.10");
  private static final Ins CLOSED = Ins.parse("285037511223359", "1.2.250.1.213.1.4.10");
  private static TestDmp setUp;
  private static FakeDmp fake;
  private static DmpClient dmp;

  @BeforeAll
  static void start() {
    setUp = TestDmp.start(b -> b.openDmp(OPEN.toCx()).requireSignedSubmissions(true), false);
    fake = setUp.fake();
    dmp = setUp.client();
    fake.openDmp(CLOSED.toCx());
    fake.closeDmp(CLOSED.toCx());
  }

  @AfterAll
  static void stop() {
    setUp.close();
  }

  @Test
  void dmpStatus_openDmpNotYetAuthorized_existsOpenWithoutAccess() {
    DmpStatus s = dmp.dmpStatus(DmpClientLifecycleTest.doctor("899900011117"), OPEN);

    assertThat(s.exists()).isTrue();
    assertThat(s.dmpState()).contains(DmpState.OPEN);
    assertThat(s.authorization()).isEqualTo(AccessAuthorization.NONE);
    assertThat(s.isAccessible()).isFalse();
    assertThat(s.queryResponseCode()).isEqualTo("OK");
  }

  @Test
  void dmpStatus_noDmp_notFound() {
    DmpStatus s = dmp.dmpStatus(DmpClientLifecycleTest.doctor("899900011117"), NO_DMP);

    assertThat(s.exists()).isFalse();
    assertThat(s.dmpState()).isEmpty();
    assertThat(s.queryResponseCode()).isEqualTo("NF");
    assertThat(s.isAccessible()).isFalse();
  }

  @Test
  void dmpStatus_closedDmp_existsClosedRawStateKept() {
    DmpStatus s = dmp.dmpStatus(DmpClientLifecycleTest.doctor("899900011117"), CLOSED);

    assertThat(s.exists()).isTrue();
    assertThat(s.dmpState()).contains(DmpState.CLOSED);
    assertThat(s.state().isOpen()).isFalse();
    assertThat(s.state().value()).isEqualTo("completed");
  }

  @Test
  void setAuthorization_thenDmpStatus_accessGrantedToThatProfessionalOnly() {
    ActingIdentity gp = DmpClientLifecycleTest.doctor("899900022221");
    ActingIdentity colleague = DmpClientLifecycleTest.doctor("899900033335");
    assertThat(dmp.dmpStatus(gp, OPEN).authorization().isGranted()).isFalse();

    AccessAuthorization given = dmp.setAuthorization(gp, OPEN, AuthorizationAction.ADD);

    assertThat(given).isEqualTo(AccessAuthorization.VALID);
    assertThat(dmp.dmpStatus(gp, OPEN).isAccessible()).isTrue();
    assertThat(dmp.dmpStatus(colleague, OPEN).authorization().isGranted()).isFalse();
    assertThat(fake.hasAuthorization(OPEN.toCx(), "1750712184", "899900022221")).isTrue();

    assertThat(dmp.setAuthorization(gp, OPEN, AuthorizationAction.REMOVE).isGranted()).isFalse();
    assertThat(dmp.dmpStatus(gp, OPEN).authorization().isGranted()).isFalse();
  }

  @Test
  void setAuthorization_closedDmp_soapFaultKeptRaw() {
    assertThatThrownBy(() -> dmp.setAuthorization(DmpClientLifecycleTest.doctor("899900011117"),
        CLOSED, AuthorizationAction.ADD))
        .isInstanceOfSatisfying(DmpSoapFaultException.class,
            e -> assertThat(e.code().value()).isEqualTo("DMP-0102"));
  }

  @Test
  void dmpStatus_onTheWire_hl7v3QueryOnThePatientsServiceWithVihf() {
    fake.clearRequests();

    dmp.dmpStatus(DmpClientLifecycleTest.doctor("899900011117"), OPEN);

    RecordedRequest r = fake.requests().get(0);
    assertThat(r.path()).endsWith("/patients");
    assertThat(r.action()).isEqualTo(PatientsWire.ACTION_TD02);
    assertThat(r.verifiedVihf()).isPresent();
    String body = new String(r.envelope(), StandardCharsets.UTF_8);
    assertThat(body).contains("PRPA_IN201307UV02", "TEST_EXST", "1.2.250.1.213.1.1.4.11",
        "1.2.250.1.213.4.1.1.1", "extension=\"279035121518989\"");
  }

  @Test
  void submit_unsignedWhileTheDmpRequiresSignatures_refusedWithRegistryError() {
    DocumentContent c = DocumentContent.ofBytes(new byte[] {1, 2, 3});
    DocumentEntry e = DmpClientLifecycleTest.entry(OPEN, c).build();
    dmp.setAuthorization(DmpClientLifecycleTest.AUTHOR, OPEN, AuthorizationAction.ADD);

    assertThatThrownBy(() -> dmp.submit(DmpClientLifecycleTest.AUTHOR,
        DmpClientLifecycleTest.patient(OPEN, IdentityStatus.QUAL),
        DmpClientLifecycleTest.submission(OPEN, e, c)))
        .isInstanceOfSatisfying(DmpRegistryException.class,
            x -> assertThat(x.hasError("XDSRepositoryMetadataError")).isTrue());
    assertThat(fake.registeredCount(e.uniqueId().orElseThrow())).isZero();
  }
}
