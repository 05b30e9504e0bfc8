package io.github.eparcours.core.identity;

/**
 * A value that carries patient data (INS, traits, birth date, local identifier).
 *
 * <p>Such values redact themselves in {@code toString()}, so that logging them, or an object
 * holding them, never writes patient data to a log at any level. A caller who must see the full
 * values (on a test platform with fictitious patients, or in a local debugging session) opts in
 * explicitly with {@link #unredacted()}, and takes responsibility for where the result goes:
 * never pass it to a production log.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public interface PatientData {

  /**
   * Returns a description with every value in full, unlike {@code toString()}.
   *
   * @return the unredacted description; patient data
   */
  String unredacted();
}
