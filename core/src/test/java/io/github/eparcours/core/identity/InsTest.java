package io.github.eparcours.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.Environment;
import io.github.eparcours.core.error.ErrorCode;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class InsTest {

  private static final String NIR = InsAuthority.NIR.oid();
  private static final String NIA = InsAuthority.NIA.oid();
  private static final String NIR_TEST = InsAuthority.NIR_TEST.oid();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "297022A020778, 78", // INSi test person, Corsica 2A
      "160012B020777, 13", // INSi test person, Corsica 2B
      "2360663220836, 56",
      "2790351215189, 89", // CI-SIS example patient
      "2070585756270, 97", // remainder 0: key 97 is legal
      "2840519321025, 52",
      "2840518321025, 79",
      "2550814168025, 38",
      "1090763220834, 89", // historical matricules (INSHISTO) of an INSi test person
      "2090663220123, 55",
      "2090763220834, 39",
  })
  void computeKeyAndParse_referenceVectors_match(String matricule, String key) {
    assertThat(Ins.computeKey(matricule)).isEqualTo(key);
    Ins ins = Ins.parse(matricule + key, NIR);
    assertThat(ins.matricule()).isEqualTo(matricule);
    assertThat(ins.key()).isEqualTo(key);
    assertThat(ins.value()).isEqualTo(matricule + key);
    assertThat(ins.authority()).isEqualTo(InsAuthority.NIR);
  }

  @Test
  void parse_corsicanLettersOnlyInDepartmentPositions_pitfallOfWholeStringReplace() {
    // A whole-string replace of 2B would turn 2B34567890123 into 1834567890123 and accept key 78.
    assertCode(() -> Ins.parse("2B3456789012378", NIR), IdentityErrorCodes.INS_CORSICA_POSITION);
    assertCode(() -> Ins.computeKey("2B34567890123"), IdentityErrorCodes.INS_CORSICA_POSITION);
  }

  @Test
  void parse_corsicaKeyUsesReplacementNotLetters() {
    // 2A read as 19: the key of the same digits with "19" is the key of the 2A form.
    assertThat(Ins.computeKey("2970219020778".substring(0, 13)))
        .isEqualTo(Ins.computeKey("297022A020778"))
        .isNotEqualTo(Ins.computeKey("297022B020778"));
  }

  @Test
  void parse_lowerCaseCorsica_isNormalised() {
    Ins ins = Ins.parse("297022a02077878", NIR);
    assertThat(ins.value()).isEqualTo("297022A02077878");
    assertThat(ins).isEqualTo(Ins.parse("297022A02077878", NIR));
  }

  @Test
  void parse_wrongLength_isRefusedWithLengthRule() {
    assertCode(() -> Ins.parse("27903512151898", NIR), IdentityErrorCodes.INS_LENGTH);
    assertCode(() -> Ins.parse("2790351215189890", NIR), IdentityErrorCodes.INS_LENGTH);
    assertCode(() -> Ins.parse("", NIR), IdentityErrorCodes.INS_LENGTH);
    assertCode(() -> Ins.of("279035121518", "989", InsAuthority.NIR), IdentityErrorCodes.INS_LENGTH);
  }

  @Test
  void parse_nonDigit_isRefusedWithCharsetRule() {
    assertCode(() -> Ins.parse("2790351215189 9", NIR), IdentityErrorCodes.INS_CHARSET);
    assertCode(() -> Ins.parse("27903-121518989", NIR), IdentityErrorCodes.INS_CHARSET);
    assertCode(() -> Ins.parse("2790351215189A9", NIR), IdentityErrorCodes.INS_CHARSET);
  }

  @Test
  void parse_lettersOutsidePositions6And7_areRefusedWithCorsicaRule() {
    assertCode(() -> Ins.parse("2A9035121518989", NIR), IdentityErrorCodes.INS_CORSICA_POSITION);
    assertCode(() -> Ins.parse("27903512151A989", NIR), IdentityErrorCodes.INS_CORSICA_POSITION);
    assertCode(() -> Ins.parse("279031A21518989", NIR), IdentityErrorCodes.INS_CORSICA_POSITION);
    assertCode(() -> Ins.parse("279032C21518989", NIR), IdentityErrorCodes.INS_CORSICA_POSITION);
  }

  @Test
  void parse_wrongKey_isRefusedWithKeyRule() {
    assertCode(() -> Ins.parse("279035121518988", NIR), IdentityErrorCodes.INS_KEY);
    assertCode(() -> Ins.parse("207058575627000", NIR), IdentityErrorCodes.INS_KEY);
  }

  @Test
  void parse_unknownOid_isRefused() {
    assertCode(() -> Ins.parse("279035121518989", "1.2.3"), IdentityErrorCodes.INS_UNKNOWN_OID);
    assertThatThrownBy(() -> Ins.parse("279035121518989", "1.2.250.1.213.1.4.2"))
        .hasMessageContaining("INS-C");
  }

  @Test
  void parse_nirWithOddFirstDigit_isRefused_butNiaIsAccepted() {
    String matricule = "7790351215189";
    String value = matricule + Ins.computeKey(matricule);
    assertCode(() -> Ins.parse(value, NIR), IdentityErrorCodes.INS_NIR_FIRST_DIGIT);
    Ins nia = Ins.parse(value, NIA);
    assertThat(nia.authority()).isEqualTo(InsAuthority.NIA);
    String another = "5550814168025";
    assertThat(Ins.parse(another + Ins.computeKey(another), NIA).matricule()).isEqualTo(another);
  }

  @Test
  void parse_environmentMismatch_isRefusedBothWays() {
    assertThat(Ins.parse("279035121518989", NIR_TEST, Environment.TEST).oid()).isEqualTo(NIR_TEST);
    assertCode(() -> Ins.parse("279035121518989", NIR_TEST, Environment.PRODUCTION),
        IdentityErrorCodes.INS_ENVIRONMENT);
    assertCode(() -> Ins.parse("279035121518989", NIR, Environment.TEST),
        IdentityErrorCodes.INS_ENVIRONMENT);
    assertCode(() -> Ins.parse("279035121518989", InsAuthority.NIR_DEMO.oid(),
        Environment.PRODUCTION), IdentityErrorCodes.INS_ENVIRONMENT);
  }

  @Test
  void rendering_cxAndMssanteAddress() {
    Ins ins = Ins.parse("207058575627097", NIR_TEST);
    assertThat(ins.toCx()).isEqualTo("207058575627097^^^&1.2.250.1.213.1.4.10&ISO^NH");
    assertThat(ins.mssantePatientAddress()).isEqualTo("207058575627097@patient.mssante.fr");
    assertThat(Ins.parseCx(ins.toCx())).isEqualTo(ins);
  }

  @Test
  void parseCx_malformed_isRefusedWithCxRule() {
    assertCode(() -> Ins.parseCx("207058575627097"), IdentityErrorCodes.INS_CX_FORMAT);
    assertCode(() -> Ins.parseCx("207058575627097^^^1.2.250.1.213.1.4.10^NH"),
        IdentityErrorCodes.INS_CX_FORMAT);
    assertCode(() -> Ins.parseCx("207058575627097^^^&1.2.250.1.213.1.4.10&ISO^PI"),
        IdentityErrorCodes.INS_CX_FORMAT);
    assertCode(() -> Ins.parseCx("207058575627098^^^&1.2.250.1.213.1.4.10&ISO^NH"),
        IdentityErrorCodes.INS_KEY);
  }

  @Test
  void equality_isOnValueAndAuthority() {
    Ins a = Ins.parse("279035121518989", NIR);
    assertThat(a).isEqualTo(Ins.of("2790351215189", "89", InsAuthority.NIR))
        .hasSameHashCodeAs(Ins.of("2790351215189", "89", InsAuthority.NIR))
        .isNotEqualTo(Ins.parse("279035121518989", NIR_TEST));
  }

  @Test
  void toString_showsFirstTwoCharactersOnly() {
    Ins ins = Ins.parse("279035121518989", NIR);
    assertThat(ins.toString()).isEqualTo("Ins[NIR 27*************]").doesNotContain("0351215");
  }

  @Test
  void failureMessages_neverQuoteTheValue() {
    assertThatThrownBy(() -> Ins.parse("279035121518988", NIR))
        .hasMessageNotContaining("2790351215189").hasMessageContaining("CORE-0104");
    assertThatThrownBy(() -> Ins.parse("2790351215189 8", NIR))
        .hasMessageNotContaining("2790351215189");
  }

  @Test
  void exception_namesTheIdentifierType() {
    assertThatThrownBy(() -> Ins.parse("279035121518988", NIR))
        .isInstanceOfSatisfying(InvalidIdentifierException.class,
            e -> assertThat(e.identifierType()).isEqualTo("INS"))
        .hasMessageStartingWith("CORE-0104: INS refused: the key")
        .satisfies(e -> assertThat(((InvalidIdentifierException) e).isRetryable()).isFalse());
  }

  @Test
  void validate_returnsReportWithRuleCode() {
    assertThat(Ins.validate("279035121518989", NIR).isValid()).isTrue();
    assertThat(Ins.validate("279035121518988", NIR).codes())
        .containsExactly(IdentityErrorCodes.INS_KEY.value());
  }

  @Test
  void generated_validMatricules_roundTrip_andAnySingleDigitChangeBreaksTheKey() {
    Random random = new Random(20260101L);
    for (int n = 0; n < 2_000; n++) {
      String matricule = randomMatricule(random);
      String value = matricule + Ins.computeKey(matricule);
      Ins ins = Ins.parse(value, NIR);
      assertThat(ins.value()).isEqualTo(value);
      assertThat(Ins.parseCx(ins.toCx())).isEqualTo(ins);
      int position = random.nextInt(15);
      char original = value.charAt(position);
      if (!Character.isDigit(original)) {
        continue;
      }
      char replacement = (char) ('0' + (original - '0' + 1 + random.nextInt(9)) % 10);
      String changed = value.substring(0, position) + replacement + value.substring(position + 1);
      if (position == 5 && !Character.isDigit(value.charAt(6))) {
        assertCode(() -> Ins.parse(changed, NIR), IdentityErrorCodes.INS_CORSICA_POSITION);
      } else if (position == 0 && replacement != '1' && replacement != '2') {
        assertCode(() -> Ins.parse(changed, NIR), IdentityErrorCodes.INS_NIR_FIRST_DIGIT);
        assertCode(() -> Ins.parse(changed, NIA), IdentityErrorCodes.INS_KEY);
      } else {
        assertCode(() -> Ins.parse(changed, NIR), IdentityErrorCodes.INS_KEY);
      }
    }
  }

  @Test
  void generated_everySingleDigitChange_ofEveryReferenceVector_breaksTheKey() {
    for (String value : new String[] {"297022A020778" + "78", "160012B020777" + "13",
        "207058575627097", "279035121518989"}) {
      for (int position = 1; position < 15; position++) {
        char original = value.charAt(position);
        if (!Character.isDigit(original)) {
          continue;
        }
        for (char d = '0'; d <= '9'; d++) {
          if (d == original || (position == 5 && value.charAt(6) >= 'A')) {
            continue;
          }
          String changed = value.substring(0, position) + d + value.substring(position + 1);
          assertCode(() -> Ins.parse(changed, NIA), IdentityErrorCodes.INS_KEY);
        }
      }
    }
  }

  private static String randomMatricule(Random random) {
    StringBuilder sb = new StringBuilder(13).append(1 + random.nextInt(2));
    for (int i = 1; i < 13; i++) {
      sb.append(random.nextInt(10));
    }
    if (random.nextInt(5) == 0) {
      sb.setCharAt(5, '2');
      sb.setCharAt(6, random.nextBoolean() ? 'A' : 'B');
    }
    return sb.toString();
  }

  static void assertCode(ThrowingCallable call, ErrorCode code) {
    assertThatThrownBy(call).isInstanceOf(InvalidIdentifierException.class)
        .satisfies(e -> assertThat(((InvalidIdentifierException) e).code()).isEqualTo(code));
  }
}
