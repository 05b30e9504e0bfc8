package io.github.eparcours.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.core.Environment;
import io.github.eparcours.core.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The README's "Quick start: core identities" snippet, kept compiling and true. */
class QuickStartTest {

  private static final Logger log = LoggerFactory.getLogger(QuickStartTest.class);

  @Test
  void readmeSnippet_compilesAndRendersAsDocumented() {
    Ins ins = Ins.parse("279035121518989", InsAuthority.NIR_TEST.oid(), Environment.TEST);
    InsTraits traits = InsTraits.builder()
        .birthName("PAT-TROIS").firstGivenName("DOMINIQUE")
        .givenNamesFromText("DOMINIQUE MARIE-LOUISE")
        .sex(Sex.F).birthDate(PartialDate.parse("1979-03-28")).birthplace("51215")
        .build();
    PatientIdentity patient = PatientIdentity.builder()
        .ins(ins).traits(traits).status(IdentityStatus.QUAL).build();

    Ins qualified = patient.requireQualifiedIns(ErrorCode.of("DMP-0101"), "DMP document feed");
    String cx = qualified.toCx();                         // 279035121518989^^^&1.2.250.1.213.1.4.10&ISO^NH
    String mailbox = qualified.mssantePatientAddress();   // 279035121518989@patient.mssante.fr
    log.debug("feeding {}", patient);                     // PatientIdentity[status=QUAL, ins=Ins[NIR_TEST 27*************], ...]

    IdNatPs author = Rpps.parse("99900077985").toIdNatPs();               // 899900077985
    IdNatStruct site = Finess.parse("750712184", FinessKind.EJ).toIdNatStruct(); // 1750712184

    assertThat(cx).isEqualTo("279035121518989^^^&1.2.250.1.213.1.4.10&ISO^NH");
    assertThat(mailbox).isEqualTo("279035121518989@patient.mssante.fr");
    assertThat(patient.toString()).contains("Ins[NIR_TEST 27*************]");
    assertThat(author.value()).isEqualTo("899900077985");
    assertThat(site.value()).isEqualTo("1750712184");
    assertThat(patient.validateForExchange().isValid()).isTrue();
  }
}
