package io.github.eparcours.testkit.mss;

import io.github.eparcours.core.identity.IdentityStatus;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.InsAuthority;
import io.github.eparcours.core.identity.InsTraits;
import io.github.eparcours.core.identity.PartialDate;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.core.identity.Sex;
import io.github.eparcours.mss.xdm.XdmDocument;
import io.github.eparcours.mss.xdm.XdmPackage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Shared test data: a qualified test patient and a discharge-letter XDM. */
final class Fixtures {

  static final Ins INS = Ins.parse("279035121518989", InsAuthority.NIR_TEST.oid());
  static final String LOINC = "2.16.840.1.113883.6.1";

  private Fixtures() {}

  static PatientIdentity patient(IdentityStatus status) {
    InsTraits traits = InsTraits.builder().birthName("PAT-TROIS").firstGivenName("DOMINIQUE")
        .givenNamesFromText("DOMINIQUE").sex(Sex.F).birthDate(PartialDate.parse("1979-03-28"))
        .birthplace("51215").build();
    PatientIdentity.Builder b = PatientIdentity.builder().traits(traits).status(status);
    if (status == IdentityStatus.QUAL || status == IdentityStatus.RECUP) {
      b.ins(INS);
    }
    return b.build();
  }

  static XdmPackage dischargeLetter(int pdfBytes) {
    byte[] cda = ("<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><code code=\"11490-0\"/>"
        + "</ClinicalDocument>").getBytes(StandardCharsets.UTF_8);
    byte[] pdf = new byte[pdfBytes];
    new java.util.Random(42).nextBytes(pdf);
    return XdmPackage.builder()
        .addDocument(XdmDocument.cda("DOC0001.XML", cda, "11490-0", LOINC))
        .addDocument(XdmDocument.of("DOC0002.PDF", "application/pdf", pdf))
        .sourceId("1.2.250.1.999.2.1")
        .senderSoftware("Test LPS 1.0")
        .submissionTime(Instant.parse("2026-01-15T10:00:00Z"))
        .patient(patient(IdentityStatus.QUAL))
        .build();
  }
}
