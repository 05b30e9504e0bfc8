package io.github.eparcours.testkit.ror.internal;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import io.github.eparcours.ror.fhir.RorSystems;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/** Value matching helpers of the fake's search engine (FHIR search semantics, simplified). */
final class Match {

  private Match() {}

  /** Splits an OR list ({@code a,b}), honouring {@code \,} escapes. */
  static List<String> orList(String value) {
    return List.of(value.split("(?<!\\\\),"));
  }

  static boolean token(List<Coding> codings, String token) {
    int bar = token.indexOf('|');
    String system = bar < 0 ? null : token.substring(0, bar);
    String code = bar < 0 ? token : token.substring(bar + 1);
    for (Coding c : codings) {
      if (code.equals(c.getCode()) && (system == null
          || (system.isEmpty() ? !c.hasSystem()
              : RorSystems.normalise(system).equals(RorSystems.normalise(c.getSystem()))))) {
        return true;
      }
    }
    return false;
  }

  static boolean tokenInConcepts(List<CodeableConcept> concepts, String token) {
    for (CodeableConcept cc : concepts) {
      if (token(cc.getCoding(), token)) {
        return true;
      }
    }
    return false;
  }

  static boolean identifier(List<Identifier> ids, String token) {
    int bar = token.indexOf('|');
    String system = bar < 0 ? null : token.substring(0, bar);
    String value = bar < 0 ? token : token.substring(bar + 1);
    for (Identifier id : ids) {
      if (value.equals(id.getValue()) && (system == null
          || RorSystems.normalise(system).equals(RorSystems.normalise(id.getSystem())))) {
        return true;
      }
    }
    return false;
  }

  static String fold(String s) {
    String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD);
    return d.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  /** FHIR string search: starts-with (default), {@code :contains} or {@code :exact}. */
  static boolean string(String actual, String wanted, String modifier) {
    if (actual == null) {
      return false;
    }
    if ("exact".equals(modifier)) {
      return actual.equals(wanted);
    }
    String a = fold(actual);
    String w = fold(wanted);
    return "contains".equals(modifier) ? a.contains(w) : a.startsWith(w);
  }

  static boolean reference(Reference ref, String wanted) {
    String id = wanted.contains("/") ? wanted.substring(wanted.lastIndexOf('/') + 1) : wanted;
    return ref.hasReference() && ref.getReferenceElement().getIdPart().equals(id);
  }

  static boolean mailbox(List<ContactPoint> telecoms, String wanted, String modifier) {
    for (ContactPoint cp : telecoms) {
      if (cp.getSystem() == ContactPoint.ContactPointSystem.EMAIL
          && ("contains".equals(modifier) ? fold(cp.getValue()).contains(fold(wanted))
              : wanted.equalsIgnoreCase(cp.getValue()))) {
        return true;
      }
    }
    return false;
  }

  /** FHIR number comparison with prefixes eq, ne, gt, ge, lt, le. */
  static boolean number(long actual, String wanted) {
    String prefix = prefix(wanted);
    long n;
    try {
      n = Long.parseLong(wanted.substring(prefix.length()));
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("Invalid number: " + wanted);
    }
    return compare(Long.compare(actual, n), prefix);
  }

  /** FHIR date comparison with prefixes, at the precision given. */
  static boolean date(Date actual, String wanted) {
    if (actual == null) {
      return false;
    }
    String prefix = prefix(wanted);
    String v = wanted.substring(prefix.length());
    Instant bound;
    try {
      bound = v.length() == 10 ? LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC)
          : v.endsWith("Z") || v.matches(".*[+-]\\d\\d:\\d\\d$") ? OffsetDateTime.parse(v).toInstant()
          : Instant.parse(v + "Z");
    } catch (RuntimeException e) {
      throw new InvalidRequestException("Invalid date: " + wanted);
    }
    return compare(actual.toInstant().compareTo(bound), prefix);
  }

  private static String prefix(String v) {
    if (v.length() > 2 && Character.isLetter(v.charAt(0)) && Character.isLetter(v.charAt(1))) {
      return v.substring(0, 2);
    }
    return "";
  }

  private static boolean compare(int cmp, String prefix) {
    switch (prefix) {
      case "":
      case "eq":
        return cmp == 0;
      case "ne":
        return cmp != 0;
      case "gt":
      case "sa":
        return cmp > 0;
      case "ge":
        return cmp >= 0;
      case "lt":
      case "eb":
        return cmp < 0;
      case "le":
        return cmp <= 0;
      default:
        throw new InvalidRequestException("Unsupported prefix: " + prefix);
    }
  }
}
