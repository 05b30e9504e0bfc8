package io.github.eparcours.indicators.internal;

import static io.github.eparcours.indicators.internal.CompiledIndicator.D;
import static io.github.eparcours.indicators.internal.CompiledIndicator.DEXC;
import static io.github.eparcours.indicators.internal.CompiledIndicator.DX;
import static io.github.eparcours.indicators.internal.CompiledIndicator.IP;
import static io.github.eparcours.indicators.internal.CompiledIndicator.N;
import static io.github.eparcours.indicators.internal.CompiledIndicator.NX;

import io.github.eparcours.indicators.definition.IndicatorDefinition;
import io.github.eparcours.indicators.definition.Scoring;
import io.github.eparcours.indicators.definition.Stratifier;
import io.github.eparcours.indicators.definition.Target;
import io.github.eparcours.indicators.fact.FactEncoder;
import io.github.eparcours.indicators.report.MeasureReport;
import io.github.eparcours.indicators.report.PopulationCode;
import io.github.eparcours.indicators.report.PopulationResult;
import io.github.eparcours.indicators.report.Stratum;
import io.github.eparcours.indicators.report.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Turns a folded state into measure reports: groups the subjects seen by tenant, evaluates the
 * plan's criteria over blocks of subjects and tallies every indicator's populations (on several
 * tasks when asked, in ranges of whole blocks added up in order), then scores each indicator
 * and gives its verdict. Scores are exact decimals rounded to 6 places, HALF_EVEN; verdicts come
 * from the exact counts.
 *
 * <p>Immutable once built by {@link Plan}: one reporter serves concurrent reports, of states
 * that are not updated meanwhile.
 */
final class Reporter {

  private static final PopulationCode[] CODES = PopulationCode.values();
  /** A parallel report gives each task at least this many blocks of subjects. */
  private static final int MIN_BLOCKS_PER_TASK = 2;

  private final List<CompiledIndicator> indicators;
  private final SubjectTests tests;
  private final int width;
  private final int[] offset;
  private final boolean explain;

  /**
   * Creates the reporter of a plan, once every indicator is compiled and the row laid out.
   *
   * @param indicators the compiled indicators, in report order
   * @param tests their criteria, frozen
   * @param width longs per subject row
   * @param offset per feature, its first word in a row
   * @param explain whether reports list the subjects of each population
   */
  Reporter(List<CompiledIndicator> indicators, SubjectTests tests, int width, int[] offset,
      boolean explain) {
    this.indicators = List.copyOf(indicators);
    this.tests = tests;
    this.width = width;
    this.offset = offset;
    this.explain = explain;
  }

  /**
   * Produces the reports of every tenant with subjects in a state, tenants in name order, each
   * tenant's subjects tallied in {@code parts} ranges of whole blocks on tasks of the fork-join
   * pool the call runs in (the common pool otherwise). The same reports for any number of
   * tasks.
   *
   * @param st the state, not updated meanwhile
   * @param parts how many tasks, at least 1
   * @return per tenant, one report per indicator and period
   */
  List<MeasureReport> report(SubjectColumns st, int parts) {
    FactEncoder enc = st.encoder;
    int[][] subjects = subjectsByTenant(st);
    Map<String, int[]> tenants = new TreeMap<>();
    for (int t = 0; t < subjects.length; t++) {
      if (subjects[t].length > 0) {
        tenants.put(enc.tenant(t), subjects[t]);
      }
    }
    List<MeasureReport> out = new ArrayList<>();
    tenants.forEach((tenant, ids) -> {
      // Counts do not depend on the order; only subject lists need sorting.
      int[] sorted = explain ? sortBySubject(enc, ids) : ids;
      for (Tally t : tallies(st, sorted, parts)) {
        out.add(report(tenant, t));
      }
    });
    return out;
  }

  /** The subjects seen, per tenant index, in id order. */
  private static int[][] subjectsByTenant(SubjectColumns st) {
    FactEncoder enc = st.encoder;
    long[] seen = st.seen;
    int[] perTenant = new int[enc.tenantCount()];
    if (perTenant.length == 1) {
      // One tenant (the usual case): no lookup per subject.
      perTenant[0] = (int) st.seenCount();
    } else {
      for (int word = 0; word < seen.length; word++) {
        for (long bits = seen[word]; bits != 0; bits &= bits - 1) {
          perTenant[enc.tenantIndexOf((word << 6) + Long.numberOfTrailingZeros(bits))]++;
        }
      }
    }
    int[][] subjects = new int[perTenant.length][];
    for (int t = 0; t < perTenant.length; t++) {
      subjects[t] = new int[perTenant[t]];
      perTenant[t] = 0;
    }
    for (int word = 0; word < seen.length; word++) {
      for (long bits = seen[word]; bits != 0; bits &= bits - 1) {
        int s = (word << 6) + Long.numberOfTrailingZeros(bits);
        int t = subjects.length == 1 ? 0 : enc.tenantIndexOf(s);
        subjects[t][perTenant[t]++] = s;
      }
    }
    return subjects;
  }

  private static int[] sortBySubject(FactEncoder enc, int[] ids) {
    Integer[] boxed = Arrays.stream(ids).boxed().toArray(Integer[]::new);
    Arrays.sort(boxed, (a, b) -> enc.subjectOf(a).compareTo(enc.subjectOf(b)));
    return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
  }

  /** The populations of one indicator and period over some of one tenant's subjects. */
  private static final class Tally {
    final CompiledIndicator c;
    final long[] counts = new long[6];
    long observed;
    final List<List<String>> lists = new ArrayList<>();
    final List<Map<String, long[]>> strata = new ArrayList<>();

    Tally(CompiledIndicator c) {
      this.c = c;
      for (int i = 0; i < 6; i++) {
        lists.add(new ArrayList<>());
      }
      for (int i = 0; i < c.strataSlots().length; i++) {
        strata.add(new TreeMap<>());
      }
    }

    /** Adds the tally of the subjects that follow this one's. */
    void add(Tally next) {
      for (int i = 0; i < 6; i++) {
        counts[i] += next.counts[i];
        lists.get(i).addAll(next.lists.get(i));
      }
      observed += next.observed;
      for (int x = 0; x < strata.size(); x++) {
        Map<String, long[]> mine = strata.get(x);
        next.strata.get(x).forEach((value, sc) -> {
          long[] sum = mine.computeIfAbsent(value, v -> new long[6]);
          for (int i = 0; i < 6; i++) {
            sum[i] += sc[i];
          }
        });
      }
    }
  }

  /** Tallies every indicator over subjects, in ranges of whole blocks on {@code parts} tasks. */
  private List<Tally> tallies(SubjectColumns st, int[] subjects, int parts) {
    int blocks = (subjects.length + SubjectTests.BLOCK - 1) / SubjectTests.BLOCK;
    int tasks = Math.max(1, Math.min(parts, blocks / MIN_BLOCKS_PER_TASK));
    if (tasks == 1) {
      return tallies(st, subjects, 0, subjects.length);
    }
    List<List<Tally>> ranges = IntStream.range(0, tasks).parallel().mapToObj(p -> tallies(st,
        subjects, Math.min(subjects.length, blocks * p / tasks * SubjectTests.BLOCK),
        Math.min(subjects.length, blocks * (p + 1) / tasks * SubjectTests.BLOCK))).toList();
    List<Tally> all = ranges.get(0);
    for (List<Tally> range : ranges.subList(1, tasks)) {
      for (int i = 0; i < all.size(); i++) {
        all.get(i).add(range.get(i));
      }
    }
    return all;
  }

  /** Tallies every indicator over subjects {@code from} to {@code to}, block by block. */
  private List<Tally> tallies(SubjectColumns st, int[] subjects, int from, int to) {
    List<Tally> tallies = new ArrayList<>();
    for (CompiledIndicator c : indicators) {
      tallies.add(new Tally(c));
    }
    // Block by block: every criterion over the block's subjects (whose rows then stay in
    // cache), then every indicator's populations, 64 subjects per word.
    SubjectTests.Block block = new SubjectTests.Block(tests, st, width, offset);
    long[][] in = new long[6][SubjectTests.BLOCK / 64];
    for (int b = from; b < to; b += SubjectTests.BLOCK) {
      tests.evaluate(block, subjects, b, Math.min(SubjectTests.BLOCK, to - b));
      for (Tally t : tallies) {
        tally(t, block, in);
      }
    }
    return tallies;
  }

  /** Adds one block's subjects to an indicator's populations. */
  private void tally(Tally t, SubjectTests.Block b, long[][] in) {
    CompiledIndicator c = t.c;
    int[] p = c.pops();
    long[][] bits = b.bits;
    long any = 0;
    for (int w = 0; w < b.words(); w++) {
      long ip = bits[p[IP]][w] & b.valid(w);
      long d = p[D] < 0 ? ip : ip & bits[p[D]][w];
      long dx = p[DX] < 0 ? 0 : d & bits[p[DX]][w];
      long n = p[N] < 0 ? 0 : d & ~dx & bits[p[N]][w];
      in[IP][w] = ip;
      in[D][w] = d;
      in[DX][w] = dx;
      in[N][w] = n;
      in[NX][w] = p[NX] < 0 ? 0 : n & bits[p[NX]][w];
      in[DEXC][w] = p[DEXC] < 0 ? 0 : d & ~dx & ~n & bits[p[DEXC]][w];
      for (int i = 0; i < 6; i++) {
        t.counts[i] += Long.bitCount(in[i][w]);
      }
      any |= ip;
    }
    if (any == 0 || (c.observation() < 0 && !explain && t.strata.isEmpty())) {
      return;
    }
    for (int w = 0; w < b.words(); w++) {
      for (long ip = in[IP][w]; ip != 0; ip &= ip - 1) {
        int bit = Long.numberOfTrailingZeros(ip);
        int s = b.subject((w << 6) + bit);
        int row = s * width;
        if (c.observation() >= 0) {
          t.observed += b.rows[row + offset[c.observation()]];
        }
        if (explain) {
          for (int i = 0; i < 6; i++) {
            if ((in[i][w] >>> bit & 1) != 0) {
              t.lists.get(i).add(b.st.encoder.subjectOf(s));
            }
          }
        }
        for (int x = 0; x < t.strata.size(); x++) {
          int key = (int) b.rows[row + offset[c.strataSlots()[x]] + 1];
          String value = key == 0 ? Stratifier.NOT_STATED : b.st.encoder.valueOf(key - 1);
          long[] sc = t.strata.get(x).computeIfAbsent(value, v -> new long[6]);
          for (int i = 0; i < 6; i++) {
            sc[i] += in[i][w] >>> bit & 1;
          }
        }
      }
    }
  }

  private MeasureReport report(String tenant, Tally t) {
    CompiledIndicator c = t.c;
    long[] counts = t.counts;
    long observed = t.observed;
    List<Map<String, long[]>> strata = t.strata;
    IndicatorDefinition def = c.def();
    List<PopulationResult> pops = populations(c.pops(), counts, explain ? t.lists : null);
    BigDecimal score = score(def.scoring(), counts, observed, c.observation() >= 0);
    Verdict verdict = verdict(def, c.target(), counts, observed, c.observation() >= 0);
    List<Stratum> strataOut = new ArrayList<>();
    for (int s = 0; s < strata.size(); s++) {
      String id = def.stratifiers().get(s).id();
      for (Map.Entry<String, long[]> e : strata.get(s).entrySet()) {
        strataOut.add(new Stratum(id, e.getKey(), populations(c.pops(), e.getValue(), null),
            def.scoring() == Scoring.PROPORTION ? score(Scoring.PROPORTION, e.getValue(), 0, false)
                : null));
      }
    }
    return new MeasureReport(def.id(), def.version(), def.title(), tenant, c.period(),
        def.scoring(), pops, score, c.target(), verdict, strataOut, c.policies());
  }

  private static List<PopulationResult> populations(int[] p, long[] counts,
      List<List<String>> lists) {
    List<PopulationResult> out = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      boolean present = i == IP || i == D || i == N || p[i] >= 0;
      if (present) {
        out.add(new PopulationResult(CODES[i], counts[i], lists == null ? List.of()
            : lists.get(i)));
      }
    }
    return out;
  }

  private static BigDecimal score(Scoring scoring, long[] counts, long observed,
      boolean hasObservation) {
    switch (scoring) {
      case PROPORTION:
        long den = counts[D] - counts[DX] - counts[DEXC];
        return den <= 0 ? null : BigDecimal.valueOf(counts[N] - counts[NX])
            .divide(BigDecimal.valueOf(den), 6, RoundingMode.HALF_EVEN);
      case COUNT:
        return BigDecimal.valueOf(hasObservation ? observed : counts[IP]);
      default:
        return counts[N] - counts[NX] > 0 ? BigDecimal.ONE : BigDecimal.ZERO;
    }
  }

  private static Verdict verdict(IndicatorDefinition def, Target target, long[] counts,
      long observed, boolean hasObservation) {
    switch (def.scoring()) {
      case PROPORTION:
        long den = counts[D] - counts[DX] - counts[DEXC];
        if (den < def.minimumDenominator()) {
          return Verdict.INSUFFICIENT_DATA;
        }
        if (target == null) {
          return Verdict.NOT_APPLICABLE;
        }
        return target.isMet(counts[N] - counts[NX], den) ? Verdict.MET : Verdict.NOT_MET;
      case COUNT:
        if (target == null) {
          return Verdict.NOT_APPLICABLE;
        }
        return target.isMet(hasObservation ? observed : counts[IP], 1) ? Verdict.MET
            : Verdict.NOT_MET;
      default:
        return counts[N] - counts[NX] > 0 ? Verdict.MET : Verdict.NOT_MET;
    }
  }
}
