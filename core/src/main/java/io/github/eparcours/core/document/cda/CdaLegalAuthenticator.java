package io.github.eparcours.core.document.cda;

import java.util.Objects;

/**
 * The CDA {@code legalAuthenticator}: who signed, when ({@code signatureCode} is always S).
 *
 * @param time when the document was signed; null only when read so
 * @param person the signing professional
 * @since 0.1
 */
public record CdaLegalAuthenticator(CdaTime time, CdaPerson person) {

  /** Checks presence of the person. */
  public CdaLegalAuthenticator {
    Objects.requireNonNull(person, "person");
  }
}
