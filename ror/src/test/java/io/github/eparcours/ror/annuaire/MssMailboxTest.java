package io.github.eparcours.ror.annuaire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.ror.fhir.RorSystems;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class MssMailboxTest {

  private static ContactPoint mailbox(String address, String type, Boolean rouge) {
    ContactPoint cp = new ContactPoint().setSystem(ContactPoint.ContactPointSystem.EMAIL)
        .setValue(address);
    Extension meta = cp.addExtension().setUrl(RorSystems.EXT_MAILBOX_METADATA);
    if (type != null) {
      meta.addExtension("type", new CodeableConcept(new Coding(RorSystems.TYPE_BAL, type, null)));
    }
    if (rouge != null) {
      meta.addExtension("listeRouge", new BooleanType(rouge));
    }
    meta.addExtension("service", new StringType("Cardiologie"));
    return cp;
  }

  @Test
  void from_typedMailboxes_readsTypeListeRougeAndService() {
    List<MssMailbox> m = MssMailbox.from(List.of(mailbox("a@x.mssante.fr", "ORG", true),
        mailbox("b@x.mssante.fr", "PER", null)));
    assertThat(m).extracting(MssMailbox::type).containsExactly(MailboxType.ORG, MailboxType.PER);
    assertThat(m.get(0).listeRouge()).isTrue();
    assertThat(m.get(1).listeRouge()).isFalse();
    assertThat(m.get(0).service()).hasValue("Cardiologie");
    assertThat(m.get(0).toString()).doesNotContain("a@x");
  }

  @Test
  void of_unknownType_isUnknownToSdkWithRawCodeKept() {
    MssMailbox m = MssMailbox.of(mailbox("a@x.mssante.fr", "NEW", false)).orElseThrow();
    assertThat(m.type()).isEqualTo(MailboxType.UNKNOWN_TO_SDK_VERSION);
    assertThat(m.typeCode().orElseThrow().code()).isEqualTo("NEW");
  }

  @Test
  void of_plainEmailOrPhone_isNotAMailbox() {
    assertThat(MssMailbox.of(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.EMAIL)
        .setValue("someone@gmail.com"))).isEmpty();
    assertThat(MssMailbox.of(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE)
        .setValue("0299000000"))).isEmpty();
  }

  @Test
  void of_mssanteDomainWithoutMetadata_isAMailboxOfUnknownType() {
    MssMailbox m = MssMailbox.of(new ContactPoint().setValue("dr@medecin.mssante.fr"))
        .orElseThrow();
    assertThat(m.type()).isEqualTo(MailboxType.UNKNOWN_TO_SDK_VERSION);
    assertThat(m.typeCode()).isEmpty();
  }
}
