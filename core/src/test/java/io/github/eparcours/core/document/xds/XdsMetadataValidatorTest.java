package io.github.eparcours.core.document.xds;

import static io.github.eparcours.core.document.xds.XdsMetadataValidator.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.DocumentErrors;
import io.github.eparcours.core.error.ValidationException;
import io.github.eparcours.core.validation.Severity;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every XDS metadata rule, broken exactly once. */
class XdsMetadataValidatorTest {

  private static final XdsMetadataValidator DMP_OUT =
      XdsMetadataValidator.of(Profile.FRENCH_DMP, Direction.OUTBOUND);
  private static final Xon INSTITUTION = Xon.of("Cabinet", "10B0123456", "1.2.250.1.71.4.2.2",
      Xon.TYPE_IDNST);

  @Test
  void validate_validDmpSubmission_noIssue() {
    assertThat(DMP_OUT.validate(XdsFixtures.request(3)).issues()).isEmpty();
  }

  private static Arguments entryRule(String code, UnaryOperator<DocumentEntry.Builder> breaker) {
    Supplier<SubmissionRequest> request =
        () -> XdsFixtures.request(breaker.apply(XdsFixtures.entry()).build());
    return Arguments.of(code, request);
  }

  private static Arguments setRule(String code, UnaryOperator<SubmissionSet.Builder> breaker) {
    Supplier<SubmissionRequest> request = () -> XdsFixtures.request(
        breaker.apply(XdsFixtures.set()).build(), XdsFixtures.entry().build());
    return Arguments.of(code, request);
  }

  private static Arguments requestRule(String code, Supplier<SubmissionRequest> request) {
    return Arguments.of(code, request);
  }

  static Stream<Arguments> rules() {
    Cx notIns = Cx.of("123", "1.2.250.1.999", Cx.TYPE_PATIENT_INTERNAL);
    return Stream.of(
        setRule(SS_UNIQUE_ID, b -> b.uniqueId("abc")),
        setRule(SS_SOURCE_ID, b -> b.sourceId(null)),
        setRule(SS_SUBMISSION_TIME, b -> b.submissionTime(null)),
        setRule(SS_PATIENT_ID, b -> b.patientId(null)),
        setRule(SS_CONTENT_TYPE, b -> b.contentTypeCode(null)),
        setRule(SS_AUTHOR, b -> b.authors(List.of())),
        entryRule(DE_UNIQUE_ID, b -> b.uniqueId("1.2.03")),
        entryRule(DE_PATIENT_ID, b -> b.patientId(null)),
        entryRule(PATIENT_ID_MISMATCH, b -> b.patientId(
            Cx.of("184076322019560", XdsFixtures.INS_OID, Cx.TYPE_NATIONAL))),
        entryRule(DE_CLASS_CODE, b -> b.classCode(null)),
        entryRule(DE_TYPE_CODE, b -> b.typeCode(null)),
        entryRule(DE_FORMAT_CODE, b -> b.formatCode(null)),
        entryRule(DE_CONFIDENTIALITY_CODE, b -> b.confidentialityCodes(List.of())),
        entryRule(DE_FACILITY_TYPE, b -> b.healthcareFacilityTypeCode(null)),
        entryRule(DE_PRACTICE_SETTING, b -> b.practiceSettingCode(null)),
        entryRule(DE_CREATION_TIME, b -> b.creationTime(null)),
        entryRule(DE_LANGUAGE, b -> b.languageCode(null)),
        entryRule(DE_MIME_TYPE, b -> b.mimeType("xml")),
        entryRule(DE_SOURCE_PATIENT_ID, b -> b.sourcePatientId(null)),
        entryRule(TIME_FORMAT, b -> b.creationTime(null)
            .extraSlot("creationTime", List.of("2024-03-12"))),
        entryRule(HASH_FORMAT, b -> b.hash("not-a-sha1")),
        entryRule(HASH_MISSING, b -> b.hash(null)),
        entryRule(DE_TITLE, b -> b.title(null)),
        entryRule(DE_AUTHOR, b -> b.authors(List.of())),
        entryRule(AUTHOR_PERSON, b -> b.authors(List.of(Author.builder()
            .person(Xcn.parse("^MEDECIN^Paul")).addInstitution(INSTITUTION).build()))),
        entryRule(AUTHOR_INSTITUTION, b -> b.authors(List.of(XdsFixtures.author().toBuilder()
            .addInstitution(Xon.parse("Cabinet sans identifiant")).build()))),
        entryRule(CODE_SYSTEM, b -> b.typeCode(Code.of("11490-0",
            XdsConstants.DE_TYPE_CODE))),
        entryRule(CONFIDENTIALITY_VALUE, b -> b.confidentialityCodes(List.of(
            Code.of("X", XdsConstants.CONFIDENTIALITY_SYSTEM)))),
        requestRule(PATIENT_ID_NOT_INS, () -> XdsFixtures.request(
            XdsFixtures.set().patientId(notIns).build(),
            XdsFixtures.entry().patientId(notIns).build())),
        requestRule(ASSOCIATION_TARGET, () -> {
          DocumentEntry e = XdsFixtures.entry().build();
          return SubmissionRequest.builder().submissionSet(XdsFixtures.set().build())
              .addDocument(e, DocumentContent.ofBytes(new byte[1]))
              .addAssociation(Association.replace(e.entryUuid(), "Document-unknown")).build();
        }),
        requestRule(SUBMISSION_SET_STATUS, () -> {
          DocumentEntry e = XdsFixtures.entry().build();
          SubmissionSet s = XdsFixtures.set().build();
          return SubmissionRequest.builder().submissionSet(s).addDocumentEntry(e)
              .addAssociation(Association.builder().type(AssociationType.HAS_MEMBER)
                  .sourceUuid(s.entryUuid()).targetUuid(e.entryUuid()).build()).build();
        }),
        requestRule(NOT_MEMBER, () -> SubmissionRequest.builder()
            .submissionSet(XdsFixtures.set().build())
            .addDocumentEntry(XdsFixtures.entry().build()).build()),
        requestRule(DUPLICATE_ID, () -> SubmissionRequest.builder()
            .submissionSet(XdsFixtures.set().build())
            .addDocument(XdsFixtures.entry().build(), DocumentContent.ofBytes(new byte[1]))
            .addDocument(XdsFixtures.entry().build(), DocumentContent.ofBytes(new byte[1]))
            .build()),
        entryRule(UNKNOWN_STATUS, b -> b.availabilityStatus(
            AvailabilityStatus.of("urn:example:StatusType:Frozen"))),
        requestRule(UNKNOWN_ASSOCIATION, () -> {
          DocumentEntry e = XdsFixtures.entry().build();
          SubmissionSet s = XdsFixtures.set().build();
          return SubmissionRequest.builder().submissionSet(s)
              .addDocument(e, DocumentContent.ofBytes(new byte[1]))
              .addAssociation(Association.builder().type(AssociationType.of("urn:example:Link"))
                  .sourceUuid(e.entryUuid()).targetUuid(s.entryUuid()).build()).build();
        }),
        entryRule(EXTRA_SLOT_NAME, b -> b.extraSlot("vendorBatch", List.of("7"))),
        entryRule(LEGAL_AUTHENTICATOR, b -> b.legalAuthenticator(Xcn.parse("^MEDECIN^Paul"))),
        entryRule(SERVICE_TIMES, b -> b.serviceStartTime(new XdsTime("20240313"))),
        requestRule(STATUS_UPDATE, () -> {
          SubmissionSet s = XdsFixtures.set().build();
          return SubmissionRequest.builder().submissionSet(s)
              .addDocument(XdsFixtures.entry().build(), DocumentContent.ofBytes(new byte[1]))
              .addAssociation(Association.builder()
                  .type(AssociationType.UPDATE_AVAILABILITY_STATUS).sourceUuid(s.entryUuid())
                  .targetUuid("urn:uuid:11111111-2222-4333-8444-555555555555")
                  .newStatus(AvailabilityStatus.DMP_DELETED).build()).build();
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void validate_ruleBroken_reportsExactlyItsCode(String code,
      Supplier<SubmissionRequest> request) {
    assertThat(DMP_OUT.validate(request.get()).codes()).containsExactly(code);
  }

  @Test
  void validate_inbound_downgradesNonStructuralRulesToWarnings() {
    SubmissionRequest r = XdsFixtures.request(XdsFixtures.entry().title(null).hash(null)
        .build());

    var report = XdsMetadataValidator.of(Profile.FRENCH_DMP, Direction.INBOUND).validate(r);

    assertThat(report.codes()).containsExactly(DE_TITLE);
    assertThat(report.issues()).allMatch(i -> i.severity() == Severity.WARNING);
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void validate_inbound_keepsStructuralRulesAsErrors() {
    SubmissionRequest r = XdsFixtures.request(XdsFixtures.entry().uniqueId(null).build());

    var report = XdsMetadataValidator.of(Profile.FRENCH_DMP, Direction.INBOUND).validate(r);

    assertThat(report.codes()).containsExactly(DE_UNIQUE_ID);
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void validate_genericProfile_ignoresDmpOnlyRules() {
    Cx other = Cx.of("P-1", "1.2.3.4", "PI");
    SubmissionRequest r = XdsFixtures.request(
        XdsFixtures.set().patientId(other).contentTypeCode(null).authors(List.of()).build(),
        XdsFixtures.entry().patientId(other).title(null).hash(null).authors(List.of())
            .confidentialityCodes(List.of(Code.of("X", "1.2.3"))).build());

    assertThat(XdsMetadataValidator.of(Profile.GENERIC_XDS_B, Direction.OUTBOUND).validate(r)
        .issues()).isEmpty();
  }

  @Test
  void requireValid_broken_throwsWithReport() {
    SubmissionRequest r = XdsFixtures.request(XdsFixtures.entry().typeCode(null).build());

    assertThatThrownBy(() -> DMP_OUT.requireValid(r))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.code()).isEqualTo(DocumentErrors.XDS_INVALID);
          assertThat(e.report().codes()).containsExactly(DE_TYPE_CODE);
        });
  }

  @Test
  void validate_documentEntryAlone_checksEntryRules() {
    assertThat(DMP_OUT.validate(XdsFixtures.entry().languageCode(null).build()).codes())
        .containsExactly(DE_LANGUAGE);
  }
}
