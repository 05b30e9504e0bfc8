package io.github.eparcours.indicators.fact;

import io.github.eparcours.indicators.InvalidFactException;
import java.time.Instant;

/**
 * One thing that happened, as the vendor's software already knows it: a file opened, a message
 * sent, a document sent to the DMP. Facts are streamed to the engine in any order and any volume;
 * the engine groups them by ({@code tenant}, {@code subject}).
 *
 * <p>The subject is the counting unit of the indicators that read this fact (a coordination file,
 * a member, a structure, a stay or report, a DMP). Use the vendor's own <em>pseudonymous</em>
 * identifiers: never an INS or a name, since subject ids appear in the explanation of a report.
 * {@link #toString()} leaves the subject and actor out.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tenant the customer (structure, collective) the fact belongs to; never null
 * @param subject the counting unit; never null
 * @param kind what happened; never null
 * @param at when it happened; never null
 * @param actor the professional who did it, or whom it concerns (the member added to a care
 *     team); null when irrelevant
 * @param code a coded attribute (document type, SUN-ES domain, ROR sector); null when irrelevant
 * @param qualifier a status at the time of the fact (INS status at sending time, ROR
 *     completeness); null when irrelevant
 */
public record Fact(String tenant, String subject, FactKind kind, Instant at, String actor,
    String code, String qualifier) {

  /**
   * Validates the mandatory components.
   *
   * @throws InvalidFactException if tenant, subject, kind or at is null or a string is blank
   *     ({@code IND-0100})
   */
  public Fact {
    require(tenant, "tenant");
    require(subject, "subject");
    if (kind == null) {
      throw missing("kind");
    }
    if (at == null) {
      throw missing("at");
    }
  }

  private static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw missing(field);
    }
  }

  private static InvalidFactException missing(String field) {
    return new InvalidFactException("IND-0100", "a fact has no " + field,
        field + " is mandatory for every fact (the engine groups by tenant and subject, and "
            + "places facts in periods by time)",
        "set " + field + " when building the fact");
  }

  /**
   * Creates a fact without actor, code nor qualifier.
   *
   * @param kind what happened
   * @param tenant the tenant
   * @param subject the subject
   * @param at when
   * @return the fact
   * @throws InvalidFactException if a component is missing ({@code IND-0100})
   */
  public static Fact of(FactKind kind, String tenant, String subject, Instant at) {
    return new Fact(tenant, subject, kind, at, null, null, null);
  }

  /**
   * Returns a copy with this actor.
   *
   * @param newActor the professional, or null
   * @return the new fact
   */
  public Fact withActor(String newActor) {
    return new Fact(tenant, subject, kind, at, newActor, code, qualifier);
  }

  /**
   * Returns a copy with this code.
   *
   * @param newCode the code, or null
   * @return the new fact
   */
  public Fact withCode(String newCode) {
    return new Fact(tenant, subject, kind, at, actor, newCode, qualifier);
  }

  /**
   * Returns a copy with this qualifier.
   *
   * @param newQualifier the qualifier, or null
   * @return the new fact
   */
  public Fact withQualifier(String newQualifier) {
    return new Fact(tenant, subject, kind, at, actor, code, newQualifier);
  }

  /** Shows kind, tenant, time, code and qualifier; never the subject nor the actor. */
  @Override
  public String toString() {
    return "Fact[" + kind + ", tenant=" + tenant + ", at=" + at
        + (code == null ? "" : ", code=" + code)
        + (qualifier == null ? "" : ", qualifier=" + qualifier) + "]";
  }
}
