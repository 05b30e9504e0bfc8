package io.github.eparcours.examples.tasks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a small valid PDF 1.4 letter (one A4 page, Helvetica, one line per paragraph) without
 * any dependency: enough for the PDF a CDA N1 document carries in the examples.
 *
 * <p>Stateless and thread-safe. Characters outside WinAnsi (Latin-1) are written as {@code ?}.
 */
public final class PdfLetter {

  private static final int LINE_HEIGHT = 15;
  private static final int TOP = 790;
  private static final int LEFT = 56;
  private static final int MAX_LINES = 48;

  private PdfLetter() {}

  /**
   * Renders lines of text as a one-page PDF.
   *
   * @param lines the text lines (at most 48), top to bottom
   * @return the PDF bytes
   * @throws IllegalArgumentException if there are more lines than fit on a page
   */
  public static byte[] render(List<String> lines) {
    Objects.requireNonNull(lines, "lines");
    if (lines.size() > MAX_LINES) {
      throw new IllegalArgumentException("a one-page letter holds at most " + MAX_LINES
          + " lines, got " + lines.size());
    }
    StringBuilder content = new StringBuilder()
        .append("BT\n/F1 11 Tf\n").append(LINE_HEIGHT).append(" TL\n")
        .append(LEFT).append(' ').append(TOP).append(" Td\n");
    for (String line : lines) {
      content.append('(').append(escape(line)).append(") Tj T*\n");
    }
    content.append("ET\n");
    byte[] stream = content.toString().getBytes(StandardCharsets.ISO_8859_1);

    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        + "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
    objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        + "/Encoding /WinAnsiEncoding >>");

    ByteArrayOutputStream pdf = new ByteArrayOutputStream(1024 + stream.length);
    // The binary comment line tells transfer tools the file is binary (PDF 1.4, section 3.4.1).
    write(pdf, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
    long[] offsets = new long[objects.size() + 2];
    for (int i = 0; i < objects.size(); i++) {
      offsets[i + 1] = pdf.size();
      write(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    offsets[5] = pdf.size();
    write(pdf, "5 0 obj\n<< /Length " + stream.length + " >>\nstream\n");
    pdf.writeBytes(stream);
    write(pdf, "endstream\nendobj\n");

    long xref = pdf.size();
    StringBuilder table = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
    for (int i = 1; i <= 5; i++) {
      // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, EOL.
      table.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", offsets[i]));
    }
    table.append("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n").append(xref)
        .append("\n%%EOF\n");
    write(pdf, table.toString());
    return pdf.toByteArray();
  }

  private static String escape(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (char c : line.toCharArray()) {
      if (c == '(' || c == ')' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0xff) {
        out.append('?');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
