package io.github.eparcours.benchmarks.ror;

import ca.uhn.fhir.context.FhirContext;
import io.github.eparcours.ror.fhir.FhirContexts;
import io.github.eparcours.ror.internal.BundleIndex;
import io.github.eparcours.ror.offer.CareOffer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first search page mapped in a fresh JVM: what the caller's first call pays for HAPI's
 * lazy start-up, without and with {@link FhirContexts#prewarm} done beforehand (in setup, i.e.
 * off the measured path, as a vendor does at application start). One measurement per fork; the
 * JSON is produced by a child JVM so the measured JVM has loaded no HAPI class before.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ColdStartBenchmark {

  private String json;

  /** Prepares the JSON in a child JVM so that no HAPI class is loaded in this one. */
  @Setup
  public void setUp() {
    json = RorBundles.searchPageFromChildJvm();
  }

  /**
   * First page mapped with a context never used before.
   *
   * @return the views
   */
  @Benchmark
  public List<CareOffer> firstCallCold() {
    FhirContext ctx = FhirContext.forR4();
    Bundle b = ctx.newJsonParser().parseResource(Bundle.class, json);
    return CareOffer.fromIndex(BundleIndex.of(b, "HealthcareService"));
  }

  /** A context warmed at start-up. */
  @State(Scope.Benchmark)
  public static class Warmed {
    FhirContext ctx;

    /** Warms the context (not measured). */
    @Setup
    public void warm() {
      ctx = FhirContext.forR4();
      FhirContexts.prewarm(ctx);
    }
  }

  /**
   * First page mapped with a context pre-warmed at start-up.
   *
   * @param warmed the warmed context
   * @return the views
   */
  @Benchmark
  public List<CareOffer> firstCallPrewarmed(Warmed warmed) {
    Bundle b = warmed.ctx.newJsonParser().parseResource(Bundle.class, json);
    return CareOffer.fromIndex(BundleIndex.of(b, "HealthcareService"));
  }
}
