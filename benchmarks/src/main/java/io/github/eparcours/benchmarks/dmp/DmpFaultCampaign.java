package io.github.eparcours.benchmarks.dmp;

import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.dmp.SubmitResult;
import io.github.eparcours.testkit.dmp.FakeDmpFault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Fault campaign: N feeds against the FakeDmp with a share of the ITI-41 exchanges hit by a
 * random fault (before or after the registration: dropped connection, time-out, HTTP 500/503,
 * receiver SOAP fault, malformed reply, busy registry). Checks that no document is registered
 * twice and that every feed is either confirmed or reported failed with a typed error that
 * matches the registry's state. Prints the tally.
 *
 * <p>Usage: {@code java -cp eparcours-benchmarks.jar
 * io.github.eparcours.benchmarks.dmp.DmpFaultCampaign [feeds] [faultPercent]}
 */
public final class DmpFaultCampaign {

  private DmpFaultCampaign() {}

  private static final List<FakeDmpFault> FAULTS = List.of(
      FakeDmpFault.connectionReset(), FakeDmpFault.connectionReset().afterProcessing(),
      FakeDmpFault.timeout(Duration.ofMillis(1500)),
      FakeDmpFault.timeout(Duration.ofMillis(1500)).afterProcessing(),
      FakeDmpFault.httpStatus(500), FakeDmpFault.httpStatus(503),
      FakeDmpFault.httpStatus(503).afterProcessing(), FakeDmpFault.soapFault(true, "busy"),
      FakeDmpFault.malformedReply().afterProcessing(),
      FakeDmpFault.registryError("XDSRegistryBusy", "busy"));

  /**
   * Runs the campaign.
   *
   * @param args number of feeds (default 1000), fault percentage (default 20)
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int percent = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Random random = new Random(2026);
    Map<String, Integer> tally = new TreeMap<>();
    int duplicates = 0;
    int unreportedLosses = 0;
    int wrongReports = 0;
    int injected = 0;
    DocumentContent cda = DocumentContent.ofBytes(DmpBenchSupport.n1Cda(20 * 1024));
    try (LoopbackDmp dmp = new LoopbackDmp(Duration.ofMillis(1000))) {
      for (int i = 0; i < feeds; i++) {
        if (random.nextInt(100) < percent) {
          dmp.fake.enqueueFault(FAULTS.get(random.nextInt(FAULTS.size())));
          injected++;
        }
        SubmissionRequest request = DmpBenchSupport.submission(cda);
        String uid = request.documentEntries().stream().map(DocumentEntry::uniqueId)
            .findFirst().orElseThrow().orElseThrow();
        String outcome;
        boolean claimedRegistered;
        try {
          SubmitResult r = dmp.client.submit(DmpBenchSupport.DOCTOR, DmpBenchSupport.patient(),
              request);
          outcome = r.confirmedByQuery() ? "confirmed by query after a lost reply"
              : r.attempts() > 1 ? "confirmed after a checked re-send" : "confirmed at once";
          claimedRegistered = true;
        } catch (EparcoursException e) {
          outcome = "reported failed " + e.code();
          claimedRegistered = false;
        }
        tally.merge(outcome, 1, Integer::sum);
        long count = dmp.fake.registeredCount(uid);
        if (count > 1) {
          duplicates++;
        }
        if (claimedRegistered && count == 0) {
          unreportedLosses++;
        }
        if (!claimedRegistered && count == 1) {
          wrongReports++;
        }
      }
    }
    System.out.printf("fault campaign: %d feeds, %d with an injected fault (%d%%)%n", feeds,
        injected, percent);
    tally.forEach((k, v) -> System.out.printf("  %-50s %5d%n", k, v));
    System.out.printf("duplicates: %d, unreported losses: %d, failures reported although "
        + "registered: %d%n", duplicates, unreportedLosses, wrongReports);
  }
}
