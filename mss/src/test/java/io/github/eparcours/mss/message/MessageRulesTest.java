package io.github.eparcours.mss.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.ErrorCode;
import io.github.eparcours.core.identity.IdentityStatus;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.InsAuthority;
import io.github.eparcours.core.identity.InsTraits;
import io.github.eparcours.core.identity.PartialDate;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.core.identity.Sex;
import io.github.eparcours.mss.MssErrors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class MessageRulesTest {

  private static PatientIdentity patient(String ins, IdentityStatus status) {
    InsTraits traits = InsTraits.builder().birthName("PAT-TROIS").firstGivenName("DOMINIQUE")
        .givenNamesFromText("DOMINIQUE").sex(Sex.F).birthDate(PartialDate.parse("1979-03-28"))
        .birthplace("51215").build();
    PatientIdentity.Builder b = PatientIdentity.builder().traits(traits).status(status);
    if (ins != null) {
      b.ins(Ins.parse(ins, InsAuthority.NIR_TEST));
    }
    return b.build();
  }

  private static void assertCode(ThrowingCallable call, ErrorCode code) {
    assertThatThrownBy(call).isInstanceOfSatisfying(EparcoursClientException.class,
        e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void patient_qualifiedIdentity_givesInsAddressRedactedInToString() {
    MssAddress a = MssAddress.patient(patient("279035121518989", IdentityStatus.QUAL));
    assertThat(a.address()).isEqualTo("279035121518989@patient.mssante.fr");
    assertThat(a.isPatient()).isTrue();
    assertThat(a.toString()).doesNotContain("279035121518989");
  }

  @Test
  void patient_unqualifiedIdentity_throwsNeedsQualifiedIns() {
    assertCode(() -> MssAddress.patient(patient("279035121518989", IdentityStatus.RECUP)),
        MssErrors.PATIENT_ADDRESS_NEEDS_QUALIFIED_INS);
    assertCode(() -> MssAddress.patient(patient(null, IdentityStatus.PROV)),
        MssErrors.PATIENT_ADDRESS_NEEDS_QUALIFIED_INS);
  }

  @Test
  void of_patientAddressAsText_throwsNeedsQualifiedIns() {
    assertCode(() -> MssAddress.of("279035121518989@patient.mssante.fr"),
        MssErrors.PATIENT_ADDRESS_NEEDS_QUALIFIED_INS);
  }

  @Test
  void of_malformed_throwsInvalidAddress() {
    assertCode(() -> MssAddress.of("no-at-sign"), MssErrors.INVALID_ADDRESS);
    assertCode(() -> MssAddress.of("a@b@c"), MssErrors.INVALID_ADDRESS);
    assertCode(() -> MssAddress.of(" "), MssErrors.INVALID_ADDRESS);
    assertThat(MssAddress.of("Jean@Medecin.MSSante.fr").domain()).isEqualTo("medecin.mssante.fr");
    assertThat(MssAddress.of("jean@medecin.mssante.fr").isMssanteDomain()).isTrue();
  }

  @Test
  void build_noRecipient_throwsInvalidMessage() {
    assertCode(() -> MssMessage.builder().subject("x").build(), MssErrors.INVALID_MESSAGE);
  }

  @Test
  void build_twoPatients_throwsInvalidMessage() {
    MssAddress p1 = MssAddress.patient(patient("279035121518989", IdentityStatus.QUAL));
    MssAddress p2 = MssAddress.patient(patient("1800375123456" + Ins.computeKey("1800375123456"), IdentityStatus.QUAL));
    assertCode(() -> MssMessage.builder().to(p1).cc(p2).build(), MssErrors.INVALID_MESSAGE);
  }

  @Test
  void build_replyForbiddenWithoutPatient_throwsInvalidMessage() {
    assertCode(() -> MssMessage.builder().to(MssAddress.of("a@b.mssante.fr"))
        .forbidPatientReply().build(), MssErrors.INVALID_MESSAGE);
  }

  @Test
  void build_subjectWithLineBreak_throwsInvalidMessage() {
    assertCode(() -> MssMessage.builder().to(MssAddress.of("a@b.mssante.fr"))
        .subject("x\r\nBcc: evil@x").build(), MssErrors.INVALID_MESSAGE);
  }

  @Test
  void messageId_malformed_throwsInvalidMessage() {
    assertCode(() -> MssMessage.builder().messageId("no-brackets@x"), MssErrors.INVALID_MESSAGE);
    assertThat(MssMessage.builder().to(MssAddress.of("a@b.mssante.fr")).messageId("<a@b>")
        .build().messageId()).contains("<a@b>");
  }

  @Test
  void attachment_pathInName_throwsInvalidMessage() {
    assertCode(() -> Attachment.of("../x.pdf", "application/pdf", new byte[1]),
        MssErrors.INVALID_MESSAGE);
  }
}
