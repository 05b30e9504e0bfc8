package io.github.eparcours.core.document.xds;

import java.util.List;
import java.util.Objects;

/**
 * A registry's rs:RegistryResponse (reply to ITI-41, ITI-42, ITI-57).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RegistryResponse {

  private final String status;
  private final List<RegistryError> errors;

  private RegistryResponse(String status, List<RegistryError> errors) {
    this.status = Objects.requireNonNull(status, "status");
    this.errors = List.copyOf(errors);
  }

  /**
   * Returns a response.
   *
   * @param status the status URN as received (see {@link XdsConstants#RESPONSE_SUCCESS})
   * @param errors the errors and warnings, in order
   * @return the response
   */
  public static RegistryResponse of(String status, List<RegistryError> errors) {
    return new RegistryResponse(status, errors);
  }

  /**
   * Returns a success without warnings.
   *
   * @return the response
   */
  public static RegistryResponse success() {
    return new RegistryResponse(XdsConstants.RESPONSE_SUCCESS, List.of());
  }

  /** @return the status URN as received */
  public String status() {
    return status;
  }

  /** @return true when the status is Success */
  public boolean isSuccess() {
    return XdsConstants.RESPONSE_SUCCESS.equals(status);
  }

  /** @return the errors and warnings, never null */
  public List<RegistryError> errors() {
    return errors;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegistryResponse r && r.status.equals(status) && r.errors.equals(errors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, errors);
  }

  @Override
  public String toString() {
    return "RegistryResponse[" + status + ", errors=" + errors + "]";
  }
}
