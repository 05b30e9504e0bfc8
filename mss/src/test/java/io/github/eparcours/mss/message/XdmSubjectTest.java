package io.github.eparcours.mss.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class XdmSubjectTest {

  @Test
  void of_withBirthDate_followsTheMssanteForm() {
    assertThat(XdmSubject.of("Lettre de liaison", "Dupont", "Jean", LocalDate.of(1960, 3, 7)))
        .isEqualTo("XDM/1.0/DDM+Lettre de liaison DUPONT Jean 07/03/1960");
  }

  @Test
  void of_withoutBirthDate_leavesTheDateOut() {
    assertThat(XdmSubject.of("CR de biologie", "Martin", "Léa", null))
        .isEqualTo("XDM/1.0/DDM+CR de biologie MARTIN Léa");
  }

  @Test
  void of_accentedFamilyName_isUpperCaseWithoutAccents() {
    assertThat(XdmSubject.of("Ordonnance", "Lefèvre-Müller d'Œillet", "Zoé", null))
        .isEqualTo("XDM/1.0/DDM+Ordonnance LEFEVRE-MULLER D'OEILLET Zoé");
  }

  @Test
  void of_longLabel_isCutToFortyCharacters() {
    String label = "Compte rendu opératoire de chirurgie orthopédique du genou";
    String subject = XdmSubject.of(label, "Dupont", "Jean", null);
    assertThat(subject).isEqualTo("XDM/1.0/DDM+" + label.substring(0, 40).strip()
        + " DUPONT Jean");
    assertThat(XdmSubject.MAX_LABEL_LENGTH).isEqualTo(40);
  }

  @Test
  void of_lineBreaksInValues_becomeOneLine() {
    assertThat(XdmSubject.of(" Lettre\r\nde liaison ", "Du\tpont", "Jean\n", null))
        .isEqualTo("XDM/1.0/DDM+Lettre de liaison DU PONT Jean");
  }

  @Test
  void of_documentsLabel_countsTheDocuments() {
    String subject = XdmSubject.of(XdmSubject.documentsLabel(3), "Dupont", "Jean", null);
    assertThat(subject).startsWith(MssHeaders.XDM_SUBJECT_PREFIX)
        .endsWith("+3 documents DUPONT Jean");
  }

  @Test
  void of_blankOrNullPart_isRejected() {
    assertThatThrownBy(() -> XdmSubject.of(" ", "Dupont", "Jean", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label");
    assertThatThrownBy(() -> XdmSubject.of("Lettre", null, "Jean", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("familyName");
  }

  @Test
  void documentsLabel_singleDocument_isRejected() {
    assertThat(XdmSubject.documentsLabel(2)).isEqualTo("2 documents");
    assertThatThrownBy(() -> XdmSubject.documentsLabel(1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
