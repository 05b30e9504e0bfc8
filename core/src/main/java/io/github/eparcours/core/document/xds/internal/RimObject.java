package io.github.eparcours.core.document.xds.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One ebRIM registry object as read (ExtrinsicObject, RegistryPackage, Classification,
 * Association, ExternalIdentifier, ObjectRef): the attributes XDS uses, its slots, the first
 * localized value of its Name and Description, and its nested classifications and external
 * identifiers. Mutable, filled by {@link EbRimParser}; not thread-safe.
 */
final class RimObject {

  static final int EXTRINSIC_OBJECT = 0;
  static final int REGISTRY_PACKAGE = 1;
  static final int CLASSIFICATION = 2;
  static final int ASSOCIATION = 3;
  static final int EXTERNAL_IDENTIFIER = 4;
  static final int OBJECT_REF = 5;

  final int kind;
  String id;
  String lid;
  String objectType;
  String status;
  String mimeType;
  String versionName;
  String name;
  String description;
  String classificationScheme;
  String classifiedObject;
  String classificationNode;
  String nodeRepresentation;
  String identificationScheme;
  String value;
  String associationType;
  String sourceObject;
  String targetObject;
  final List<RimSlot> slots = new ArrayList<>(4);
  /** Created on first use: most objects have none. */
  List<RimObject> classifications;
  List<RimObject> externalIdentifiers;

  RimObject(int kind) {
    this.kind = kind;
  }

  /**
   * Returns the values of the first slot named {@code slotName}, or an empty list.
   *
   * @param slotName the slot name
   * @return its values
   */
  List<String> slotValues(String slotName) {
    for (RimSlot s : slots) {
      if (slotName.equals(s.name)) {
        return s.values;
      }
    }
    return List.of();
  }

  /**
   * Returns the first value of the slot named {@code slotName}, or null.
   *
   * @param slotName the slot name
   * @return the value or null
   */
  String slotValue(String slotName) {
    List<String> v = slotValues(slotName);
    return v.isEmpty() ? null : v.get(0);
  }

  List<RimObject> classifications() {
    return classifications == null ? List.of() : classifications;
  }

  List<RimObject> externalIdentifiers() {
    return externalIdentifiers == null ? List.of() : externalIdentifiers;
  }
}
