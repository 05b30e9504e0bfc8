package io.github.eparcours.core.document.cda;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.xds.Author;
import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.document.xds.SubmissionSet;
import io.github.eparcours.core.document.xds.XdsConstants;
import io.github.eparcours.core.document.xds.XdsIds;
import io.github.eparcours.core.document.xds.XdsMetadataValidator;
import io.github.eparcours.core.document.xds.XdsTime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CdaToDocumentEntryTest {

  @Test
  void fromCda_ourN1Header_givesValidDmpMetadata() {
    CdaHeader header = CdaFixtures.header().build();
    ByteArrayOutputStream cda = new ByteArrayOutputStream();
    CdaWriter.writeN1(header, new ByteArrayInputStream(new byte[] {1, 2, 3}), cda);
    DocumentContent content = DocumentContent.ofBytes(cda.toByteArray());

    DocumentEntry entry = DocumentEntry.fromCda(header).hashAndSize(content).build();
    SubmissionSet set = SubmissionSet.builder().uniqueId(XdsIds.newUniqueId())
        .sourceId("1.2.250.1.999.1.1").patientId(entry.patientId().orElseThrow())
        .submissionTime(XdsTime.of(Instant.parse("2024-03-12T09:20:00Z")))
        .contentTypeCode(Code.of("04", XdsConstants.CONTENT_TYPE_SYSTEM))
        .addAuthor(entry.authors().get(0)).build();
    SubmissionRequest request = SubmissionRequest.builder().submissionSet(set)
        .addDocument(entry, content).build();

    assertThat(XdsMetadataValidator.of(XdsMetadataValidator.Profile.FRENCH_DMP,
        XdsMetadataValidator.Direction.OUTBOUND).validate(request).issues()).isEmpty();
    assertThat(entry.uniqueId()).contains("1.2.250.1.999.1.1.7.42");
    assertThat(entry.patientId().orElseThrow().value()).isEqualTo(CdaFixtures.ins().toCx());
    assertThat(entry.sourcePatientId().orElseThrow().value())
        .isEqualTo("IPP-001^^^&1.2.250.1.999.1.1.1&ISO^PI");
    assertThat(entry.sourcePatientInfo())
        .containsExactly("PID-5|DUPONT^MARIE^^^^^L", "PID-7|19790312", "PID-8|F");
    assertThat(entry.classCode().orElseThrow().code()).isEqualTo("10");
    assertThat(entry.typeCode().orElseThrow().code()).isEqualTo("11490-0");
    assertThat(entry.formatCode().orElseThrow().code()).isEqualTo(XdsConstants.FORMAT_XDS_SD_PDF);
    assertThat(entry.creationTime()).contains(new XdsTime("20240312091500"));
    assertThat(entry.serviceStartTime()).contains(new XdsTime("20240310"));
    assertThat(entry.serviceStopTime()).contains(new XdsTime("20240312071500"));
    assertThat(entry.healthcareFacilityTypeCode().orElseThrow().code()).isEqualTo("SA01");
    assertThat(entry.practiceSettingCode().orElseThrow().code()).isEqualTo("ETABLISSEMENT");
    Author author = entry.authors().get(0);
    assertThat(author.person().orElseThrow().value())
        .isEqualTo("899900077985^MEDECIN^Paul^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS");
    assertThat(author.institutions().get(0).value())
        .isEqualTo("Clinique du Parc^^^^^&1.2.250.1.71.4.2.2&ISO^IDNST^^^10B0123456");
    assertThat(entry.hash().orElseThrow()).hasSize(40);
    assertThat(entry.size()).contains((long) cda.size());
  }

  @Test
  void fromCda_overridesAndExtraSlots_keptOnTopOfTheMapping() {
    DocumentEntry entry = DocumentEntry.fromCda(CdaFixtures.header().build())
        .title("Titre remplacé")
        .addConfidentialityCode(Code.of("MASQUE_PS", XdsConstants.DMP_CONFIDENTIALITY_SYSTEM))
        .extraSlot("urn:example:vendor:ref", List.of("A-1"))
        .build();

    assertThat(entry.title()).contains("Titre remplacé");
    assertThat(entry.confidentialityCodes()).extracting(Code::code)
        .containsExactly("N", "MASQUE_PS");
    assertThat(entry.extraSlots()).containsEntry("urn:example:vendor:ref", List.of("A-1"));
  }

  @Test
  void fromCda_foreignDocument_mapsReplacementAndPracticeSetting() throws Exception {
    CdaHeader header;
    try (InputStream in = getClass().getResourceAsStream("foreign-cr-imagerie-n1.xml")) {
      header = CdaReader.read(in).header();
    }

    DocumentEntry entry = DocumentEntry.fromCda(header).build();

    assertThat(entry.uniqueId()).contains("1.2.250.1.213.1.1.9^CR-IMG-2024-000123-V2");
    assertThat(entry.practiceSettingCode().orElseThrow().code()).isEqualTo("LIBERAL");
    assertThat(entry.eventCodes()).extracting(Code::code).containsExactly("ZZQN001");
    assertThat(entry.sourcePatientId().orElseThrow().identifierTypeCode()).isEqualTo("PI");
    assertThat(entry.authors()).hasSize(2);
    assertThat(entry.authors().get(0).roles()).containsExactly(
        "ATTPHYS^Médecin responsable^2.16.840.1.113883.5.88");
  }
}
