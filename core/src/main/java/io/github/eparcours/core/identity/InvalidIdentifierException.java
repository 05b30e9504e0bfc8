package io.github.eparcours.core.identity;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.ErrorCode;
import java.util.Objects;

/**
 * An identifier or identity trait was refused: it breaks the rule named by {@link #code()} (one
 * of {@link IdentityErrorCodes}).
 *
 * <p>The message names the kind of identifier, the rule and the fix; it never contains the refused
 * value, which may be patient data. Not retryable: the input must be corrected.
 *
 * @since 0.1
 */
public class InvalidIdentifierException extends EparcoursClientException {

  private static final long serialVersionUID = 1L;

  /** The kind of identifier refused, e.g. "INS"; never the refused value. */
  private final String identifierType;

  /**
   * Creates the exception.
   *
   * @param code the code of the broken rule
   * @param identifierType what was refused, e.g. {@code "INS"}, {@code "RPPS"}
   * @param rule the broken rule and how to fix it; must not quote patient data
   */
  public InvalidIdentifierException(ErrorCode code, String identifierType, String rule) {
    super(code, Objects.requireNonNull(identifierType, "identifierType") + " refused: " + rule);
    this.identifierType = identifierType;
  }

  /**
   * Returns the kind of identifier refused, e.g. {@code "INS"}, {@code "FINESS"}.
   *
   * @return the identifier kind, never null
   */
  public String identifierType() {
    return identifierType;
  }
}
