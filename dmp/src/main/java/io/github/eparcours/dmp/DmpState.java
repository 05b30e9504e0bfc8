package io.github.eparcours.dmp;

import java.util.Objects;

/**
 * The state of a patient's DMP as answered by TD0.2: the HL7v3 {@code statusCode} of the DMP's
 * registration event. An open vocabulary: values the DMP may add are kept as received.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the raw status code, never null
 * @since 0.1
 */
public record DmpState(String value) {

  /** The DMP is open: it can be read and fed. */
  public static final DmpState OPEN = new DmpState("active");
  /** The DMP is closed (by the patient or after death): no feed, no reading. */
  public static final DmpState CLOSED = new DmpState("completed");
  /** The DMP is being closed or suspended: no feed. */
  public static final DmpState SUSPENDED = new DmpState("suspended");

  /**
   * Checks the value.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public DmpState {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Tells whether the DMP is open.
   *
   * @return true for {@link #OPEN}
   */
  public boolean isOpen() {
    return OPEN.value.equals(value);
  }
}
