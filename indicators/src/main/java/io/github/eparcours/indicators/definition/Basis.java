package io.github.eparcours.indicators.definition;

import java.util.Objects;

/**
 * What an indicator counts (the population basis): an open vocabulary. Immutable.
 *
 * @param code the basis, e.g. {@code coordination-file}
 */
public record Basis(String code) {
  /** A coordination file (one per patient and structure). */
  public static final Basis COORDINATION_FILE = new Basis("coordination-file");
  /** A patient being followed, counted through their coordination file. */
  public static final Basis PATIENT = new Basis("patient");
  /** A member (professional) of a care collective. */
  public static final Basis MEMBER = new Basis("member");
  /** A structure. */
  public static final Basis STRUCTURE = new Basis("structure");
  /** A stay or report eligible for a DMP feed. */
  public static final Basis STAY_OR_REPORT = new Basis("stay-or-report");
  /** A patient's DMP. */
  public static final Basis DMP = new Basis("dmp");
  /** A sending professional or mailbox. */
  public static final Basis SENDER = new Basis("sender");

  /** Validates the code. */
  public Basis {
    Objects.requireNonNull(code, "code");
  }
}
