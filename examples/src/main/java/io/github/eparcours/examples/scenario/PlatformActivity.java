package io.github.eparcours.examples.scenario;

import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.fact.FactKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The activity a coordination platform records besides its coordination files, seeded so every
 * run gives the same figures: the quarterly dashboard it publishes (6.6), the DMPs of its
 * territory and the VSMs fed to them (regional 4.2), and the MSSanté messages its professionals
 * send.
 */
final class PlatformActivity {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private PlatformActivity() {}

  /**
   * Generates the facts.
   *
   * @param seed the seed
   * @param tenant the platform's tenant
   * @param reportingDate the reporting date of the latest quarter
   * @param quarters how many quarters of dashboards, ending with the one before the date
   * @param patients how many patients with a DMP in the territory
   * @param vsmShare the share of them whose DMP received a VSM
   * @return the facts, in no particular order
   */
  static List<Fact> generate(long seed, String tenant, LocalDate reportingDate, int quarters,
      int patients, double vsmShare) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Fact> facts = new ArrayList<>();
    for (int q = 1; q <= quarters; q++) {
      // Published in the second month of each quarter before the reporting date.
      LocalDate published = reportingDate.minusMonths(3L * q).plusMonths(1).plusDays(9);
      facts.add(Fact.of(FactKind.DASHBOARD_PRODUCED, tenant, "structure-dac", at(published)));
    }
    LocalDate yearStart = LocalDate.of(reportingDate.getYear() - 1, 1, 1);
    for (int p = 0; p < patients; p++) {
      String dmp = "dmp-" + p;
      LocalDate opened = yearStart.minusDays(random.nextInt(1_500));
      facts.add(Fact.of(FactKind.DMP_OPENED, tenant, dmp, at(opened)));
      if (random.nextDouble() < vsmShare) {
        facts.add(Fact.of(FactKind.VSM_SENT, tenant, dmp, at(opened.plusDays(1 + random.nextInt(200))))
            .withActor("pro-" + random.nextInt(200)));
      }
    }
    LocalDate quarterStart = reportingDate.minusMonths(3L * quarters);
    int days = (int) (reportingDate.toEpochDay() - quarterStart.toEpochDay());
    for (int m = 0; m < patients; m++) {
      String sender = "pro-" + random.nextInt(120);
      facts.add(Fact.of(FactKind.MSS_MESSAGE_SENT, tenant, sender,
          at(quarterStart.plusDays(random.nextInt(days)))).withActor(sender));
    }
    return facts;
  }

  private static java.time.Instant at(LocalDate day) {
    return ZonedDateTime.of(day.atTime(10, 30), PARIS).toInstant();
  }
}
