package io.github.eparcours.benchmarks.ror;

import ca.uhn.fhir.context.FhirContext;
import io.github.eparcours.ror.fhir.RorSystems;
import io.github.eparcours.testkit.ror.RorFixtures;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Distance;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Resource;

/** Builds the JSON of a realistic ROR search page: 200 offers with their includes. */
final class RorBundles {

  private RorBundles() {}

  /**
   * Writes a 200-offer page to a file, in its own JVM so that the caller's JVM stays cold.
   *
   * @param args the output path
   * @throws java.io.IOException if the file cannot be written
   */
  public static void main(String[] args) throws java.io.IOException {
    java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]),
        searchPage(FhirContext.forR4(), 200));
  }

  /**
   * Runs {@link #main} in a child JVM and reads the page it wrote.
   *
   * @return the JSON
   */
  static String searchPageFromChildJvm() {
    try {
      java.nio.file.Path out = java.nio.file.Files.createTempFile("ror-page", ".json");
      Process p = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"),
          "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
          RorBundles.class.getName(), out.toString()).inheritIO().start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("page generation failed");
      }
      String json = java.nio.file.Files.readString(out);
      java.nio.file.Files.delete(out);
      return json;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Returns a searchset of {@code matches} offers with their locations (with distance) and
   * organisation chains as includes.
   *
   * @param ctx the context to encode with
   * @param matches how many offers
   * @return the JSON
   */
  static String searchPage(FhirContext ctx, int matches) {
    RorFixtures f = RorFixtures.bretagne(matches);
    List<HealthcareService> offers = f.offers().subList(f.offers().size() - matches,
        f.offers().size());
    Bundle b = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(10_000);
    b.addLink().setRelation(Bundle.LINK_NEXT)
        .setUrl("https://ror.example/ws-diffusion-fhir?_getpages=abc&_getpagesoffset=200");
    Set<Resource> included = new LinkedHashSet<>();
    int i = 0;
    for (HealthcareService hs : offers) {
      b.addEntry().setFullUrl("https://ror.example/HealthcareService/" + hs.getIdPart())
          .setResource(hs).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
      Location loc = (Location) hs.getLocationFirstRep().getResource();
      Bundle.BundleEntryComponent le = b.addEntry()
          .setFullUrl("https://ror.example/Location/" + loc.getIdPart()).setResource(loc);
      le.getSearch().setMode(Bundle.SearchEntryMode.INCLUDE).addExtension(
          RorSystems.EXT_LOCATION_DISTANCE, new Distance().setValue(new BigDecimal(i++ % 50))
              .setUnit("km").setCode("km").setSystem("http://unitsofmeasure.org"));
      Organization o = (Organization) hs.getProvidedBy().getResource();
      while (o != null) {
        included.add(o);
        o = (Organization) o.getPartOf().getResource();
      }
    }
    for (Resource r : included) {
      b.addEntry().setFullUrl("https://ror.example/Organization/" + r.getIdPart())
          .setResource(r).getSearch().setMode(Bundle.SearchEntryMode.INCLUDE);
    }
    return ctx.newJsonParser().encodeResourceToString(b);
  }
}
