package io.github.eparcours.core.identity;

/** Renders values that carry patient data for {@code toString()}: enough to debug, not to identify. */
final class Redaction {

  static final String HIDDEN = "***";

  private Redaction() {}

  /** Keeps the first {@code visible} characters and masks the rest, keeping the length visible. */
  static String prefix(String value, int visible) {
    int shown = Math.min(visible, value.length());
    return value.substring(0, shown) + "*".repeat(value.length() - shown);
  }
}
