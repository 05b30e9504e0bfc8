package io.github.eparcours.ror.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.PerformanceOptionsEnum;
import ca.uhn.fhir.parser.IParser;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;

/**
 * The FHIR R4 context the ROR and Annuaire clients share when the caller injects none.
 *
 * <p>HAPI's {@link FhirContext} is expensive (its model is scanned lazily, the first parse of a
 * Bundle costs on the order of a second or more) and thread-safe once built, so one per JVM is
 * enough. {@link #shared()} creates it on first use; {@link #prewarm(FhirContext)} pays the
 * scanning cost up front (call it at application start-up, off the request path).
 *
 * @since 0.1.0
 */
public final class FhirContexts {

  private FhirContexts() {}

  private static final class Holder {
    static final FhirContext SHARED = create();
  }

  private static FhirContext create() {
    FhirContext ctx = FhirContext.forR4();
    // Deferred model scanning: only the resource types actually met get scanned.
    ctx.setPerformanceOptions(PerformanceOptionsEnum.DEFERRED_MODEL_SCANNING);
    return ctx;
  }

  /**
   * Returns the JVM-wide R4 context, creating it on first call. Thread-safe.
   *
   * @return the context
   */
  public static FhirContext shared() {
    return Holder.SHARED;
  }

  /**
   * Scans the resource types the clients read and runs one small parse, so that the first real
   * call does not pay HAPI's start-up cost. Idempotent and thread-safe; takes of the order of a
   * second on a cold JVM.
   *
   * @param context the context to warm
   */
  public static void prewarm(FhirContext context) {
    for (Class<? extends org.hl7.fhir.instance.model.api.IBaseResource> type : List.of(
        Bundle.class, HealthcareService.class, Location.class, Organization.class,
        Practitioner.class, PractitionerRole.class, OperationOutcome.class)) {
      context.getResourceDefinition(type);
    }
    IParser parser = context.newJsonParser();
    Bundle b = new Bundle();
    b.addEntry().setResource(new HealthcareService().setName("warm-up"))
        .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
    b.addEntry().setResource(new Location().setName("warm-up"));
    parser.parseResource(Bundle.class, parser.encodeResourceToString(b));
  }
}
