package io.github.eparcours.benchmarks.ror;

import ca.uhn.fhir.context.FhirContext;
import io.github.eparcours.ror.fhir.FhirContexts;
import io.github.eparcours.ror.fhir.RorCodes;
import io.github.eparcours.ror.fhir.Structure;
import io.github.eparcours.ror.internal.BundleIndex;
import io.github.eparcours.ror.offer.CareOffer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of turning one ROR search page (200 offers + their locations and organisations as
 * includes, as the ROR answers with {@code _include}) into typed views, against HAPI's parse
 * of the same JSON alone (the baseline, measured in the same run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class OfferMappingBenchmark {

  private FhirContext ctx;
  private String json;
  private Bundle parsed;

  /** Builds the page. */
  @Setup
  public void setUp() {
    ctx = FhirContexts.shared();
    json = RorBundles.searchPage(ctx, 200);
    parsed = ctx.newJsonParser().parseResource(Bundle.class, json);
  }

  /**
   * Mapping alone, on an already parsed page (the views never modify it), reading the fields a
   * bed-finding screen shows: the SDK's own cost, to compare with {@link #parseOnly}.
   *
   * @param bh the sink
   */
  @Benchmark
  public void mapAndReadOnly(Blackhole bh) {
    read(CareOffer.fromIndex(BundleIndex.of(parsed, "HealthcareService")), bh);
  }

  private static void read(List<CareOffer> offers, Blackhole bh) {
    for (CareOffer o : offers) {
      bh.consume(o.name());
      bh.consume(o.careModes());
      var chain = o.organizations();
      bh.consume(chain.site().flatMap(Structure::finess));
      bh.consume(chain.legalEntity().flatMap(Structure::name));
      bh.consume(o.available(RorCodes.CAPACITE_LIT));
      bh.consume(o.distanceKm());
    }
  }

  /**
   * Baseline: HAPI parses the page.
   *
   * @return the Bundle
   */
  @Benchmark
  public Bundle parseOnly() {
    return ctx.newJsonParser().parseResource(Bundle.class, json);
  }

  /**
   * Parse and map to views (index of the includes, one view per match).
   *
   * @return the views
   */
  @Benchmark
  public List<CareOffer> parseAndMap() {
    Bundle b = ctx.newJsonParser().parseResource(Bundle.class, json);
    return CareOffer.fromIndex(BundleIndex.of(b, "HealthcareService"));
  }

  /**
   * Parse, map and read what a bed-finding screen shows: name, care mode, site and legal
   * entity, free beds, distance.
   *
   * @param bh the sink
   */
  @Benchmark
  public void parseMapAndRead(Blackhole bh) {
    Bundle b = ctx.newJsonParser().parseResource(Bundle.class, json);
    read(CareOffer.fromIndex(BundleIndex.of(b, "HealthcareService")), bh);
  }

  /**
   * The same reads done by hand on the HAPI model (what a vendor would write without the
   * views), for comparison with {@link #parseMapAndRead}.
   *
   * @param bh the sink
   */
  @Benchmark
  public void parseAndReadByHand(Blackhole bh) {
    Bundle b = ctx.newJsonParser().parseResource(Bundle.class, json);
    java.util.Map<String, org.hl7.fhir.r4.model.Resource> byId = new java.util.HashMap<>();
    for (Bundle.BundleEntryComponent e : b.getEntry()) {
      byId.put(e.getResource().fhirType() + "/" + e.getResource().getIdPart(), e.getResource());
    }
    for (Bundle.BundleEntryComponent e : b.getEntry()) {
      if (e.getResource() instanceof HealthcareService hs) {
        bh.consume(hs.getName());
        bh.consume(hs.getCharacteristicFirstRep().getCodingFirstRep().getCode());
        Organization o = (Organization) byId.get(hs.getProvidedBy().getReference());
        bh.consume(o == null ? null : o.getIdentifierFirstRep().getValue());
        Location l = (Location) byId.get(hs.getLocationFirstRep().getReference());
        bh.consume(l == null ? 0 : l.getExtension().size());
      }
    }
  }
}
