package io.github.eparcours.testkit.dmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.identity.IdNatStruct;
import io.github.eparcours.core.identity.IdentityStatus;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.dmp.AccessMode;
import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.AuthorizationAction;
import io.github.eparcours.dmp.DmpAccessDeniedException;
import io.github.eparcours.dmp.DmpClient;
import io.github.eparcours.dmp.FindDocumentsQuery;
import io.github.eparcours.dmp.RetrievedDocuments;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fake refuses, like the DMP, every operation of an actor without access authorisation to
 * the patient's DMP, and the client maps the refusal to {@link DmpAccessDeniedException}. Each
 * test breaks one access rule.
 */
class DmpAccessAuthorizationTest {

  private static final Ins INS = DmpClientLifecycleTest.INS;
  private static final ActingIdentity AUTHOR = DmpClientLifecycleTest.AUTHOR;
  private static TestDmp setUp;
  private static FakeDmp fake;
  private static DmpClient dmp;
  private static DocumentEntry fed;

  @BeforeAll
  static void start() {
    setUp = TestDmp.start(b -> b.openDmp(INS.toCx()), false);
    fake = setUp.fake();
    dmp = setUp.client();
    dmp.setAuthorization(AUTHOR, INS, AuthorizationAction.ADD);
    fed = feed(AUTHOR);
  }

  @AfterAll
  static void stop() {
    setUp.close();
  }

  private static DocumentEntry feed(ActingIdentity who) {
    DocumentContent c = DocumentContent.ofBytes("<ClinicalDocument>a</ClinicalDocument>"
        .getBytes(StandardCharsets.UTF_8));
    DocumentEntry e = DmpClientLifecycleTest.entry(INS, c).build();
    dmp.submit(who, DmpClientLifecycleTest.patient(INS, IdentityStatus.QUAL),
        DmpClientLifecycleTest.submission(INS, e, c));
    return dmp.getDocumentsByUniqueId(who, INS, List.of(e.uniqueId().orElseThrow())).get(0);
  }

  private static void assertRefused(ThrowingCallable call, String operation,
      Consumer<DmpAccessDeniedException> more) {
    assertThatThrownBy(call).isInstanceOfSatisfying(DmpAccessDeniedException.class, x -> {
      assertThat(x.code().value()).isEqualTo("DMP-0210");
      assertThat(x.operation()).isEqualTo(operation);
      assertThat(x.hasError(FakeDmp.ACCESS_DENIED)).isTrue();
      assertThat(x.isRetryable()).isFalse();
      assertThat(x.getMessage()).contains("setAuthorization")
          .doesNotContain(INS.value()).doesNotContain(INS.matricule());
      more.accept(x);
    });
  }

  private static void assertRefused(ThrowingCallable call, String operation) {
    assertRefused(call, operation, x -> assertThat(x.emergencyAccess()).isFalse());
  }

  @Test
  void submit_professionalWithoutAuthorization_refusedWithDmp0210NothingRegistered() {
    ActingIdentity stranger = DmpClientLifecycleTest.doctor("899900055551");
    DocumentContent c = DocumentContent.ofBytes(new byte[] {1});
    DocumentEntry e = DmpClientLifecycleTest.entry(INS, c).build();

    assertRefused(() -> dmp.submit(stranger, DmpClientLifecycleTest.patient(INS,
        IdentityStatus.QUAL), DmpClientLifecycleTest.submission(INS, e, c)), "ITI-41");
    assertThat(fake.registeredCount(e.uniqueId().orElseThrow())).isZero();
  }

  @Test
  void findDocuments_professionalWithoutAuthorization_refusedWithDmp0210() {
    ActingIdentity stranger = DmpClientLifecycleTest.doctor("899900055551");

    assertRefused(() -> dmp.findDocuments(stranger, FindDocumentsQuery.forPatient(INS).build()),
        "ITI-18");
    assertRefused(() -> dmp.getDocumentsByUniqueId(stranger, INS,
        List.of(fed.uniqueId().orElseThrow())), "ITI-18");
  }

  @Test
  void retrieve_professionalWithoutAuthorization_refusedWithDmp0210() {
    ActingIdentity stranger = DmpClientLifecycleTest.doctor("899900055551");

    assertRefused(() -> dmp.retrieve(stranger, INS, List.of(fed)).close(), "ITI-43");
  }

  @Test
  void update_professionalWithoutAuthorization_refusedWithDmp0210EntryUnchanged() {
    ActingIdentity stranger = DmpClientLifecycleTest.doctor("899900055551");

    assertRefused(() -> dmp.archive(stranger, INS, fed), "ITI-57");
    assertRefused(() -> dmp.maskToProfessionals(stranger, INS, fed, true), "ITI-57");
    assertThat(fake.statusOf(fed.uniqueId().orElseThrow()))
        .isEqualTo("urn:oasis:names:tc:ebxml-regrep:StatusType:Approved");
  }

  @Test
  void delete_authorOfTheDocumentWhoseAuthorizationWasRemoved_refusedWithDmp0210() {
    ActingIdentity author = DmpClientLifecycleTest.doctor("899900066665");
    dmp.setAuthorization(author, INS, AuthorizationAction.ADD);
    DocumentEntry own = feed(author);

    dmp.setAuthorization(author, INS, AuthorizationAction.REMOVE);

    assertRefused(() -> dmp.delete(author, INS, own), "ITI-57");
    assertThat(fake.registeredCount(own.uniqueId().orElseThrow())).isEqualTo(1);
  }

  @Test
  void find_professionalAuthorizedInAnotherStructure_refusedWithDmp0210() {
    ActingIdentity atHospital = DmpClientLifecycleTest.doctor("899900077779");
    dmp.setAuthorization(atHospital, INS, AuthorizationAction.ADD);
    ActingIdentity sameDoctorAtClinic = atHospital.toBuilder()
        .structure(IdNatStruct.parse("1330781196")).build();

    assertThat(dmp.findDocuments(atHospital, FindDocumentsQuery.forPatient(INS).build()))
        .isNotEmpty();
    assertRefused(() -> dmp.findDocuments(sameDoctorAtClinic,
        FindDocumentsQuery.forPatient(INS).build()), "ITI-18");
  }

  @Test
  void submit_automatonWithoutAuthorization_refused_thenAuthorized_fed() {
    ActingIdentity automaton = ActingIdentity.automaton("Serveur de résultats, v2, laboratoire")
        .structure(DmpClientLifecycleTest.HOSPITAL).sector("SA07").build();

    assertRefused(() -> feed(automaton), "ITI-41");

    dmp.setAuthorization(automaton, INS, AuthorizationAction.ADD);
    DocumentEntry e = feed(automaton);

    assertThat(fake.registeredCount(e.uniqueId().orElseThrow())).isEqualTo(1);
    assertThat(fake.hasAuthorization(INS.toCx(), "1750712184", "1750712184")).isTrue();
  }

  @Test
  void findAndRetrieve_emergencyAccessWithoutAuthorization_allowed() throws Exception {
    ActingIdentity emergency = DmpClientLifecycleTest.doctor("899900088883").toBuilder()
        .accessMode(AccessMode.EMERGENCY).build();
    ActingIdentity regulation = emergency.toBuilder()
        .accessMode(AccessMode.MEDICAL_REGULATION).build();

    assertThat(dmp.findDocuments(emergency, FindDocumentsQuery.forPatient(INS).build()))
        .extracting(d -> d.uniqueId().orElse("")).contains(fed.uniqueId().orElseThrow());
    try (RetrievedDocuments docs = dmp.retrieve(regulation, INS, List.of(fed))) {
      assertThat(docs.next()).isPresent();
    }
  }

  @Test
  void submit_emergencyAccessWithoutAuthorization_refusedWithDmp0210AsEmergency() {
    ActingIdentity emergency = DmpClientLifecycleTest.doctor("899900088883").toBuilder()
        .accessMode(AccessMode.EMERGENCY).build();

    assertRefused(() -> feed(emergency), "ITI-41", x -> {
      assertThat(x.emergencyAccess()).isTrue();
      assertThat(x.getMessage()).contains("bris_de_glace");
    });
  }

  @Test
  void find_emergencyAccessOpposedByThePatient_refusedWithDmp0210() {
    Ins opposing = Ins.parse("285037511223359", "1.2.250.1.213.1.4.10");
    fake.openDmp(opposing.toCx());
    fake.opposeEmergencyAccess(opposing.toCx(), true);
    ActingIdentity emergency = DmpClientLifecycleTest.doctor("899900088883").toBuilder()
        .accessMode(AccessMode.EMERGENCY).build();

    assertRefused(() -> dmp.findDocuments(emergency,
        FindDocumentsQuery.forPatient(opposing).build()), "ITI-18",
        x -> assertThat(x.emergencyAccess()).isTrue());

    fake.opposeEmergencyAccess(opposing.toCx(), false);
    assertThat(dmp.findDocuments(emergency, FindDocumentsQuery.forPatient(opposing).build()))
        .isEmpty();
  }
}
