package io.github.eparcours.indicators.sample;

import io.github.eparcours.indicators.definition.PeriodRule;
import io.github.eparcours.indicators.definition.ReportingPeriod;
import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.fact.FactKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A seeded synthetic population of coordination files (DAC activity) for examples, tests and
 * benchmarks: files opened before or during the quarter, some closed, updated, evaluated, with
 * liaison-notebook entries, care teams, messages and appointments, spread over several tenants.
 *
 * <p>The generator also computes, file by file and independently of the engine, which files fall
 * in the denominator and numerator of 6.1 to 6.5 under the default {@link
 * io.github.eparcours.indicators.definition.EparcoursPolicies}: {@link #expected(String,
 * String)} gives the counts the engine must report. The same seed always gives the same facts in
 * the same order. Times are whole seconds, so no two facts of one file share an instant by
 * accident.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class SyntheticPopulation {

  private static final long DAY = 86_400L;
  private static final String[] IDS = {"eparcours-6.1", "eparcours-6.2", "eparcours-6.3",
      "eparcours-6.4", "eparcours-6.5"};

  private final LocalDate reportingDate;
  private final List<Fact> facts;
  private final Map<String, long[][]> expected;
  private final int files;

  private SyntheticPopulation(long seed, int tenants, int filesPerTenant, LocalDate reportingDate,
      boolean shuffle) {
    this.reportingDate = reportingDate;
    ZoneId zone = ZoneId.of("Europe/Paris");
    ReportingPeriod q = PeriodRule.previousQuarter().resolve(reportingDate, zone);
    long start = q.start().getEpochSecond();
    long end = q.end().getEpochSecond();
    SplittableRandom random = new SplittableRandom(seed);
    List<Fact> out = new ArrayList<>(tenants * filesPerTenant * 10);
    Map<String, long[][]> exp = new HashMap<>();
    String[] professionals = new String[200];
    for (int i = 0; i < professionals.length; i++) {
      professionals[i] = "pro-" + i;
    }
    for (int t = 0; t < tenants; t++) {
      String tenant = "tenant-" + t;
      long[][] counts = new long[IDS.length][2];
      exp.put(tenant, counts);
      for (int f = 0; f < filesPerTenant; f++) {
        file(random, tenant, "file-" + t + "-" + f, start, end, zone, professionals, out, counts);
      }
    }
    if (shuffle) {
      Collections.shuffle(out, new java.util.Random(seed));
    }
    this.facts = Collections.unmodifiableList(out);
    this.expected = exp;
    this.files = tenants * filesPerTenant;
  }

  private static void file(SplittableRandom r, String tenant, String file, long start, long end,
      ZoneId zone, String[] pros, List<Fact> out, long[][] counts) {
    long opened = start - 120 * DAY + r.nextLong(120 * DAY + (end - start));
    long horizon = end + 40 * DAY;
    Long closed = r.nextInt(5) == 0 ? opened + 1 + r.nextLong(horizon - opened) : null;
    add(out, FactKind.FILE_OPENED, tenant, file, opened, null);
    if (closed != null) {
      add(out, FactKind.FILE_CLOSED, tenant, file, closed, null);
    }
    boolean updated = false;
    for (int i = r.nextInt(5); i > 0; i--) {
      long at = opened + r.nextLong(horizon - opened);
      add(out, FactKind.FILE_UPDATED, tenant, file, at, null);
      updated |= at >= start && at < end;
    }
    long firstEval = Long.MAX_VALUE;
    if (r.nextInt(100) < 85) {
      firstEval = opened + r.nextLong(45 * DAY);
      add(out, FactKind.FIRST_EVALUATION, tenant, file, firstEval, null);
    }
    boolean liaison = false;
    for (int i = r.nextInt(3); i > 0; i--) {
      long at = opened + r.nextLong(horizon - opened);
      add(out, FactKind.LIAISON_ENTRY, tenant, file, at, pros[r.nextInt(pros.length)]);
      liaison |= at >= start && at < end;
    }
    int base = r.nextInt(pros.length - 4);
    int team = 1 + r.nextInt(3);
    int teamAtEnd = 0;
    for (int m = 0; m < team; m++) {
      long added = opened + r.nextLong(10 * DAY);
      add(out, FactKind.CARE_TEAM_ADDED, tenant, file, added, pros[base + m]);
      boolean removedBeforeEnd = false;
      if (r.nextInt(6) == 0) {
        long removed = added + 1 + r.nextLong(horizon - added);
        add(out, FactKind.CARE_TEAM_REMOVED, tenant, file, removed, pros[base + m]);
        removedBeforeEnd = removed < end;
      }
      if (added < end && !removedBeforeEnd) {
        teamAtEnd++;
      }
    }
    int messages = 0;
    long authors = 0;
    for (int i = r.nextInt(5); i > 0; i--) {
      long at = opened + r.nextLong(horizon - opened);
      int who = r.nextInt(team);
      add(out, FactKind.MESSAGE_SENT, tenant, file, at, pros[base + who]);
      if (at >= start && at < end) {
        messages++;
        authors |= 1L << who;
      }
    }
    boolean appointment = false;
    for (int i = r.nextInt(2); i > 0; i--) {
      long at = opened + r.nextLong(horizon - opened);
      add(out, FactKind.APPOINTMENT_SCHEDULED, tenant, file, at, null);
      appointment |= at >= start && at < end;
    }
    boolean openAtEnd = opened < end && (closed == null || closed >= end);
    boolean activeDuring = opened < end && (closed == null || closed >= start);
    boolean openedInQ = opened >= start && opened < end;
    long deadline = Instant.ofEpochSecond(opened).atZone(zone).plusMonths(1).toEpochSecond();
    tally(counts[0], openAtEnd, updated);
    tally(counts[1], openedInQ, firstEval <= deadline);
    tally(counts[2], activeDuring, liaison);
    tally(counts[3], activeDuring, teamAtEnd >= 2 && messages >= 2 && Long.bitCount(authors) >= 2);
    tally(counts[4], activeDuring, appointment);
  }

  private static void tally(long[] c, boolean denominator, boolean numerator) {
    if (denominator) {
      c[0]++;
      if (numerator) {
        c[1]++;
      }
    }
  }

  private static void add(List<Fact> out, FactKind kind, String tenant, String file, long at,
      String actor) {
    out.add(new Fact(tenant, file, kind, Instant.ofEpochSecond(at), actor, null, null));
  }

  /**
   * Generates a population.
   *
   * @param seed the seed
   * @param tenants how many tenants (DAC), at least 1
   * @param filesPerTenant how many coordination files per tenant, at least 1
   * @param reportingDate the reporting date; the activity surrounds the quarter before it
   * @return the population, facts shuffled (seeded)
   */
  public static SyntheticPopulation generate(long seed, int tenants, int filesPerTenant,
      LocalDate reportingDate) {
    return generate(seed, tenants, filesPerTenant, reportingDate, true);
  }

  /**
   * Generates a population, optionally with facts in file order (cheaper for very large runs).
   *
   * @param seed the seed
   * @param tenants how many tenants, at least 1
   * @param filesPerTenant how many files per tenant, at least 1
   * @param reportingDate the reporting date
   * @param shuffle whether to shuffle the facts
   * @return the population
   */
  public static SyntheticPopulation generate(long seed, int tenants, int filesPerTenant,
      LocalDate reportingDate, boolean shuffle) {
    Objects.requireNonNull(reportingDate, "reportingDate");
    if (tenants < 1 || filesPerTenant < 1) {
      throw new IllegalArgumentException("tenants and filesPerTenant must be at least 1");
    }
    return new SyntheticPopulation(seed, tenants, filesPerTenant, reportingDate, shuffle);
  }

  /** @return the reporting date the population was built around */
  public LocalDate reportingDate() {
    return reportingDate;
  }

  /** @return the facts, unmodifiable */
  public List<Fact> facts() {
    return facts;
  }

  /** @return the number of coordination files */
  public int fileCount() {
    return files;
  }

  /** @return the tenants, sorted */
  public List<String> tenants() {
    return expected.keySet().stream().sorted().toList();
  }

  /**
   * Returns the counts the engine must report for a tenant and one of 6.1 to 6.5 under the
   * default policies.
   *
   * @param tenant the tenant
   * @param indicatorId {@code eparcours-6.1} to {@code eparcours-6.5}
   * @return the denominator and numerator
   * @throws IllegalArgumentException if the tenant or indicator is unknown
   */
  public Expected expected(String tenant, String indicatorId) {
    long[][] c = expected.get(tenant);
    for (int i = 0; c != null && i < IDS.length; i++) {
      if (IDS[i].equals(indicatorId)) {
        return new Expected(c[i][0], c[i][1]);
      }
    }
    throw new IllegalArgumentException("unknown tenant or indicator");
  }

  /**
   * Expected populations.
   *
   * @param denominator the denominator (equal to the initial population)
   * @param numerator the numerator
   */
  public record Expected(long denominator, long numerator) {}
}
