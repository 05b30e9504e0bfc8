package io.github.eparcours.mss.message;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds the subject MSSanté expects on a message carrying an IHE XDM archive (Référentiel
 * socle MSSanté #2, ECO.2.1.3): {@code XDM/1.0/DDM+<label> <NAME> <given name> <birth date>},
 * where the label is the CDA {@code code/@displayName} (at most 40 characters) or
 * {@code N documents}, the family name is upper-case without accents and the birth date, optional,
 * is {@code JJ/MM/AAAA}.
 *
 * <p>The subject names the patient, as the rule requires: never log it. Stateless and
 * thread-safe.
 *
 * @since 0.1
 */
public final class XdmSubject {

  /** The longest label the rule allows. */
  public static final int MAX_LABEL_LENGTH = 40;

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu",
      Locale.ROOT);
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private XdmSubject() {}

  /**
   * Builds the subject.
   *
   * @param label the CDA {@code code/@displayName}, or {@link #documentsLabel(int)}; cut to
   *     {@value #MAX_LABEL_LENGTH} characters; not null nor blank
   * @param familyName the patient's family name, written upper-case without accents; not null
   *     nor blank
   * @param givenName the patient's given name; not null nor blank
   * @param birthDate the patient's birth date, or null to leave it out
   * @return the subject, one line
   * @throws NullPointerException if {@code label}, {@code familyName} or {@code givenName} is null
   * @throws IllegalArgumentException if one of them is blank
   */
  public static String of(String label, String familyName, String givenName,
      LocalDate birthDate) {
    String l = oneLine(label, "label");
    if (l.length() > MAX_LABEL_LENGTH) {
      // a surrogate pair is not split in two
      int end = Character.isHighSurrogate(l.charAt(MAX_LABEL_LENGTH - 1))
          ? MAX_LABEL_LENGTH - 1 : MAX_LABEL_LENGTH;
      l = l.substring(0, end).strip();
    }
    StringBuilder s = new StringBuilder(MssHeaders.XDM_SUBJECT_PREFIX).append(l).append(' ')
        .append(upperWithoutAccents(oneLine(familyName, "familyName"))).append(' ')
        .append(oneLine(givenName, "givenName"));
    if (birthDate != null) {
      s.append(' ').append(DATE.format(birthDate));
    }
    return s.toString();
  }

  /**
   * Returns the label for a message carrying several documents: {@code N documents}.
   *
   * @param count the number of documents in the archive, at least 2 (one document is labelled
   *     by its {@code displayName})
   * @return the label
   * @throws IllegalArgumentException if {@code count} is below 2
   */
  public static String documentsLabel(int count) {
    if (count < 2) {
      throw new IllegalArgumentException(
          "a single document is labelled by its CDA displayName, not by a count: " + count);
    }
    return count + " documents";
  }

  private static String oneLine(String value, String what) {
    Objects.requireNonNull(value, what);
    String v = SPACES.matcher(value).replaceAll(" ").strip();
    if (v.isEmpty()) {
      throw new IllegalArgumentException(what + " is blank");
    }
    return v;
  }

  private static String upperWithoutAccents(String name) {
    String ligatures = name.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
        .replace("Æ", "AE");
    return MARKS.matcher(Normalizer.normalize(ligatures, Normalizer.Form.NFD)).replaceAll("")
        .toUpperCase(Locale.ROOT);
  }
}
