package io.github.eparcours.dmp;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.xds.XdsConstants;
import java.util.ArrayList;
import java.util.List;

/**
 * The DMP's extra confidentiality codes (JDV_J58, code system {@code 1.2.250.1.213.1.1.4.13}),
 * which restrict who sees a document, and how to add or remove one from an entry's codes.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class DmpConfidentiality {

  /** Masked to professionals (only the author and the patient see it). */
  public static final Code MASKED_TO_PROFESSIONALS =
      Code.of("MASQUE_PS", XdsConstants.DMP_CONFIDENTIALITY_SYSTEM, "Masqué aux professionnels");
  /** Not visible to the patient (e.g. before an announcement consultation). */
  public static final Code HIDDEN_FROM_PATIENT =
      Code.of("INVISIBLE_PATIENT", XdsConstants.DMP_CONFIDENTIALITY_SYSTEM,
          "Non visible par le patient");
  /** Not visible to the patient's legal representatives. */
  public static final Code HIDDEN_FROM_LEGAL_REPRESENTATIVES =
      Code.of("INVISIBLE_REP_LEGAUX", XdsConstants.DMP_CONFIDENTIALITY_SYSTEM,
          "Non visible par les représentants légaux");

  private DmpConfidentiality() {}

  /**
   * Returns the codes with {@code code} present or absent, the others kept in order (the first,
   * HL7 code stays first).
   *
   * @param codes the current confidentiality codes, not null
   * @param code the DMP code to set or clear, not null
   * @param present whether it must be present
   * @return the new codes
   */
  public static List<Code> with(List<Code> codes, Code code, boolean present) {
    List<Code> out = new ArrayList<>();
    for (Code c : codes) {
      if (!(c.code().equals(code.code()) && c.system().equals(code.system()))) {
        out.add(c);
      }
    }
    if (present) {
      out.add(code);
    }
    return List.copyOf(out);
  }
}
