package io.github.eparcours.dmp;

import java.util.Objects;

/**
 * The access mode of a request (VIHF attribute
 * {@code urn:oasis:names:tc:xspa:1.0:subject:purposeofuse}), a code of the code system
 * {@value #CODE_SYSTEM} ("mode acces VIHF 1.0").
 *
 * <p>An open vocabulary: {@link #NORMAL} is the documented value; {@link #EMERGENCY} and
 * {@link #MEDICAL_REGULATION} carry the codes in use by DMP clients and may be overridden with
 * {@link #of(String, String)} if the DMP specification in force names them otherwise.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AccessMode {

  /** The OID of the VIHF access mode code system. */
  public static final String CODE_SYSTEM = "1.2.250.1.213.1.1.4.248";
  /** The name of the code system as written in the VIHF. */
  public static final String CODE_SYSTEM_NAME = "mode acces VIHF 1.0";

  /** Normal access. */
  public static final AccessMode NORMAL = new AccessMode("normal", "Accès normal");
  /** Emergency access ("bris de glace"): the patient is informed afterwards. */
  public static final AccessMode EMERGENCY = new AccessMode("bris_de_glace", "Accès bris de glace");
  /** Access by an emergency medical regulation centre. */
  public static final AccessMode MEDICAL_REGULATION =
      new AccessMode("centre_de_regulation", "Accès centre de régulation");

  private final String code;
  private final String displayName;

  private AccessMode(String code, String displayName) {
    this.code = Objects.requireNonNull(code, "code");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
  }

  /**
   * Returns an access mode by its code.
   *
   * @param code the code in {@value #CODE_SYSTEM}
   * @param displayName its display name
   * @return the access mode
   */
  public static AccessMode of(String code, String displayName) {
    return new AccessMode(code, displayName);
  }

  /**
   * Returns the code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the display name.
   *
   * @return the display name
   */
  public String displayName() {
    return displayName;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccessMode && ((AccessMode) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return "AccessMode[" + code + "]";
  }
}
