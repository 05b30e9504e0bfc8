package io.github.eparcours.core.document.xds.internal;

import io.github.eparcours.core.document.DocumentErrors;
import io.github.eparcours.core.document.xds.RegistryError;
import io.github.eparcours.core.error.EparcoursClientException;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The ebRS/ebRIM 3.0 reading state machine, fed element by element by a SAX or a StAX driver
 * ({@link EbRimReader}). It keeps what the XDS model uses and skips the rest: an element it does
 * not expect where it stands (unknown name, other namespace, known name in the wrong place) is
 * skipped with its whole subtree, unknown and namespaced attributes are ignored, and so is a Slot
 * without a name. Elements are matched by namespace and local name, so any prefix (or a default
 * namespace) is accepted.
 *
 * <p>Reusable: {@link #begin} resets it. Not thread-safe.
 */
final class EbRimParser {

  /** The three messages, by root element. */
  enum Root {
    SUBMIT_OBJECTS_REQUEST(EbRimNs.LCM, "SubmitObjectsRequest"),
    ADHOC_QUERY_RESPONSE(EbRimNs.QUERY, "AdhocQueryResponse"),
    REGISTRY_RESPONSE(EbRimNs.RS, "RegistryResponse");

    final String namespace;
    final String localName;

    Root(String namespace, String localName) {
      this.namespace = namespace;
      this.localName = localName;
    }
  }

  /** The attributes of the element being started, whatever the driver. */
  abstract static class AttributeSource {
    abstract int count();

    /** The attribute's namespace, "" or null when it has none. */
    abstract String namespace(int i);

    abstract String localName(int i);

    abstract String value(int i);
  }

  // What the element on top of the stack is; SKIP for everything ignored, with its subtree.
  private static final int SKIP = 0;
  private static final int ROOT = 1;
  private static final int OBJECT_LIST = 2;
  private static final int OBJECT = 3;
  private static final int NESTED = 4;
  private static final int SLOT = 5;
  private static final int VALUE_LIST = 6;
  private static final int VALUE = 7;
  private static final int NAME = 8;
  private static final int DESCRIPTION = 9;
  private static final int ERROR_LIST = 10;

  /** Larger text buffers are not kept between messages. */
  private static final int MAX_KEPT_TEXT = 16 * 1024;

  private Root root;
  private RimMessage message;
  private int[] states = new int[16];
  private int depth;
  /** The top-level object being read, and the classification or identifier inside it. */
  private RimObject object;
  private RimObject nested;
  private RimSlot slot;
  /** The next LocalizedString of the current Name or Description is its first. */
  private boolean firstLocalized;
  private StringBuilder text = new StringBuilder(256);

  /**
   * Starts a message.
   *
   * @param expected the root element expected
   */
  void begin(Root expected) {
    root = expected;
    message = new RimMessage();
    depth = 0;
    object = null;
    nested = null;
    slot = null;
    if (text.capacity() > MAX_KEPT_TEXT) {
      text = new StringBuilder(256);
    }
  }

  /**
   * Returns the message read and forgets it.
   *
   * @return the message
   */
  RimMessage end() {
    RimMessage m = message;
    message = null;
    object = null;
    nested = null;
    slot = null;
    return m;
  }

  /** Tells whether character content is wanted now (inside a Value). */
  boolean wantsText() {
    return depth > 0 && states[depth - 1] == VALUE;
  }

  /**
   * Appends character content of the current element.
   *
   * @param ch the characters
   * @param start the first
   * @param length how many
   */
  void text(char[] ch, int start, int length) {
    if (wantsText()) {
      text.append(ch, start, length);
    }
  }

  /**
   * Handles a start tag.
   *
   * @param namespace the element's namespace, "" or null when none
   * @param localName its local name
   * @param attributes its attributes
   * @throws EparcoursClientException CORE-0504 when the root is not the expected message
   */
  void startElement(String namespace, String localName, AttributeSource attributes) {
    if (depth == 0) {
      checkRoot(namespace, localName);
      if (root != Root.SUBMIT_OBJECTS_REQUEST) {
        message.status = attribute(attributes, "status");
      }
      push(ROOT);
      return;
    }
    int child = SKIP;
    switch (states[depth - 1]) {
      case ROOT -> child = rootChild(namespace, localName);
      case OBJECT_LIST -> child = registryObject(namespace, localName, attributes);
      case OBJECT -> child = objectChild(namespace, localName, attributes, true);
      case NESTED -> child = objectChild(namespace, localName, attributes, false);
      case SLOT -> child = isRim(namespace, localName, "ValueList") ? VALUE_LIST : SKIP;
      case VALUE_LIST -> {
        if (isRim(namespace, localName, "Value")) {
          text.setLength(0);
          child = VALUE;
        }
      }
      case NAME, DESCRIPTION -> {
        if (firstLocalized && isRim(namespace, localName, "LocalizedString")) {
          firstLocalized = false;
          String value = attribute(attributes, "value");
          if (states[depth - 1] == NAME) {
            target().name = value;
          } else {
            target().description = value;
          }
        }
      }
      case ERROR_LIST -> {
        if (EbRimNs.RS.equals(namespace) && "RegistryError".equals(localName)) {
          registryError(attributes);
        }
      }
      default -> { /* inside a skipped element */ }
    }
    push(child);
  }

  /** Handles an end tag. */
  void endElement() {
    switch (states[--depth]) {
      case VALUE -> slot.values.add(text.toString());
      case SLOT -> slot = null;
      case NESTED -> nested = null;
      case OBJECT -> object = null;
      default -> { /* nothing to complete */ }
    }
  }

  private void checkRoot(String namespace, String localName) {
    if (!root.localName.equals(localName) || !root.namespace.equals(namespace)) {
      throw new EparcoursClientException(DocumentErrors.EBRIM_UNREADABLE,
          "expected an ebRIM " + root.localName + " but the XML root is another element;"
              + " check the message type");
    }
  }

  private int rootChild(String namespace, String localName) {
    if (root != Root.REGISTRY_RESPONSE && isRim(namespace, localName, "RegistryObjectList")) {
      return OBJECT_LIST;
    }
    if (root != Root.SUBMIT_OBJECTS_REQUEST && EbRimNs.RS.equals(namespace)
        && "RegistryErrorList".equals(localName)) {
      return ERROR_LIST;
    }
    return SKIP;
  }

  private int registryObject(String namespace, String localName, AttributeSource attributes) {
    if (!EbRimNs.RIM.equals(namespace)) {
      return SKIP;
    }
    int kind = switch (localName) {
      case "ExtrinsicObject" -> RimObject.EXTRINSIC_OBJECT;
      case "RegistryPackage" -> RimObject.REGISTRY_PACKAGE;
      case "Classification" -> RimObject.CLASSIFICATION;
      case "Association" -> RimObject.ASSOCIATION;
      case "ExternalIdentifier" -> RimObject.EXTERNAL_IDENTIFIER;
      case "ObjectRef" -> RimObject.OBJECT_REF;
      default -> -1;
    };
    if (kind < 0) {
      return SKIP;
    }
    object = new RimObject(kind);
    attributes(object, attributes);
    message.objects.add(object);
    return OBJECT;
  }

  private int objectChild(String namespace, String localName, AttributeSource attributes,
      boolean topLevel) {
    if (!EbRimNs.RIM.equals(namespace)) {
      return SKIP;
    }
    switch (localName) {
      case "Slot" -> {
        String slotName = attribute(attributes, "name");
        if (slotName == null) {
          return SKIP;
        }
        slot = new RimSlot(slotName);
        target().slots.add(slot);
        return SLOT;
      }
      case "Name", "Description" -> {
        firstLocalized = true;
        if ("Name".equals(localName)) {
          target().name = null;
          return NAME;
        }
        target().description = null;
        return DESCRIPTION;
      }
      case "VersionInfo" -> {
        target().versionName = attribute(attributes, "versionName");
        return SKIP;
      }
      case "Classification" -> {
        return topLevel ? nested(RimObject.CLASSIFICATION, attributes) : SKIP;
      }
      case "ExternalIdentifier" -> {
        return topLevel ? nested(RimObject.EXTERNAL_IDENTIFIER, attributes) : SKIP;
      }
      default -> {
        return SKIP;
      }
    }
  }

  /** Starts a classification or external identifier of the current top-level object. */
  private int nested(int kind, AttributeSource attributes) {
    nested = new RimObject(kind);
    attributes(nested, attributes);
    if (kind == RimObject.CLASSIFICATION) {
      if (object.classifications == null) {
        object.classifications = new ArrayList<>(8);
      }
      object.classifications.add(nested);
    } else {
      if (object.externalIdentifiers == null) {
        object.externalIdentifiers = new ArrayList<>(4);
      }
      object.externalIdentifiers.add(nested);
    }
    return NESTED;
  }

  private void registryError(AttributeSource attributes) {
    String errorCode = null;
    String codeContext = null;
    String severity = null;
    String location = null;
    for (int i = 0, n = attributes.count(); i < n; i++) {
      if (!isUnqualified(attributes.namespace(i))) {
        continue;
      }
      String value = attributes.value(i);
      switch (attributes.localName(i)) {
        case "errorCode" -> errorCode = value;
        case "codeContext" -> codeContext = value;
        case "severity" -> severity = value;
        case "location" -> location = value;
        default -> { /* not in the model */ }
      }
    }
    message.errors.add(new RegistryError(errorCode, codeContext, severity, location));
  }

  /** Reads, in one pass, the attributes XDS uses on any registry object. */
  private static void attributes(RimObject o, AttributeSource attributes) {
    for (int i = 0, n = attributes.count(); i < n; i++) {
      if (!isUnqualified(attributes.namespace(i))) {
        continue;
      }
      String value = attributes.value(i);
      switch (attributes.localName(i)) {
        case "id" -> o.id = value;
        case "lid" -> o.lid = value;
        case "objectType" -> o.objectType = value;
        case "status" -> o.status = value;
        case "mimeType" -> o.mimeType = value;
        case "classificationScheme" -> o.classificationScheme = value;
        case "classifiedObject" -> o.classifiedObject = value;
        case "classificationNode" -> o.classificationNode = value;
        case "nodeRepresentation" -> o.nodeRepresentation = value;
        case "identificationScheme" -> o.identificationScheme = value;
        case "value" -> o.value = value;
        case "associationType" -> o.associationType = value;
        case "sourceObject" -> o.sourceObject = value;
        case "targetObject" -> o.targetObject = value;
        default -> { /* not used by XDS */ }
      }
    }
  }

  private static String attribute(AttributeSource attributes, String localName) {
    for (int i = 0, n = attributes.count(); i < n; i++) {
      if (localName.equals(attributes.localName(i)) && isUnqualified(attributes.namespace(i))) {
        return attributes.value(i);
      }
    }
    return null;
  }

  private RimObject target() {
    return nested != null ? nested : object;
  }

  private void push(int state) {
    if (depth == states.length) {
      states = Arrays.copyOf(states, depth * 2);
    }
    states[depth++] = state;
  }

  private static boolean isRim(String namespace, String localName, String expected) {
    return expected.equals(localName) && EbRimNs.RIM.equals(namespace);
  }

  private static boolean isUnqualified(String namespace) {
    return namespace == null || namespace.isEmpty();
  }
}
