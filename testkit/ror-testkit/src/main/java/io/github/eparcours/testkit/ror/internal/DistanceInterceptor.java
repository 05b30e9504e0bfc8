package io.github.eparcours.testkit.ror.internal;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import io.github.eparcours.ror.fhir.RorSystems;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Distance;

/**
 * Completes outgoing search bundles as the ROR's HAPI JPA server writes them: {@code
 * search.mode = match} on the matches (the plain server only marks includes) and the standard
 * {@code location-distance} extension on {@code Bundle.entry.search} of the Locations a
 * geographic search matched.
 */
@Interceptor
public final class DistanceInterceptor {

  /**
   * Decorates outgoing search bundles.
   *
   * @param response the response about to be written
   * @return true to continue processing
   */
  @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
  public boolean outgoing(ResponseDetails response) {
    if (response.getResponseResource() instanceof Bundle bundle) {
      for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
        if (bundle.getType() == Bundle.BundleType.SEARCHSET && !e.getSearch().hasMode()) {
          e.getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        Object km = e.getResource() == null ? null
            : e.getResource().getUserData(FixtureSearch.DISTANCE_KEY);
        if (km instanceof Double d && !e.getSearch().hasExtension(RorSystems.EXT_LOCATION_DISTANCE)) {
          Distance distance = new Distance();
          distance.setValue(BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP));
          distance.setUnit("km").setSystem("http://unitsofmeasure.org").setCode("km");
          e.getSearch().addExtension(RorSystems.EXT_LOCATION_DISTANCE, distance);
        }
      }
    }
    return true;
  }
}
