package io.github.eparcours.core.document.xds.internal;

import java.util.ArrayList;
import java.util.List;

/** An ebRIM Slot as read: its name and values in document order. Mutable, not thread-safe. */
final class RimSlot {
  final String name;
  final List<String> values = new ArrayList<>(2);

  RimSlot(String name) {
    this.name = name;
  }
}
