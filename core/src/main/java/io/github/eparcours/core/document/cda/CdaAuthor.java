package io.github.eparcours.core.document.cda;

import io.github.eparcours.core.code.Code;
import java.util.Objects;

/**
 * A CDA {@code author}: when, in which function, who.
 *
 * <p>Immutable and thread-safe.
 *
 * @param time when the author wrote (CI-SIS: with time zone); null only when read so
 * @param functionCode the author's function ({@code functionCode}), or null
 * @param person the professional and their organisation
 * @since 0.1
 */
public record CdaAuthor(CdaTime time, Code functionCode, CdaPerson person) {

  /** Checks presence of the person. */
  public CdaAuthor {
    Objects.requireNonNull(person, "person");
  }
}
