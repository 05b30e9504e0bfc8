package io.github.eparcours.core.document.cda;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.code.CodeSystems;
import org.junit.jupiter.api.Test;

class CdaDocumentTypeTest {

  @Test
  void known_loincTypeCodes_haveValidCheckDigits() {
    for (CdaDocumentType type : CdaDocumentType.known()) {
      Code code = type.typeCode();
      if (CodeSystems.LOINC.equals(code.system())) {
        assertThat(hasValidLoincCheckDigit(code.code())).as(type.toString()).isTrue();
      }
    }
  }

  @Test
  void loincCheckDigit_knownCodes_areRecognised() {
    assertThat(hasValidLoincCheckDigit("11502-2")).isTrue();
    assertThat(hasValidLoincCheckDigit("34133-9")).isTrue();
    assertThat(hasValidLoincCheckDigit("34874-7")).isFalse();
  }

  @Test
  void fromTypeCode_surgicalOperationNote_findsCompteRenduOperatoire() {
    assertThat(CdaDocumentType.fromTypeCode(Code.of("34874-8", CodeSystems.LOINC, null)))
        .contains(CdaDocumentType.COMPTE_RENDU_OPERATOIRE);
  }

  /** LOINC's mod-10 check digit (LOINC Users' Guide, appendix "Calculating Mod 10 check digits"). */
  private static boolean hasValidLoincCheckDigit(String loinc) {
    int dash = loinc.indexOf('-');
    String body = loinc.substring(0, dash);
    int expected = loinc.charAt(dash + 1) - '0';
    StringBuilder odd = new StringBuilder();
    StringBuilder even = new StringBuilder();
    for (int i = body.length() - 1, pos = 1; i >= 0; i--, pos++) {
      (pos % 2 == 1 ? odd : even).insert(0, body.charAt(i));
    }
    String digits = even + Long.toString(Long.parseLong(odd.toString()) * 2);
    int sum = 0;
    for (char c : digits.toCharArray()) {
      sum += c - '0';
    }
    return (10 - sum % 10) % 10 == expected;
  }
}
