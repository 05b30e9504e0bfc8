package io.github.eparcours.core.document.xds;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Immutable copies of slot maps, keeping insertion order. */
final class Slots {
  private Slots() {}

  static Map<String, List<String>> copy(Map<String, List<String>> slots) {
    if (slots.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    slots.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(copy);
  }
}
