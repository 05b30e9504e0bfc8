package io.github.eparcours.benchmarks.ror;

import io.github.eparcours.core.http.JdkHttpTransport;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.ror.RorClient;
import io.github.eparcours.ror.RorEnvironment;
import io.github.eparcours.ror.RorUserProfile;
import io.github.eparcours.ror.offer.CareOffer;
import io.github.eparcours.ror.offer.OfferQuery;
import io.github.eparcours.testkit.ror.FakeRorAnnuaire;
import io.github.eparcours.testkit.ror.RorFixtures;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Walks a region's whole offer (10,000 offers, 200 per page with organisations and locations
 * included) from the fake ROR over loopback with the real client; one operation = the whole
 * walk. Offers per second = 10,000 / (seconds per operation). The fake server runs in the same
 * JVM, so the figure includes its serialisation cost too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class OfferWalkBenchmark {

  /** Offers walked per operation. */
  public static final int OFFERS = 10_000;

  private FakeRorAnnuaire fake;
  private HttpTransport transport;
  private RorClient ror;
  private OfferQuery query;

  /** Starts the fake and the client. */
  @Setup
  public void setUp() {
    RorFixtures fixtures = RorFixtures.bretagne(OFFERS - RorFixtures.bretagne().offers().size());
    fake = FakeRorAnnuaire.builder().fixtures(fixtures).start();
    transport = JdkHttpTransport.builder().build();
    ror = RorClient.builder()
        .environment(RorEnvironment.of(fake.rorFhirBase(), fake.rorTokenUri()))
        .clientSecret("ror-client", "ror-secret".toCharArray())
        .userProfile(RorUserProfile.of("CU22", "AUTOMATE")).transport(transport).build();
    ror.prewarm(true);
    query = OfferQuery.builder().region(RorFixtures.REGION_BRETAGNE).pageSize(200).build();
  }

  /** Stops everything. */
  @TearDown
  public void tearDown() {
    ror.close();
    transport.close();
    fake.close();
  }

  /**
   * Walks every offer, reading its site.
   *
   * @return the number of offers seen
   */
  @Benchmark
  public long walkRegion() {
    long n = 0;
    for (CareOffer o : ror.searchOffers(query)) {
      if (o.organizations().site().isPresent()) {
        n++;
      }
    }
    if (n != OFFERS) {
      throw new IllegalStateException("walked " + n + " offers with a site, expected " + OFFERS);
    }
    return n;
  }
}
