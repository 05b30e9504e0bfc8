package io.github.eparcours.dmp;

import java.util.Objects;

/**
 * Whether the acting professional or structure is authorised by the patient to access the DMP,
 * as answered by TD0.2 or {@code setAuthorization}. An open vocabulary: values the DMP may add
 * are kept as received.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the raw status, never null
 * @since 0.1
 */
public record AccessAuthorization(String value) {

  /** Access is authorised. */
  public static final AccessAuthorization VALID = new AccessAuthorization("VALIDE");
  /** No authorisation was ever given: give it with {@code setAuthorization}. */
  public static final AccessAuthorization NONE = new AccessAuthorization("INEXISTANTE");
  /** The authorisation was removed or has expired. */
  public static final AccessAuthorization EXPIRED = new AccessAuthorization("EXPIREE");
  /** The patient has forbidden this professional or structure. */
  public static final AccessAuthorization FORBIDDEN = new AccessAuthorization("INTERDITE");

  /**
   * Checks the value.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public AccessAuthorization {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Tells whether access is authorised.
   *
   * @return true for {@link #VALID}
   */
  public boolean isGranted() {
    return VALID.value.equals(value);
  }
}
