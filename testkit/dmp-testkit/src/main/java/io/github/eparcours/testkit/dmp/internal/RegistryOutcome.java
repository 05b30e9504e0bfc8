package io.github.eparcours.testkit.dmp.internal;

import java.util.ArrayList;
import java.util.List;

/** The registry errors an operation produced, in the form of an ebRS RegistryErrorList. */
public final class RegistryOutcome {

  /** One registry error. */
  public record Error(String code, String context, String location) {}

  private final List<Error> errors = new ArrayList<>();

  /**
   * Adds an error.
   *
   * @param code the XDS error code
   * @param context the text
   * @param location the object concerned
   * @return this outcome
   */
  public RegistryOutcome error(String code, String context, String location) {
    errors.add(new Error(code, context, location));
    return this;
  }

  /**
   * Returns the errors.
   *
   * @return the errors
   */
  public List<Error> errors() {
    return List.copyOf(errors);
  }

  /**
   * Tells whether there is no error.
   *
   * @return true if successful
   */
  public boolean ok() {
    return errors.isEmpty();
  }
}
