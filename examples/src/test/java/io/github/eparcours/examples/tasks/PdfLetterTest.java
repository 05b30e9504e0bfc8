package io.github.eparcours.examples.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PdfLetterTest {

  private static String render(String... lines) {
    return new String(PdfLetter.render(List.of(lines)), StandardCharsets.ISO_8859_1);
  }

  @Test
  void render_letter_xrefOffsetsPointAtEachObject() {
    String pdf = render("Lettre de liaison", "Sortie le 2026-11-20");

    assertThat(pdf).startsWith("%PDF-1.4\n").endsWith("%%EOF\n");
    Matcher start = Pattern.compile("startxref\n(\\d+)\n").matcher(pdf);
    assertThat(start.find()).isTrue();
    int xref = Integer.parseInt(start.group(1));
    assertThat(pdf.substring(xref)).startsWith("xref\n0 6\n0000000000 65535 f \n");
    String[] entries = pdf.substring(xref).split("\n");
    for (int object = 1; object <= 5; object++) {
      String entry = entries[2 + object];
      assertThat(entry).hasSize(19).endsWith(" 00000 n "); // 20 bytes with the newline
      int offset = Integer.parseInt(entry.substring(0, 10));
      assertThat(pdf.substring(offset)).startsWith(object + " 0 obj\n");
    }
  }

  @Test
  void render_contentStream_lengthMatchesAndTextIsEscaped() {
    String pdf = render("a (b) \\ c", "é");

    Matcher length = Pattern.compile("/Length (\\d+) >>\nstream\n").matcher(pdf);
    assertThat(length.find()).isTrue();
    int begin = length.end();
    int declared = Integer.parseInt(length.group(1));
    assertThat(pdf.substring(begin + declared)).startsWith("endstream");
    assertThat(pdf).contains("(a \\(b\\) \\\\ c) Tj", "(é) Tj");
  }

  @Test
  void render_tooManyLines_refused() {
    assertThatThrownBy(() -> PdfLetter.render(Collections.nCopies(49, "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("48");
  }
}
