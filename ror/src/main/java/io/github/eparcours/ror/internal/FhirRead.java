package io.github.eparcours.ror.internal;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.ror.fhir.RorSystems;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Type;

/**
 * Lenient readers of HAPI R4 elements: absent or malformed elements give empty results, never
 * exceptions, because the servers strip elements according to the caller's access profile and
 * the profiles change between IG versions.
 */
public final class FhirRead {

  private FhirRead() {}

  /**
   * Converts a coding, keeping unknown codes raw. A coding without system gets {@code
   * defaultSystem}; without code or without any system it is skipped.
   *
   * @param c the coding
   * @param defaultSystem the system the element is bound to, or null
   * @return the code, or empty
   */
  public static Optional<Code> code(Coding c, String defaultSystem) {
    if (c == null || !c.hasCode() || c.getCode().isBlank()) {
      return Optional.empty();
    }
    String system = c.hasSystem() && !c.getSystem().isBlank() ? c.getSystem() : defaultSystem;
    if (system == null || system.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(Code.of(c.getCode(), system, c.hasDisplay() ? c.getDisplay() : null));
  }

  /**
   * Returns every code of the concepts, in order.
   *
   * @param concepts the concepts
   * @param defaultSystem the bound system, or null
   * @return the codes
   */
  public static List<Code> codes(List<CodeableConcept> concepts, String defaultSystem) {
    List<Code> out = new ArrayList<>();
    for (CodeableConcept cc : concepts) {
      for (Coding c : cc.getCoding()) {
        code(c, defaultSystem).ifPresent(out::add);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the codes of the concepts that belong to {@code system} (normalised comparison).
   *
   * @param concepts the concepts
   * @param system the system
   * @return the codes
   */
  public static List<Code> codesIn(List<CodeableConcept> concepts, String system) {
    String key = RorSystems.normalise(system);
    return codes(concepts, null).stream()
        .filter(c -> RorSystems.normalise(c.system()).equals(key)).toList();
  }

  /**
   * Returns the first code of a concept-, coding- or code-valued element.
   *
   * @param value the value
   * @param defaultSystem the bound system, or null
   * @return the code, or empty
   */
  public static Optional<Code> codeOf(Type value, String defaultSystem) {
    if (value instanceof CodeableConcept cc) {
      return cc.getCoding().stream().map(c -> code(c, defaultSystem)).flatMap(Optional::stream)
          .findFirst();
    }
    if (value instanceof Coding c) {
      return code(c, defaultSystem);
    }
    if (value instanceof CodeType ct && ct.hasValue() && defaultSystem != null) {
      return Optional.of(Code.of(ct.getValue(), defaultSystem));
    }
    if (value instanceof PrimitiveType<?> p && p.hasValue() && defaultSystem != null
        && !p.getValueAsString().isBlank()) {
      return Optional.of(Code.of(p.getValueAsString(), defaultSystem));
    }
    return Optional.empty();
  }

  /**
   * Returns the value of the first extension with this URL.
   *
   * @param element the element
   * @param url the extension URL
   * @return the value, or empty
   */
  public static Optional<Type> extensionValue(Element element, String url) {
    return element == null ? Optional.empty() : extensionValue(element.getExtension(), url);
  }

  /**
   * Returns the value of the first extension with this URL on a resource.
   *
   * @param resource the resource
   * @param url the extension URL
   * @return the value, or empty
   */
  public static Optional<Type> extensionValue(DomainResource resource, String url) {
    return resource == null ? Optional.empty() : extensionValue(resource.getExtension(), url);
  }

  /**
   * Returns a boolean extension value of a resource.
   *
   * @param resource the resource
   * @param url the URL
   * @return the value, or empty
   */
  public static Optional<Boolean> booleanExtension(DomainResource resource, String url) {
    return extensionValue(resource, url).filter(BooleanType.class::isInstance)
        .map(v -> ((BooleanType) v).getValue());
  }

  private static Optional<Type> extensionValue(List<Extension> extensions, String url) {
    for (Extension e : extensions) {
      if (url.equals(e.getUrl()) && e.hasValue()) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a boolean extension value.
   *
   * @param element the element
   * @param url the URL
   * @return the value, or empty
   */
  public static Optional<Boolean> booleanExtension(Element element, String url) {
    return extensionValue(element, url).filter(BooleanType.class::isInstance)
        .map(v -> ((BooleanType) v).getValue());
  }

  /**
   * Returns a string form of a primitive extension value.
   *
   * @param element the element
   * @param url the URL
   * @return the value, or empty
   */
  public static Optional<String> stringExtension(Element element, String url) {
    return extensionValue(element, url).filter(PrimitiveType.class::isInstance)
        .map(v -> ((PrimitiveType<?>) v).getValueAsString()).filter(s -> !s.isBlank());
  }

  /**
   * Returns the value of the first identifier in {@code system} (normalised comparison).
   *
   * @param ids the identifiers
   * @param system the system
   * @return the value, or empty
   */
  public static Optional<String> identifier(List<Identifier> ids, String system) {
    String key = RorSystems.normalise(system);
    for (Identifier id : ids) {
      if (id.hasValue() && RorSystems.normalise(id.getSystem()).equals(key)) {
        return Optional.of(id.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * Converts a date.
   *
   * @param date the date, may be null
   * @return the instant, or empty
   */
  public static Optional<Instant> instant(Date date) {
    return Optional.ofNullable(date).map(Date::toInstant);
  }

  /**
   * Returns the calendar date as written on the wire (no time-zone conversion).
   *
   * @param dt the date or date-time
   * @return the date, or empty when absent or coarser than a day
   */
  public static Optional<LocalDate> localDate(BaseDateTimeType dt) {
    if (dt == null || !dt.hasValue() || dt.getPrecision().ordinal()
        < ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY.ordinal()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(dt.getYear(), dt.getMonth() + 1, dt.getDay()));
  }

  /**
   * Returns a non-blank string.
   *
   * @param s the string, may be null
   * @return the string, or empty
   */
  public static Optional<String> text(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
  }
}
