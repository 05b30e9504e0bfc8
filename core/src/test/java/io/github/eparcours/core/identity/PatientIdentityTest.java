package io.github.eparcours.core.identity;

import static io.github.eparcours.core.identity.InsTest.assertCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PatientIdentityTest {

  static final Ins INS = Ins.parse("279035121518989", InsAuthority.NIR_TEST.oid());
  private static final ErrorCode DMP_CODE = ErrorCode.of("DMP-0001");

  static InsTraits traits() {
    return InsTraits.builder().birthName("PAT-TROIS").firstGivenName("DOMINIQUE")
        .givenNamesFromText("DOMINIQUE  MARIE-LOUISE").sex(Sex.F)
        .birthDate(PartialDate.parse("1979-03-28")).birthplace("51215").build();
  }

  @Test
  void qualified_mayCarryAndFeedDmp() {
    PatientIdentity p = PatientIdentity.builder().ins(INS).traits(traits())
        .status(IdentityStatus.QUAL).localId(LocalPatientId.of("IPP-42", "1.2.250.1.999.1"))
        .build();
    assertThat(p.requireQualifiedIns(DMP_CODE, "DMP document feed")).isEqualTo(INS);
    assertThat(p.insForExchange()).contains(INS);
    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
  }

  @Test
  void recovered_holdsInsButMayNotCarryIt() {
    PatientIdentity p = PatientIdentity.builder().ins(INS).traits(traits())
        .status(IdentityStatus.RECUP).build();
    assertThat(p.ins()).contains(INS);
    assertThat(p.insForExchange()).isEmpty();
    assertThatThrownBy(() -> p.requireQualifiedIns(DMP_CODE, "DMP document feed"))
        .isInstanceOf(EparcoursClientException.class)
        .satisfies(e -> assertThat(((EparcoursClientException) e).code()).isEqualTo(DMP_CODE))
        .hasMessageContaining("RECUP").hasMessageContaining("DMP document feed")
        .hasMessageNotContaining(INS.value()).hasMessageNotContaining("PAT-TROIS");
  }

  @ParameterizedTest
  @EnumSource(value = IdentityStatus.class, names = {"PROV", "VALI"})
  void statusWithoutIns_refusesAnIns(IdentityStatus status) {
    assertCode(() -> PatientIdentity.builder().ins(INS).traits(traits()).status(status).build(),
        IdentityErrorCodes.STATUS_INCONSISTENT);
    PatientIdentity p = PatientIdentity.builder().traits(traits()).status(status).build();
    assertThat(p.ins()).isEmpty();
    assertThatThrownBy(() -> p.requireQualifiedIns(DMP_CODE, "feed"))
        .isInstanceOf(EparcoursClientException.class);
  }

  @ParameterizedTest
  @EnumSource(value = IdentityStatus.class, names = {"RECUP", "QUAL"})
  void statusWithIns_requiresAnIns(IdentityStatus status) {
    assertCode(() -> PatientIdentity.builder().traits(traits()).status(status).build(),
        IdentityErrorCodes.STATUS_INCONSISTENT);
  }

  @Test
  void missingTraitsOrStatus_areRefused() {
    assertCode(() -> PatientIdentity.builder().status(IdentityStatus.PROV).build(),
        IdentityErrorCodes.TRAITS);
    assertCode(() -> PatientIdentity.builder().traits(traits()).build(),
        IdentityErrorCodes.STATUS_INCONSISTENT);
  }

  @Test
  void statusRules_onlyQualCarriesAndFeeds() {
    for (IdentityStatus s : IdentityStatus.values()) {
      assertThat(s.mayCarryIns()).isEqualTo(s == IdentityStatus.QUAL);
      assertThat(s.mayFeedDmp()).isEqualTo(s == IdentityStatus.QUAL);
      assertThat(IdentityStatus.fromCode(s.code())).isEqualTo(s);
    }
    assertThat(IdentityStatus.RECUP.hasRetrievedIns()).isTrue();
    assertThat(IdentityStatus.VALI.isDocumentVerified()).isTrue();
    assertThat(IdentityStatus.PROV.hasRetrievedIns() || IdentityStatus.PROV.isDocumentVerified())
        .isFalse();
    assertCode(() -> IdentityStatus.fromCode("DOUT"), IdentityErrorCodes.STATUS_CODE);
    assertCode(() -> IdentityStatus.fromCode("qual"), IdentityErrorCodes.STATUS_CODE);
  }

  @Test
  void traits_requiredAndOptional() {
    InsTraits t = traits();
    assertThat(t.givenNames()).containsExactly("DOMINIQUE", "MARIE-LOUISE");
    assertThat(t.isComplete()).isTrue();
    assertThat(t.isBornAbroad()).isFalse();
    InsTraits partial = InsTraits.builder().birthName("X").firstGivenName("Y").sex(Sex.U)
        .birthDate(PartialDate.ofYear(1950)).build();
    assertThat(partial.birthplace()).isEmpty();
    assertThat(partial.givenNames()).isEmpty();
    assertThat(partial.isComplete()).isFalse();
    assertCode(() -> t.toBuilder().birthName(" ").build(), IdentityErrorCodes.TRAITS);
    assertCode(() -> t.toBuilder().firstGivenName(null).build(), IdentityErrorCodes.TRAITS);
    assertCode(() -> t.toBuilder().sex(null).build(), IdentityErrorCodes.TRAITS);
    assertCode(() -> t.toBuilder().birthDate(null).build(), IdentityErrorCodes.TRAITS);
    assertCode(() -> t.toBuilder().givenNames(List.of("A", "")).build(), IdentityErrorCodes.TRAITS);
  }

  @Test
  void birthplace_cogForms() {
    assertThat(traits().toBuilder().birthplace("2A020").build().birthplace()).contains("2A020");
    assertThat(traits().toBuilder().birthplace("2b020").build().birthplace()).contains("2B020");
    InsTraits abroad = traits().toBuilder().birthplace("99134").build();
    assertThat(abroad.isBornAbroad()).isTrue();
    for (String bad : new String[] {"6322", "632200", "1A020", "2C020", "63 20", "A3220", "20A20"}) {
      assertCode(() -> traits().toBuilder().birthplace(bad).build(), IdentityErrorCodes.BIRTHPLACE);
    }
  }

  @Test
  void sex_codes() {
    assertThat(Sex.fromCode("F")).isEqualTo(Sex.F);
    assertThat(Sex.M.fhirCode()).isEqualTo("male");
    assertThat(Sex.U.code()).isEqualTo("U");
    assertCode(() -> Sex.fromCode("X"), IdentityErrorCodes.SEX_CODE);
    assertCode(() -> Sex.fromCode("f"), IdentityErrorCodes.SEX_CODE);
  }

  @Test
  void localId_cxAndChecks() {
    LocalPatientId id = LocalPatientId.of("IPP-42", "1.2.250.1.999.1");
    assertThat(id.toCx()).isEqualTo("IPP-42^^^&1.2.250.1.999.1&ISO^PI");
    assertThat(id.toString()).doesNotContain("IPP-42");
    assertCode(() -> LocalPatientId.of(" ", "1.2.3"), IdentityErrorCodes.LOCAL_ID);
    assertCode(() -> LocalPatientId.of("A^B", "1.2.3"), IdentityErrorCodes.LOCAL_ID);
    assertCode(() -> LocalPatientId.of("A", "1.02.3"), IdentityErrorCodes.LOCAL_ID);
    assertCode(() -> LocalPatientId.of("A", "not-an-oid"), IdentityErrorCodes.LOCAL_ID);
  }

  @Test
  void validateForExchange_qualifiedAndComplete_isEmpty() {
    PatientIdentity p = PatientIdentity.builder().ins(INS).traits(traits())
        .status(IdentityStatus.QUAL).build();
    assertThat(p.validateForExchange().issues()).isEmpty();
  }

  @Test
  void validateForExchange_notQualified_isError() {
    PatientIdentity p = PatientIdentity.builder().ins(INS).traits(traits())
        .status(IdentityStatus.RECUP).build();
    assertThat(p.validateForExchange().codes())
        .containsExactly(IdentityErrorCodes.INS_NOT_QUALIFIED.value());
    assertThat(p.validateForExchange().isValid()).isFalse();
  }

  @Test
  void validateForExchange_missingGivenNames_isError() {
    PatientIdentity p = PatientIdentity.builder().ins(INS)
        .traits(traits().toBuilder().givenNames(List.of()).build())
        .status(IdentityStatus.QUAL).build();
    assertThat(p.validateForExchange().codes())
        .containsExactly(IdentityErrorCodes.TRAITS.value());
  }

  @Test
  void validateForExchange_missingBirthplace_isError() {
    PatientIdentity p = PatientIdentity.builder().ins(INS)
        .traits(traits().toBuilder().birthplace(null).build())
        .status(IdentityStatus.QUAL).build();
    assertThat(p.validateForExchange().codes())
        .containsExactly(IdentityErrorCodes.BIRTHPLACE.value());
  }

  @Test
  void validateForExchange_firstGivenNameNotFirstOfList_isWarning() {
    PatientIdentity p = PatientIdentity.builder().ins(INS)
        .traits(traits().toBuilder().givenNames(List.of("MARIE-LOUISE", "DOMINIQUE")).build())
        .status(IdentityStatus.QUAL).build();
    assertThat(p.validateForExchange().codes())
        .containsExactly(IdentityErrorCodes.FIRST_GIVEN_NAME_NOT_FIRST.value());
    assertThat(p.validateForExchange().isValid()).isTrue();
    assertThat(p.validateForExchange().toString()).doesNotContain("DOMINIQUE", "MARIE");
  }

  @Test
  void toString_isRedacted() {
    PatientIdentity p = PatientIdentity.builder().ins(INS).traits(traits())
        .status(IdentityStatus.QUAL).localId(LocalPatientId.of("IPP-42", "1.2.250.1.999.1"))
        .build();
    assertThat(p.toString()).doesNotContain(INS.value(), "PAT-TROIS", "DOMINIQUE", "MARIE",
        "1979", "19790328", "51215", "IPP-42").contains("QUAL");
  }
}
