package io.github.eparcours.core.document.xds.internal;

import io.github.eparcours.core.document.xds.RegistryError;
import java.util.ArrayList;
import java.util.List;

/**
 * An ebRS message as read: the status and errors of a response, and the registry objects in
 * document order. Mutable, filled by {@link EbRimParser}; not thread-safe.
 */
final class RimMessage {
  String status;
  final List<RegistryError> errors = new ArrayList<>();
  final List<RimObject> objects = new ArrayList<>();
}
