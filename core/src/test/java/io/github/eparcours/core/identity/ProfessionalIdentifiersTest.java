package io.github.eparcours.core.identity;

import static io.github.eparcours.core.identity.InsTest.assertCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfessionalIdentifiersTest {

  private static final String ANS_TEST_RPPS = "99900077985";

  // ------------------------------------------------------------------------------------ RPPS

  @Test
  void rpps_ansTestProfessional_isValidAndMapsToIdNatPs() {
    Rpps rpps = Rpps.parse(ANS_TEST_RPPS);
    assertThat(rpps.value()).isEqualTo(ANS_TEST_RPPS);
    assertThat(rpps.toIdNatPs().value()).isEqualTo("899900077985");
    assertThat(rpps.toIdNatPs().oid()).isEqualTo("1.2.250.1.71.4.2.1");
    assertThat(rpps.toString()).contains(ANS_TEST_RPPS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"9990007798", "999000779850", "9990007798A", "999 0007798", ""})
  void rpps_notElevenDigits_isRefusedWithFormatRule(String value) {
    assertCode(() -> Rpps.parse(value), IdentityErrorCodes.RPPS_FORMAT);
  }

  @Test
  void rpps_wrongLuhn_isRefusedWithKeyRule() {
    assertCode(() -> Rpps.parse("99900077986"), IdentityErrorCodes.RPPS_KEY);
    assertThatThrownBy(() -> Rpps.parse("99900077986")).hasMessageContaining("Luhn")
        .hasMessageNotContaining("99900077986");
  }

  @Test
  void luhn_generatedNumbers_roundTripAndSingleDigitChangesAreCaught() {
    Random random = new Random(42);
    for (int n = 0; n < 1_000; n++) {
      String body = randomDigits(random, 10);
      String rpps = body + luhnDigit(body);
      assertThat(Rpps.parse(rpps).value()).isEqualTo(rpps);
      int position = random.nextInt(11);
      char other = (char) ('0' + (rpps.charAt(position) - '0' + 1 + random.nextInt(9)) % 10);
      String changed = rpps.substring(0, position) + other + rpps.substring(position + 1);
      assertCode(() -> Rpps.parse(changed), IdentityErrorCodes.RPPS_KEY);
    }
  }

  // ----------------------------------------------------------------------------------- ADELI

  @Test
  void adeli_formsAndRefusals() {
    assertThat(Adeli.parse("751234567").toIdNatPs().value()).isEqualTo("0751234567");
    assertThat(Adeli.parse("2A1234567").value()).isEqualTo("2A1234567");
    for (String bad : new String[] {"75123456", "7512345678", "75123456X", "1A1234567", ""}) {
      assertCode(() -> Adeli.parse(bad), IdentityErrorCodes.ADELI_FORMAT);
    }
  }

  // --------------------------------------------------------------------------------- IdNat_PS

  @Test
  void idNatPs_rppsAndAdeliRoundTrip() {
    IdNatPs ps = IdNatPs.parse("899900077985");
    assertThat(ps.type()).isEqualTo(IdNatPs.Type.RPPS);
    assertThat(ps.rpps()).contains(Rpps.parse(ANS_TEST_RPPS));
    assertThat(ps.adeli()).isEmpty();
    assertThat(ps).isEqualTo(IdNatPs.ofRpps(Rpps.parse(ANS_TEST_RPPS)));
    IdNatPs adeli = IdNatPs.parse("0751234567");
    assertThat(adeli.type()).isEqualTo(IdNatPs.Type.ADELI);
    assertThat(adeli.adeli()).contains(Adeli.parse("751234567"));
    assertThat(IdNatPs.OID).isEqualTo("1.2.250.1.71.4.2.1");
  }

  @Test
  void idNatPs_internalForms() {
    assertThat(IdNatPs.parse("3750712184/MED-042").type()).isEqualTo(IdNatPs.Type.FINESS_INTERNAL);
    assertThat(IdNatPs.parse("4443061841/u17").type()).isEqualTo(IdNatPs.Type.SIREN_INTERNAL);
    assertThat(IdNatPs.parse("544306184100047/u17").type())
        .isEqualTo(IdNatPs.Type.SIRET_INTERNAL);
    assertThat(IdNatPs.parse("1CAB123/x").type()).isEqualTo(IdNatPs.Type.ADELI_PRACTICE_INTERNAL);
    assertThat(IdNatPs.parse("6100001234/x").type()).isEqualTo(IdNatPs.Type.RPPS_PRACTICE_INTERNAL);
  }

  @Test
  void idNatPs_unknownPrefix_isRefusedWithPrefixRule() {
    assertCode(() -> IdNatPs.parse("99900077985"), IdentityErrorCodes.IDNAT_PS_PREFIX);
    assertCode(() -> IdNatPs.parse("2750712184/x"), IdentityErrorCodes.IDNAT_PS_PREFIX);
    assertCode(() -> IdNatPs.parse(""), IdentityErrorCodes.IDNAT_PS_PREFIX);
  }

  @Test
  void idNatPs_badBody_isRefusedWithTheUnderlyingRule() {
    assertCode(() -> IdNatPs.parse("899900077986"), IdentityErrorCodes.RPPS_KEY);
    assertCode(() -> IdNatPs.parse("89990007798"), IdentityErrorCodes.RPPS_FORMAT);
    assertCode(() -> IdNatPs.parse("07512345"), IdentityErrorCodes.ADELI_FORMAT);
    assertCode(() -> IdNatPs.parse("3750712185/x"), IdentityErrorCodes.FINESS_KEY);
    assertCode(() -> IdNatPs.parse("4443061842/x"), IdentityErrorCodes.SIREN_KEY);
  }

  @Test
  void idNatPs_badInternalForm_isRefusedWithFormatRule() {
    assertCode(() -> IdNatPs.parse("3750712184"), IdentityErrorCodes.IDNAT_PS_FORMAT);
    assertCode(() -> IdNatPs.parse("3750712184/"), IdentityErrorCodes.IDNAT_PS_FORMAT);
    assertCode(() -> IdNatPs.parse("3750712184/a b"), IdentityErrorCodes.IDNAT_PS_FORMAT);
    assertCode(() -> IdNatPs.parse("3750712184/a^b"), IdentityErrorCodes.IDNAT_PS_FORMAT);
    assertCode(() -> IdNatPs.parse("1/x"), IdentityErrorCodes.IDNAT_PS_FORMAT);
    assertCode(() -> IdNatPs.parse("3750712184/" + "x".repeat(65)),
        IdentityErrorCodes.IDNAT_PS_FORMAT);
  }

  // ---------------------------------------------------------------------------------- FINESS

  @Test
  void finess_realNumbers_passLuhn_andKindIsUnknownUnlessTold() {
    Finess aphp = Finess.parse("750712184");
    assertThat(aphp.kind()).isEmpty();
    assertThat(aphp.isKeyVerified()).isTrue();
    assertThat(Finess.parse("330781196", FinessKind.EJ).kind()).contains(FinessKind.EJ);
    assertThat(aphp.withKind(FinessKind.EJ)).isEqualTo(aphp);
    assertThat(aphp.toIdNatStruct().value()).isEqualTo("1750712184");
    assertThat(Finess.validate("750712184").issues()).isEmpty();
  }

  @Test
  void finess_corsican_isAcceptedWithoutKeyCheckAndWarned() {
    Finess corsican = Finess.parse("2A0000013");
    assertThat(corsican.isKeyVerified()).isFalse();
    assertThat(Finess.validate("2A0000013").isValid()).isTrue();
    assertThat(Finess.validate("2A0000013").codes())
        .containsExactly(IdentityErrorCodes.FINESS_KEY_NOT_VERIFIED.value());
  }

  @Test
  void finess_refusals() {
    assertCode(() -> Finess.parse("75071218"), IdentityErrorCodes.FINESS_FORMAT);
    assertCode(() -> Finess.parse("2C0000013"), IdentityErrorCodes.FINESS_FORMAT);
    assertCode(() -> Finess.parse("7507121A4"), IdentityErrorCodes.FINESS_FORMAT);
    assertCode(() -> Finess.parse("750712185"), IdentityErrorCodes.FINESS_KEY);
    assertThat(Finess.validate("750712185").codes())
        .containsExactly(IdentityErrorCodes.FINESS_KEY.value());
  }

  // ----------------------------------------------------------------------------- SIREN/SIRET

  @Test
  void siren_validAndRefused() {
    assertThat(Siren.parse("443061841").toIdNatStruct().value()).isEqualTo("2443061841");
    assertCode(() -> Siren.parse("44306184"), IdentityErrorCodes.SIREN_FORMAT);
    assertCode(() -> Siren.parse("443061842"), IdentityErrorCodes.SIREN_KEY);
  }

  @Test
  void siret_validLaPosteAndRefused() {
    Siret siret = Siret.parse("44306184100047");
    assertThat(siret.siren()).isEqualTo(Siren.parse("443061841"));
    assertThat(siret.nic()).isEqualTo("00047");
    assertThat(siret.toIdNatStruct().value()).isEqualTo("344306184100047");
    // La Poste: not Luhn-valid, but its digit sum is a multiple of 5.
    assertThat(Siret.parse("35600000049837").value()).isEqualTo("35600000049837");
    assertCode(() -> Siret.parse("35600000049838"), IdentityErrorCodes.SIRET_KEY);
    // The La Poste exception does not apply to another SIREN.
    assertCode(() -> Siret.parse("44306184100049"), IdentityErrorCodes.SIRET_KEY);
    assertCode(() -> Siret.parse("4430618410004"), IdentityErrorCodes.SIRET_FORMAT);
    assertCode(() -> Siret.parse("4430618410004X"), IdentityErrorCodes.SIRET_FORMAT);
  }

  // ---------------------------------------------------------------------------- IdNat_Struct

  @Test
  void idNatStruct_formsRoundTrip() {
    assertThat(IdNatStruct.parse("1750712184").finess()).contains(Finess.parse("750712184"));
    assertThat(IdNatStruct.parse("2443061841").siren()).contains(Siren.parse("443061841"));
    assertThat(IdNatStruct.parse("344306184100047").siret())
        .contains(Siret.parse("44306184100047"));
    assertThat(IdNatStruct.parse("41000012345601").type())
        .isEqualTo(IdNatStruct.Type.RPPS_PRACTICE);
    assertThat(IdNatStruct.parse("0751CAB42").type()).isEqualTo(IdNatStruct.Type.ADELI_PRACTICE);
    assertThat(IdNatStruct.parse("1750712184"))
        .isEqualTo(IdNatStruct.ofFiness(Finess.parse("750712184")));
    assertThat(IdNatStruct.parse("1750712184").siren()).isEmpty();
    assertThat(IdNatStruct.OID).isEqualTo("1.2.250.1.71.4.2.2");
  }

  @Test
  void idNatStruct_refusals() {
    assertCode(() -> IdNatStruct.parse("750712184"), IdentityErrorCodes.IDNAT_STRUCT_PREFIX);
    assertCode(() -> IdNatStruct.parse("9750712184"), IdentityErrorCodes.IDNAT_STRUCT_PREFIX);
    assertCode(() -> IdNatStruct.parse(""), IdentityErrorCodes.IDNAT_STRUCT_PREFIX);
    assertCode(() -> IdNatStruct.parse("1750712185"), IdentityErrorCodes.FINESS_KEY);
    assertCode(() -> IdNatStruct.parse("2443061842"), IdentityErrorCodes.SIREN_KEY);
    assertCode(() -> IdNatStruct.parse("344306184100049"), IdentityErrorCodes.SIRET_KEY);
    assertCode(() -> IdNatStruct.parse("4"), IdentityErrorCodes.IDNAT_STRUCT_FORMAT);
    assertCode(() -> IdNatStruct.parse("41000A"), IdentityErrorCodes.IDNAT_STRUCT_FORMAT);
    assertCode(() -> IdNatStruct.parse("0ab/c"), IdentityErrorCodes.IDNAT_STRUCT_FORMAT);
  }

  private static String randomDigits(Random random, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(random.nextInt(10));
    }
    return sb.toString();
  }

  private static char luhnDigit(String body) {
    for (char d = '0'; d <= '9'; d++) {
      if (Checks.luhn(body + d)) {
        return d;
      }
    }
    throw new AssertionError("no Luhn digit");
  }
}
