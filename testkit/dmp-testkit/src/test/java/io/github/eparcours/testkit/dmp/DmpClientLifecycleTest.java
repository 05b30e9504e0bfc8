package io.github.eparcours.testkit.dmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.xds.Association;
import io.github.eparcours.core.document.xds.Author;
import io.github.eparcours.core.document.xds.AvailabilityStatus;
import io.github.eparcours.core.document.xds.Cx;
import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.document.xds.SubmissionSet;
import io.github.eparcours.core.document.xds.XdsConstants;
import io.github.eparcours.core.document.xds.XdsIds;
import io.github.eparcours.core.document.xds.XdsTime;
import io.github.eparcours.core.document.xds.Xcn;
import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.error.ValidationException;
import io.github.eparcours.core.http.JdkHttpTransport;
import io.github.eparcours.core.identity.IdNatPs;
import io.github.eparcours.core.identity.IdNatStruct;
import io.github.eparcours.core.identity.IdentityStatus;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.InsTraits;
import io.github.eparcours.core.identity.PartialDate;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.core.identity.Sex;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.AuthorizationAction;
import io.github.eparcours.dmp.DmpClient;
import io.github.eparcours.dmp.DmpRegistryException;
import io.github.eparcours.dmp.FindDocumentsQuery;
import io.github.eparcours.dmp.LpsIdentity;
import io.github.eparcours.dmp.RetrievedDocument;
import io.github.eparcours.dmp.RetrievedDocuments;
import io.github.eparcours.dmp.SubjectRole;
import io.github.eparcours.dmp.SubmitResult;
import io.github.eparcours.dmp.vihf.VihfIssuer;
import io.github.eparcours.dmp.xades.SubmissionSetSigner;
import io.github.eparcours.testkit.core.IssuedCredential;
import io.github.eparcours.testkit.core.TestPki;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DmpClientLifecycleTest {

  static final Ins INS = Ins.parse("279035121518989", "1.2.250.1.213.1.4.10");
  static TestDmp setUp;
  static TestPki pki;
  static FakeDmp fake;
  static DmpClient dmp;
  static IssuedCredential signing;

  @BeforeAll
  static void start() {
    setUp = TestDmp.start(b -> b.openDmp(INS.toCx()), true);
    pki = setUp.pki();
    fake = setUp.fake();
    dmp = setUp.client();
    signing = setUp.signing();
    // As a vendor does once the patient agreed: every acting professional is authorised.
    for (ActingIdentity who : List.of(AUTHOR, OTHER_DOCTOR, COLLEAGUE)) {
      dmp.setAuthorization(who, INS, AuthorizationAction.ADD);
    }
  }

  static VihfIssuer issuer(IssuedCredential c) {
    return VihfIssuer.builder().signingCredential(c.privateKey(), c.certificate())
        .lps(LpsIdentity.builder().name("TestLPS").version("1.0").homologationNumber("H-1")
            .build()).build();
  }

  @AfterAll
  static void stop() {
    setUp.close();
  }

  /** The test hospital: {@code 1} + FINESS 750712184. */
  static final IdNatStruct HOSPITAL = IdNatStruct.parse("1750712184");

  static ActingIdentity doctor(String idNatPs) {
    return ActingIdentity.professional(IdNatPs.parse(idNatPs), "Jean Kit")
        .role(SubjectRole.profession("10", "Médecin")).structure(HOSPITAL).sector("SA07")
        .build();
  }

  static final ActingIdentity AUTHOR = doctor("899900077985");
  static final ActingIdentity OTHER_DOCTOR = doctor("810000000009");
  static final ActingIdentity COLLEAGUE = doctor("899900044449");

  static PatientIdentity patient(Ins ins, IdentityStatus status) {
    return PatientIdentity.builder().ins(ins).status(status).traits(InsTraits.builder()
        .birthName("PAT-TROIS").firstGivenName("DOMINIQUE").givenNamesFromText("DOMINIQUE")
        .sex(Sex.F).birthDate(PartialDate.parse("1979-03-28")).birthplace("51215").build())
        .build();
  }

  private static final Author AUTHOR_PERSON = Author.builder().person(Xcn.of("899900077985",
      "Kit", "Jean", "1.2.250.1.71.4.2.1", Xcn.TYPE_IDNPS)).build();

  static DocumentEntry.Builder entry(Ins ins, DocumentContent content) {
    return DocumentEntry.builder().entryUuid(XdsIds.newEntryUuid()).uniqueId(XdsIds.newUniqueId())
        .patientId(Cx.parse(ins.toCx()))
        .classCode(Code.of("10", XdsConstants.CLASS_CODE_SYSTEM, "Compte rendu"))
        .typeCode(Code.of("11490-0", XdsConstants.LOINC, "Lettre de liaison"))
        .formatCode(Code.of(XdsConstants.FORMAT_XDS_SD_PDF, XdsConstants.FORMAT_CODE_SYSTEM))
        .addConfidentialityCode(Code.of("N", XdsConstants.CONFIDENTIALITY_SYSTEM))
        .healthcareFacilityTypeCode(Code.of("SA07", XdsConstants.FACILITY_TYPE_SYSTEM))
        .practiceSettingCode(Code.of("AMBULATOIRE", XdsConstants.PRACTICE_SETTING_SYSTEM))
        .creationTime(XdsTime.of(Instant.parse("2025-01-02T10:00:00Z"))).languageCode("fr-FR")
        .mimeType("text/xml").title("Lettre de liaison").sourcePatientId(Cx.parse(ins.toCx()))
        .addAuthor(AUTHOR_PERSON).hashAndSize(content);
  }

  static SubmissionRequest submission(Ins ins, DocumentEntry e, DocumentContent content,
      Association... extra) {
    SubmissionSet ss = SubmissionSet.builder().entryUuid(XdsIds.newEntryUuid())
        .uniqueId(XdsIds.newUniqueId()).sourceId("1.2.250.1.999.2").patientId(Cx.parse(ins.toCx()))
        .submissionTime(XdsTime.of(Instant.now())).title("Lot")
        .contentTypeCode(Code.of("04", XdsConstants.CONTENT_TYPE_SYSTEM, "Hospitalisation de jour"))
        .addAuthor(AUTHOR_PERSON).build();
    SubmissionRequest.Builder b = SubmissionRequest.builder().submissionSet(ss)
        .addDocument(e, content).addAssociation(Association.hasMember(ss.entryUuid(), e.entryUuid()));
    for (Association a : extra) {
      b.addAssociation(a);
    }
    return b.build();
  }

  static DocumentEntry feedOne(byte[] bytes) {
    DocumentContent content = DocumentContent.ofBytes(bytes);
    DocumentEntry e = entry(INS, content).build();
    SubmitResult r = dmp.submit(AUTHOR, patient(INS, IdentityStatus.QUAL),
        submission(INS, e, content));
    assertThat(r.status()).endsWith(":Success");
    return e;
  }

  static DocumentEntry current(String uniqueId) {
    return dmp.getDocumentsByUniqueId(AUTHOR, INS, List.of(uniqueId)).get(0);
  }

  @Test
  void lifecycle_feedFindRetrieveReplaceArchiveDelete_overMutualTls() throws Exception {
    byte[] v1Bytes = "<ClinicalDocument>v1</ClinicalDocument>".getBytes(StandardCharsets.UTF_8);
    DocumentEntry v1 = feedOne(v1Bytes);
    String uid1 = v1.uniqueId().orElseThrow();
    RecordedRequest feed = fake.requests().get(fake.requests().size() - 1);
    assertThat(feed.attachmentSizes()).as("the document and its XAdES signature").hasSize(2);
    assertThat(new String(feed.envelope(), StandardCharsets.UTF_8))
        .contains("urn:ihe:iti:2007:AssociationType:signs");

    List<DocumentEntry> found = dmp.findDocuments(AUTHOR, FindDocumentsQuery.forPatient(INS)
        .typeCode(Code.of("11490-0", XdsConstants.LOINC)).build());
    assertThat(found).extracting(d -> d.uniqueId().orElse("")).contains(uid1);
    DocumentEntry stored = current(uid1);
    assertThat(stored.repositoryUniqueId()).isPresent();

    try (RetrievedDocuments docs = dmp.retrieve(AUTHOR, INS, List.of(stored))) {
      RetrievedDocument d = docs.next().orElseThrow();
      assertThat(d.uniqueId()).isEqualTo(uid1);
      assertThat(d.content().readAllBytes()).isEqualTo(v1Bytes);
      assertThat(docs.next()).isEmpty();
    }

    DocumentContent v2Content = DocumentContent.ofBytes("<ClinicalDocument>v2</ClinicalDocument>"
        .getBytes(StandardCharsets.UTF_8));
    DocumentEntry v2 = entry(INS, v2Content).build();
    dmp.submit(AUTHOR, patient(INS, IdentityStatus.QUAL), submission(INS, v2, v2Content,
        Association.replace(v2.entryUuid(), stored.entryUuid())));
    assertThat(fake.statusOf(uid1)).isEqualTo("urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated");
    String uid2 = v2.uniqueId().orElseThrow();

    dmp.archive(AUTHOR, INS, current(uid2));
    assertThat(fake.statusOf(uid2)).isEqualTo(AvailabilityStatus.DMP_ARCHIVED.value());
    dmp.unarchive(AUTHOR, INS, current(uid2));
    assertThat(fake.statusOf(uid2)).isEqualTo(AvailabilityStatus.APPROVED.value());

    DocumentEntry latest = current(uid2);
    assertThatThrownBy(() -> dmp.delete(OTHER_DOCTOR, INS, latest))
        .isInstanceOfSatisfying(DmpRegistryException.class,
            e -> assertThat(e.hasError("XDSMetadataUpdateError")).isTrue());
    dmp.delete(AUTHOR, INS, latest);
    assertThat(fake.statusOf(uid2)).isEqualTo(AvailabilityStatus.DMP_DELETED.value());
    assertThat(dmp.getDocumentsByUniqueId(AUTHOR, INS, List.of(uid2))).isEmpty();
  }

  @Test
  void submit_identityNotQualified_refusedBeforeSendingWithDmp0201() {
    DocumentContent c = DocumentContent.ofBytes(new byte[] {1});
    DocumentEntry e = entry(INS, c).build();
    int before = fake.requests().size();

    PatientIdentity validatedOnly = patient(INS, IdentityStatus.QUAL).toBuilder().ins(null)
        .status(IdentityStatus.VALI).build();

    assertThatThrownBy(() -> dmp.submit(AUTHOR, validatedOnly, submission(INS, e, c)))
        .isInstanceOfSatisfying(EparcoursException.class,
            x -> assertThat(x.code().value()).isEqualTo("DMP-0201"));
    assertThat(fake.requests()).hasSize(before);
  }

  @Test
  void submit_productionInsInTestEnvironment_refusedWithDmp0202() {
    Ins prod = Ins.parse("279035121518989", "1.2.250.1.213.1.4.8");
    DocumentContent c = DocumentContent.ofBytes(new byte[] {1});

    assertThatThrownBy(() -> dmp.submit(AUTHOR, patient(prod, IdentityStatus.QUAL),
        submission(prod, entry(prod, c).build(), c)))
        .isInstanceOfSatisfying(EparcoursException.class,
            x -> assertThat(x.code().value()).isEqualTo("DMP-0202"));
  }

  private static DocumentEntry approved(ActingIdentity who, String uniqueId) {
    return dmp.getDocumentsByUniqueId(who, INS, List.of(uniqueId)).stream()
        .filter(d -> d.availabilityStatus().orElseThrow().equals(AvailabilityStatus.APPROVED))
        .findFirst().orElse(null);
  }

  @Test
  void maskToProfessionals_thenUnmask_newVersionsHiddenFromOtherProfessionalsThenVisible() {
    String uid = feedOne("<ClinicalDocument>m</ClinicalDocument>"
        .getBytes(StandardCharsets.UTF_8)).uniqueId().orElseThrow();
    ActingIdentity colleague = COLLEAGUE;
    DocumentEntry v1 = approved(AUTHOR, uid);
    assertThat(v1.logicalId()).contains(v1.entryUuid());
    assertThat(v1.version()).contains("1");

    dmp.maskToProfessionals(AUTHOR, INS, v1, true);

    DocumentEntry v2 = approved(AUTHOR, uid);
    assertThat(v2.entryUuid()).isNotEqualTo(v1.entryUuid());
    assertThat(v2.logicalId()).isEqualTo(v1.logicalId());
    assertThat(v2.version()).contains("2");
    assertThat(v2.confidentialityCodes()).extracting(Code::code).containsExactly("N",
        "MASQUE_PS");
    assertThat(approved(colleague, uid)).isNull();

    dmp.maskToProfessionals(AUTHOR, INS, v2, false);

    DocumentEntry v3 = approved(colleague, uid);
    assertThat(v3).isNotNull();
    assertThat(v3.version()).contains("3");
    assertThat(v3.confidentialityCodes()).extracting(Code::code).containsExactly("N");
  }

  @Test
  void hideFromPatientAndLegalRepresentatives_codesAddedInOneVersionEach() {
    String uid = feedOne("<ClinicalDocument>p</ClinicalDocument>"
        .getBytes(StandardCharsets.UTF_8)).uniqueId().orElseThrow();

    dmp.hideFromPatient(AUTHOR, INS, approved(AUTHOR, uid), true);
    dmp.hideFromLegalRepresentatives(AUTHOR, INS, approved(AUTHOR, uid), true);

    DocumentEntry v3 = approved(AUTHOR, uid);
    assertThat(v3.version()).contains("3");
    assertThat(v3.confidentialityCodes()).extracting(Code::code)
        .containsExactly("N", "INVISIBLE_PATIENT", "INVISIBLE_REP_LEGAUX");
  }

  @Test
  void updateConfidentiality_staleVersion_refusedWithMetadataVersionError() {
    String uid = feedOne("<ClinicalDocument>s</ClinicalDocument>"
        .getBytes(StandardCharsets.UTF_8)).uniqueId().orElseThrow();
    DocumentEntry v1 = approved(AUTHOR, uid);
    dmp.maskToProfessionals(AUTHOR, INS, v1, true);

    assertThatThrownBy(() -> dmp.maskToProfessionals(AUTHOR, INS, v1, false))
        .isInstanceOfSatisfying(DmpRegistryException.class,
            x -> assertThat(x.hasError("XDSMetadataVersionError")).isTrue());
  }

  @Test
  void submit_documentTamperedAfterSigning_refusedWithSignatureRegistryError() {
    DocumentContent original = DocumentContent.ofBytes("<ClinicalDocument/>"
        .getBytes(StandardCharsets.UTF_8));
    DocumentEntry e = entry(INS, original).build();
    SubmissionRequest signed = SubmissionSetSigner.of(signing.privateKey(),
        signing.certificate()).sign(submission(INS, e, original));
    DocumentContent tampered = DocumentContent.ofBytes("<ClinicalDocument>x</ClinicalDocument>"
        .getBytes(StandardCharsets.UTF_8));
    SubmissionRequest.Builder b = SubmissionRequest.builder()
        .submissionSet(signed.submissionSet());
    for (DocumentEntry d : signed.documentEntries()) {
      // The entry's hash and size follow the tampered content: only the signature can tell.
      b.addDocument(d.entryUuid().equals(e.entryUuid())
          ? d.toBuilder().hashAndSize(tampered).build() : d,
          d.entryUuid().equals(e.entryUuid()) ? tampered
              : signed.content(d.entryUuid()).orElseThrow());
    }
    signed.associations().forEach(b::addAssociation);
    DmpClient unsignedSender = dmp.toBuilder().submissionSigner(null).build();

    assertThatThrownBy(() -> unsignedSender.submit(AUTHOR, patient(INS, IdentityStatus.QUAL),
        b.build()))
        .isInstanceOfSatisfying(DmpRegistryException.class, x -> {
          assertThat(x.hasError("XDSRepositoryMetadataError")).isTrue();
          assertThat(x.registryErrors().get(0).codeContext()).startsWith("DMP-0403");
        });
    assertThat(fake.registeredCount(e.uniqueId().orElseThrow())).isZero();
  }

  @Test
  void submit_missingClassCode_refusedWithReportNamingTheRule() {
    DocumentContent c = DocumentContent.ofBytes(new byte[] {1});
    DocumentEntry e = entry(INS, c).classCode(null).build();
    int before = fake.requests().size();

    assertThatThrownBy(() -> dmp.submit(AUTHOR, patient(INS, IdentityStatus.QUAL),
        submission(INS, e, c)))
        .isInstanceOfSatisfying(ValidationException.class, x -> {
          assertThat(x.code().value()).isEqualTo("DMP-0203");
          assertThat(x.report().codes()).containsExactly("XDS-0010");
          assertThat(x.report().errors().get(0).path()).endsWith(".classCode");
        });
    assertThat(fake.requests()).as("nothing sent").hasSize(before);
  }

  @Test
  void submit_replyLostAfterRegistration_confirmedByQueryNotSentTwice() {
    fake.enqueueFault(FakeDmpFault.connectionReset().afterProcessing());

    DocumentContent c = DocumentContent.ofBytes(new byte[] {7, 7});
    DocumentEntry e = entry(INS, c).build();
    SubmitResult r = dmp.submit(AUTHOR, patient(INS, IdentityStatus.QUAL), submission(INS, e, c));

    assertThat(r.confirmedByQuery()).isTrue();
    assertThat(r.attempts()).isEqualTo(1);
    assertThat(fake.registeredCount(e.uniqueId().orElseThrow())).isEqualTo(1);
  }

  @Test
  void submit_failureBeforeRegistration_checkedThenSentAgainOnce() {
    fake.enqueueFault(FakeDmpFault.httpStatus(503));

    DocumentContent c = DocumentContent.ofBytes(new byte[] {8});
    DocumentEntry e = entry(INS, c).build();
    SubmitResult r = dmp.submit(AUTHOR, patient(INS, IdentityStatus.QUAL), submission(INS, e, c));

    assertThat(r.confirmedByQuery()).isFalse();
    assertThat(r.attempts()).isEqualTo(2);
    assertThat(fake.registeredCount(e.uniqueId().orElseThrow())).isEqualTo(1);
  }

  @Test
  void submit_registryError_thrownTyped() {
    fake.enqueueFault(FakeDmpFault.registryError("XDSRegistryBusy", "busy"));
    DocumentContent c = DocumentContent.ofBytes(new byte[] {9});

    assertThatThrownBy(() -> dmp.submit(AUTHOR, patient(INS, IdentityStatus.QUAL),
        submission(INS, entry(INS, c).build(), c)))
        .isInstanceOfSatisfying(DmpRegistryException.class, x -> {
          assertThat(x.registryErrors()).extracting(er -> er.errorCode())
              .containsExactly("XDSRegistryBusy");
          assertThat(x.isRetryable()).isTrue();
          assertThat(x.rawPayload()).isPresent();
        });
  }

  @Test
  void find_hostileOrMalformedReply_refusedWithDmp0101() {
    fake.enqueueFault(FakeDmpFault.malformedReply());

    assertThatThrownBy(() -> dmp.findDocuments(AUTHOR, FindDocumentsQuery.forPatient(INS).build()))
        .isInstanceOfSatisfying(EparcoursException.class,
            x -> assertThat(x.code().value()).isEqualTo("DMP-0101"));
  }

  @Test
  void find_soapFault_mappedToTypedExceptionWithRawFault() {
    fake.enqueueFault(FakeDmpFault.soapFault(false, "requête refusée"));

    assertThatThrownBy(() -> dmp.findDocuments(AUTHOR, FindDocumentsQuery.forPatient(INS).build()))
        .isInstanceOfSatisfying(io.github.eparcours.dmp.DmpSoapFaultException.class, x -> {
          assertThat(x.code().value()).isEqualTo("DMP-0102");
          assertThat(x.fault().code()).isEqualTo("env:Sender");
          assertThat(x.fault().reason()).isEqualTo("requête refusée");
          assertThat(x.rawPayload().orElseThrow()).contains("Fault");
          assertThat(x.getMessage()).doesNotContain("requête");
        });
  }

  @Test
  void call_expiredClientCertificate_failsWithTransportError() {
    try (HttpTransport expired = JdkHttpTransport.builder()
        .sslContext(pki.clientSslContext(pki.expiredClientCertificate("HOPITAL EXPIRED")))
        .build()) {
      DmpClient c = dmp.toBuilder().transport(expired).build();

      assertThatThrownBy(() -> c.findDocuments(AUTHOR, FindDocumentsQuery.forPatient(INS).build()))
          .isInstanceOfSatisfying(EparcoursException.class,
              x -> assertThat(x.code().value()).startsWith("CORE-03"));
    }
  }

  @Test
  void call_expiredSigningCertificate_refusedWithDmp0003() {
    IssuedCredential old = pki.issue(TestPki.signingSpec("OLD SIGN").validity(
        Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1))).build());
    DmpClient c = dmp.toBuilder().vihfIssuer(issuer(old)).build();

    assertThatThrownBy(() -> c.findDocuments(AUTHOR, FindDocumentsQuery.forPatient(INS).build()))
        .isInstanceOfSatisfying(EparcoursException.class,
            x -> assertThat(x.code().value()).isEqualTo("DMP-0003"));
  }
}
