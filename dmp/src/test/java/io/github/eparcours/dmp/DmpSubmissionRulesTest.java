package io.github.eparcours.dmp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.xds.Association;
import io.github.eparcours.core.document.xds.Author;
import io.github.eparcours.core.document.xds.Cx;
import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.document.xds.SubmissionSet;
import io.github.eparcours.core.document.xds.XdsConstants;
import io.github.eparcours.core.document.xds.XdsIds;
import io.github.eparcours.core.document.xds.XdsMetadataValidator;
import io.github.eparcours.core.document.xds.XdsTime;
import io.github.eparcours.core.document.xds.Xcn;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.validation.ValidationReport;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class DmpSubmissionRulesTest {

  private static final Ins INS = Ins.parse("279035121518989", "1.2.250.1.213.1.4.10");
  private static final Ins OTHER = Ins.parse("297022A020778" + "78", "1.2.250.1.213.1.4.10");
  private static final DocumentContent CONTENT = DocumentContent.ofBytes(new byte[] {1, 2});

  private static DocumentEntry.Builder entry() {
    return DocumentEntry.builder().entryUuid(XdsIds.newEntryUuid()).uniqueId(XdsIds.newUniqueId())
        .patientId(Cx.parse(INS.toCx()))
        .classCode(Code.of("10", XdsConstants.CLASS_CODE_SYSTEM))
        .typeCode(Code.of("11490-0", XdsConstants.LOINC))
        .formatCode(Code.of(XdsConstants.FORMAT_XDS_SD_PDF, XdsConstants.FORMAT_CODE_SYSTEM))
        .addConfidentialityCode(Code.of("N", XdsConstants.CONFIDENTIALITY_SYSTEM))
        .healthcareFacilityTypeCode(Code.of("SA07", XdsConstants.FACILITY_TYPE_SYSTEM))
        .practiceSettingCode(Code.of("AMBULATOIRE", XdsConstants.PRACTICE_SETTING_SYSTEM))
        .creationTime(XdsTime.of(Instant.parse("2025-01-01T00:00:00Z"))).title("CR")
        .languageCode("fr-FR").mimeType("application/pdf").sourcePatientId(Cx.parse(INS.toCx()))
        .hashAndSize(CONTENT)
        .addAuthor(Author.builder().person(Xcn.of("899900077985", "Kit", "Jean",
            "1.2.250.1.71.4.2.1", Xcn.TYPE_IDNPS)).build());
  }

  private static SubmissionSet.Builder set() {
    return SubmissionSet.builder().entryUuid(XdsIds.newEntryUuid()).uniqueId(XdsIds.newUniqueId())
        .sourceId("1.2.3").patientId(Cx.parse(INS.toCx()))
        .submissionTime(XdsTime.of(Instant.parse("2025-01-01T00:00:01Z")))
        .contentTypeCode(Code.of("04", XdsConstants.CONTENT_TYPE_SYSTEM))
        .addAuthor(Author.builder().person(Xcn.of("899900077985", "Kit", "Jean",
            "1.2.250.1.71.4.2.1", Xcn.TYPE_IDNPS)).build());
  }

  private static ValidationReport check(UnaryOperator<DocumentEntry.Builder> e,
      UnaryOperator<SubmissionSet.Builder> s, boolean withContent) {
    DocumentEntry de = e.apply(entry()).build();
    SubmissionSet ss = s.apply(set()).build();
    SubmissionRequest.Builder b = SubmissionRequest.builder().submissionSet(ss)
        .addAssociation(Association.hasMember(ss.entryUuid(), de.entryUuid()));
    if (withContent) {
      b.addDocument(de, CONTENT);
    } else {
      b.addDocumentEntry(de);
    }
    return DmpSubmissionRules.INSTANCE.check(b.build(), INS);
  }

  @Test
  void check_completeSubmission_valid() {
    assertThat(check(e -> e, s -> s, true).isValid()).isTrue();
  }

  @Test
  void check_entryForAnotherPatient_dmp0301() {
    // The set and the entry then differ too: the core XDS-0009 reports that, DMP-0301 the INS.
    assertThat(check(e -> e.patientId(Cx.parse(OTHER.toCx())), s -> s, true).codes())
        .containsExactlyInAnyOrder(DmpErrors.RULE_PATIENT_ID,
            XdsMetadataValidator.PATIENT_ID_MISMATCH);
  }

  @Test
  void check_setAndEntriesForAnotherPatient_dmp0301Only() {
    ValidationReport r = check(e -> e.patientId(Cx.parse(OTHER.toCx())),
        s -> s.patientId(Cx.parse(OTHER.toCx())), true);

    assertThat(r.codes()).containsOnly(DmpErrors.RULE_PATIENT_ID);
    assertThat(r.errors()).hasSize(2);
  }

  @Test
  void check_entryWithoutContent_dmp0304() {
    assertThat(check(e -> e, s -> s, false).codes()).containsExactly(DmpErrors.RULE_CONTENT);
  }

  @Test
  void check_entryWithoutUniqueId_coreRuleXds0007() {
    assertThat(check(e -> e.uniqueId(null), s -> s, true).codes())
        .containsExactly(XdsMetadataValidator.DE_UNIQUE_ID);
  }

  @Test
  void check_entryWithoutTitle_coreRuleXds0023() {
    ValidationReport r = check(e -> e.title(null), s -> s, true);

    assertThat(r.codes()).containsExactly(XdsMetadataValidator.DE_TITLE);
    assertThat(r.errors().get(0).path()).isEqualTo("documentEntries[0].title");
  }

  @Test
  void check_setWithoutSourceId_coreRuleXds0002() {
    assertThat(check(e -> e, s -> s.sourceId(null), true).codes())
        .containsExactly(XdsMetadataValidator.SS_SOURCE_ID);
  }

  @Test
  void check_entryWithoutHash_coreRuleXds0022() {
    assertThat(check(e -> e.hash(null).size(null), s -> s, true).codes())
        .containsExactly(XdsMetadataValidator.HASH_MISSING);
  }
}
