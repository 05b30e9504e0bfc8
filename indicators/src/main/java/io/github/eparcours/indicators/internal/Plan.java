package io.github.eparcours.indicators.internal;

import io.github.eparcours.indicators.definition.BoundaryPolicy;
import io.github.eparcours.indicators.definition.CareTeamPolicy;
import io.github.eparcours.indicators.definition.Component;
import io.github.eparcours.indicators.definition.Criterion;
import io.github.eparcours.indicators.definition.FactSelector;
import io.github.eparcours.indicators.definition.IndicatorDefinition;
import io.github.eparcours.indicators.definition.LookAheadPolicy;
import io.github.eparcours.indicators.definition.OpenFilePolicy;
import io.github.eparcours.indicators.definition.ReportingPeriod;
import io.github.eparcours.indicators.definition.Scoring;
import io.github.eparcours.indicators.definition.Stratifier;
import io.github.eparcours.indicators.definition.Target;
import io.github.eparcours.indicators.definition.Window;
import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.fact.FactKind;
import io.github.eparcours.indicators.internal.FeatureSpec.FeatureType;
import io.github.eparcours.indicators.report.MeasureReport;
import io.github.eparcours.indicators.report.PopulationCode;
import io.github.eparcours.indicators.report.PopulationResult;
import io.github.eparcours.indicators.report.Stratum;
import io.github.eparcours.indicators.report.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Definitions x periods compiled into per-subject aggregates (features) and predicates over them.
 * Immutable once built, shared by every partial aggregate of one engine.
 */
public final class Plan {

  private static final int IP = 0;
  private static final int D = 1;
  private static final int DX = 2;
  private static final int DEXC = 3;
  private static final int N = 4;
  private static final int NX = 5;
  private static final PopulationCode[] CODES = PopulationCode.values();

  private final ZoneId zone;
  private final BoundaryPolicy boundary;
  private final boolean explain;
  private final Map<FeatureSpec, Integer> featureIndex = new LinkedHashMap<>();
  private final Map<FactKind, int[]> byKind = new HashMap<>();
  private final List<Compiled> indicators = new ArrayList<>();
  private FeatureType[] types;
  private int[] slot;
  private long[] from;
  private long[] to;
  private int[] cap;
  private FactSelector[] selectors;
  private FactSelector[] removes;
  private boolean[] anyAttribute;
  private Component[] components;
  private long[] initialLongs;
  private FactKind[] kindKeys;
  private int[][] kindFeatures;
  /** Per kind, per feature of {@link #kindFeatures}: bit 1 = the kind adds, bit 2 = removes. */
  private byte[][] kindRoles;
  private final Map<FactKind, Integer> kindIndex = new HashMap<>();
  private int[] ops;
  private boolean[] anyRemoveAttribute;
  private int objWidth;

  private static final int OP_COUNT = 0;
  private static final int OP_MIN_TIME = 1;
  private static final int OP_MAX_TIME = 2;
  private static final int OP_DISTINCT = 3;
  private static final int OP_LATEST = 4;
  private static final int OP_MEMBERS = 5;

  /**
   * Compiles definitions for reporting dates.
   *
   * @param definitions the definitions
   * @param reportingDates the reporting dates
   * @param zone the time zone
   * @param boundary the boundary policy
   * @param explain whether reports list subjects
   */
  public Plan(List<IndicatorDefinition> definitions, List<LocalDate> reportingDates, ZoneId zone,
      BoundaryPolicy boundary, boolean explain) {
    this.zone = zone;
    this.boundary = boundary;
    this.explain = explain;
    List<FeatureSpec> specs = new ArrayList<>();
    for (IndicatorDefinition def : definitions) {
      java.util.Set<ReportingPeriod> seen = new java.util.HashSet<>();
      for (LocalDate date : reportingDates) {
        ReportingPeriod period = def.periodRule().resolve(date, zone);
        if (seen.add(period)) {
          indicators.add(compile(def, period));
        }
      }
    }
    specs.addAll(featureIndex.keySet());
    freeze(specs);
  }

  private void freeze(List<FeatureSpec> specs) {
    int n = specs.size();
    types = new FeatureType[n];
    slot = new int[n];
    from = new long[n];
    to = new long[n];
    cap = new int[n];
    selectors = new FactSelector[n];
    removes = new FactSelector[n];
    anyAttribute = new boolean[n];
    anyRemoveAttribute = new boolean[n];
    ops = new int[n];
    components = new Component[n];
    List<Long> inits = new ArrayList<>();
    Map<FactKind, List<Integer>> kinds = new HashMap<>();
    for (int f = 0; f < n; f++) {
      FeatureSpec s = specs.get(f);
      types[f] = s.type();
      from[f] = s.from();
      to[f] = s.to();
      cap[f] = s.cap();
      selectors[f] = s.selector();
      removes[f] = s.removes();
      components[f] = s.component();
      anyAttribute[f] = anyAttribute(s.selector());
      anyRemoveAttribute[f] = s.removes() == null || anyAttribute(s.removes());
      ops[f] = op(s.type());
      if (s.type().isLong()) {
        slot[f] = inits.size();
        inits.add(s.type() == FeatureType.MIN_TIME ? Ticks.NONE_MIN
            : s.type() == FeatureType.MAX_TIME ? Ticks.NONE_MAX : 0L);
      } else {
        slot[f] = objWidth++;
      }
      for (FactKind k : s.selector().kinds()) {
        kinds.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
      }
      if (s.removes() != null) {
        for (FactKind k : s.removes().kinds()) {
          List<Integer> l = kinds.computeIfAbsent(k, x -> new ArrayList<>());
          if (!l.contains(f)) {
            l.add(f);
          }
        }
      }
    }
    initialLongs = inits.stream().mapToLong(Long::longValue).toArray();
    kinds.forEach((k, l) -> byKind.put(k, l.stream().mapToInt(Integer::intValue).toArray()));
    kindKeys = byKind.keySet().toArray(new FactKind[0]);
    kindFeatures = new int[kindKeys.length][];
    kindRoles = new byte[kindKeys.length][];
    for (int i = 0; i < kindKeys.length; i++) {
      kindIndex.put(kindKeys[i], i);
      int[] fs = byKind.get(kindKeys[i]);
      kindFeatures[i] = fs;
      kindRoles[i] = new byte[fs.length];
      for (int j = 0; j < fs.length; j++) {
        FeatureSpec s = specs.get(fs[j]);
        boolean adds = s.selector().kinds().contains(kindKeys[i]);
        boolean removes = s.removes() != null && s.removes().kinds().contains(kindKeys[i]);
        kindRoles[i][j] = (byte) ((adds ? 1 : 0) | (removes ? 2 : 0));
      }
    }
  }

  private static boolean anyAttribute(FactSelector selector) {
    return selector.codes().isEmpty() && selector.qualifiers().isEmpty();
  }

  // Dense opcodes: the fold loop switches on an int from a small array instead of an enum
  // (whose switch goes through a synthetic ordinal map).
  private static int op(FeatureType type) {
    switch (type) {
      case COUNT:
        return OP_COUNT;
      case MIN_TIME:
        return OP_MIN_TIME;
      case MAX_TIME:
        return OP_MAX_TIME;
      case DISTINCT:
        return OP_DISTINCT;
      case LATEST:
        return OP_LATEST;
      default:
        return OP_MEMBERS;
    }
  }

  /**
   * Returns a new empty table for one tenant.
   *
   * @param expectedSubjects how many subjects to size it for
   * @return the table
   */
  public SubjectTable newTable(int expectedSubjects) {
    return new SubjectTable(initialLongs, objWidth, expectedSubjects);
  }

  /**
   * Returns the index of a fact kind in the per-kind dispatch tables.
   *
   * @param kind the kind
   * @return the index for {@link #fold}, or -1 when no indicator reads the kind
   */
  public int kindIndex(FactKind kind) {
    // Facts almost always carry the shared constants: an identity scan over the few kinds read
    // is cheaper than hashing the record.
    FactKind[] keys = kindKeys;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == kind) {
        return i;
      }
    }
    Integer i = kindIndex.get(kind);
    return i == null ? -1 : i;
  }

  /**
   * Folds a fact into a subject's aggregates.
   *
   * @param t the tenant's table
   * @param row the subject's row
   * @param fact the fact
   * @param kind the fact's kind index, from {@link #kindIndex(FactKind)}, not -1
   */
  public void fold(SubjectTable t, int row, Fact fact, int kind) {
    int[] fs = kindFeatures[kind];
    long tick = Ticks.of(fact.at());
    long[] longs = t.longs();
    int lb = t.longBase(row);
    for (int j = 0; j < fs.length; j++) {
      int f = fs[j];
      int op = ops[f];
      if (op == OP_MEMBERS) {
        foldMember(t.objs(), t.objBase(row) + slot[f], f, fact, tick, kindRoles[kind][j]);
        continue;
      }
      if (tick < from[f] || tick >= to[f]
          || (!anyAttribute[f] && !selectors[f].matchesAttributes(fact))) {
        continue;
      }
      int at = lb + slot[f];
      switch (op) {
        case OP_COUNT:
          longs[at]++;
          break;
        case OP_MIN_TIME:
          if (tick < longs[at]) {
            longs[at] = tick;
          }
          break;
        case OP_MAX_TIME:
          if (tick > longs[at]) {
            longs[at] = tick;
          }
          break;
        case OP_DISTINCT:
          if (fact.actor() != null) {
            Object[] objs = t.objs();
            int o = t.objBase(row) + slot[f];
            ActorSet set = (ActorSet) objs[o];
            if (set == null) {
              set = new ActorSet();
              objs[o] = set;
            }
            set.add(fact.actor(), cap[f]);
          }
          break;
        default:
          Object[] objs = t.objs();
          int o = t.objBase(row) + slot[f];
          String v = components[f] == Component.CODE ? fact.code() : fact.qualifier();
          Latest cur = (Latest) objs[o];
          // Only allocate when the value changes the outcome.
          if (cur == null || tick >= cur.tick()) {
            objs[o] = Latest.max(cur, new Latest(tick, v));
          }
          break;
      }
    }
  }

  private void foldMember(Object[] objs, int at, int f, Fact fact, long tick, byte role) {
    if (fact.actor() == null) {
      return;
    }
    boolean isAdd = (role & 1) != 0 && (anyAttribute[f] || selectors[f].matchesAttributes(fact));
    boolean isRemove = (role & 2) != 0
        && (anyRemoveAttribute[f] || removes[f].matchesAttributes(fact));
    if (!isAdd && !isRemove) {
      return;
    }
    MemberSet set = (MemberSet) objs[at];
    if (set == null) {
      set = new MemberSet();
      objs[at] = set;
    }
    set.record(fact.actor(), tick, isAdd && !isRemove, from[f], to[f]);
  }

  /**
   * Merges every subject of {@code source} into {@code target}.
   *
   * @param target the table merged into
   * @param source the table merged from, left unchanged except for shared aggregate objects
   */
  public void merge(SubjectTable target, SubjectTable source) {

    for (int rs = 0; rs < source.capacity(); rs++) {
      String key = source.key(rs);
      if (key == null) {
        continue;
      }
      int rt = target.row(key);
      int tlb = target.longBase(rt);
      int slb = source.longBase(rs);
      int tob = target.objBase(rt);
      int sob = source.objBase(rs);
      long[] tl = target.longs();
      long[] sl = source.longs();
      Object[] to2 = target.objs();
      Object[] so = source.objs();
      for (int f = 0; f < types.length; f++) {
        int s = slot[f];
        switch (types[f]) {
          case COUNT:
            tl[tlb + s] += sl[slb + s];
            break;
          case MIN_TIME:
            tl[tlb + s] = Math.min(tl[tlb + s], sl[slb + s]);
            break;
          case MAX_TIME:
            tl[tlb + s] = Math.max(tl[tlb + s], sl[slb + s]);
            break;
          default:
            to2[tob + s] = mergeObject(f, to2[tob + s], so[sob + s]);
            break;
        }
      }
    }
  }

  private Object mergeObject(int f, Object a, Object b) {
    if (b == null) {
      return a;
    }
    switch (types[f]) {
      case DISTINCT:
        ActorSet sa = a == null ? new ActorSet() : (ActorSet) a;
        sa.addAll((ActorSet) b, cap[f]);
        return sa;
      case LATEST:
        return Latest.max((Latest) a, (Latest) b);
      default:
        MemberSet ma = a == null ? new MemberSet() : (MemberSet) a;
        ma.mergeFrom((MemberSet) b);
        return ma;
    }
  }

  // ------------------------------------------------------------------ compilation

  /** A predicate over one subject's aggregates. */
  private interface Pred {
    boolean test(long[] longs, int lb, Object[] objs, int ob);
  }

  private record Compiled(IndicatorDefinition def, ReportingPeriod period, Target target,
      Pred[] pops, int observation, int[] strataSlots, Map<String, String> policies) {}

  private Compiled compile(IndicatorDefinition def, ReportingPeriod period) {
    Pred[] pops = new Pred[6];
    pops[IP] = pred(def.initialPopulation(), period);
    pops[D] = def.denominator().map(c -> pred(c, period)).orElse(null);
    pops[DX] = def.denominatorExclusion().map(c -> pred(c, period)).orElse(null);
    pops[DEXC] = def.denominatorException().map(c -> pred(c, period)).orElse(null);
    pops[N] = def.numerator().map(c -> pred(c, period)).orElse(null);
    pops[NX] = def.numeratorExclusion().map(c -> pred(c, period)).orElse(null);
    int obs = def.observation()
        .map(sel -> slot(feature(FeatureType.COUNT, sel, null, null, Window.PERIOD, period, 0)))
        .orElse(-1);
    int[] strata = new int[def.stratifiers().size()];
    for (int i = 0; i < strata.length; i++) {
      Stratifier s = def.stratifiers().get(i);
      strata[i] = feature(FeatureType.LATEST, s.selector(), null, s.component(),
          Window.UNTIL_PERIOD_END, period, 0);
    }
    Map<String, String> policies = new LinkedHashMap<>(def.policies());
    policies.put("time-zone", zone.getId());
    policies.put("period-boundary", boundary.name());
    policies.put("score-rounding", "6 decimals, HALF_EVEN; verdict from exact counts");
    return new Compiled(def, period, def.targets().targetFor(period).orElse(null), pops, obs,
        strata, policies);
  }

  private int slot(int feature) {
    return feature;
  }

  private int feature(FeatureType type, FactSelector sel, FactSelector rem, Component comp,
      Window window, ReportingPeriod period, int capacity) {
    long lo = bound(window.from(), period, Long.MIN_VALUE);
    long hi = bound(window.to(), period, Long.MAX_VALUE);
    FeatureSpec spec = new FeatureSpec(type, sel, rem, comp, lo, hi, capacity);
    return featureIndex.computeIfAbsent(spec, s -> featureIndex.size());
  }

  private long bound(Window.Bound b, ReportingPeriod period, long unbounded) {
    switch (b.edge()) {
      case UNBOUNDED:
        return unbounded;
      case PERIOD_START:
        return Ticks.of(period.firstDay().atStartOfDay(zone).plus(b.shift()).toInstant());
      default:
        long end = Ticks.of(
            period.lastDay().plusDays(1).atStartOfDay(zone).plus(b.shift()).toInstant());
        return boundary == BoundaryPolicy.END_INCLUSIVE ? end + 1 : end;
    }
  }

  private long tick(Window.Bound b, ReportingPeriod period) {
    return bound(b, period, 0);
  }

  // Predicates reference feature indexes; slots are resolved lazily because they are only known
  // once every definition is compiled (see resolved()).
  private Pred pred(Criterion c, ReportingPeriod p) {
    if (c instanceof Criterion.Count k) {
      int f = feature(FeatureType.COUNT, k.selector(), null, null, k.window(), p, 0);
      int n = k.atLeast();
      return (l, lb, o, ob) -> l[lb + slot[f]] >= n;
    }
    if (c instanceof Criterion.DistinctActors k) {
      int f = feature(FeatureType.DISTINCT, k.selector(), null, null, k.window(), p,
          k.atLeast());
      int n = k.atLeast();
      return (l, lb, o, ob) -> {
        ActorSet s = (ActorSet) o[ob + slot[f]];
        return s != null && s.size() >= n;
      };
    }
    if (c instanceof Criterion.Open k) {
      return open(k, p);
    }
    if (c instanceof Criterion.FirstWithin k) {
      int a = feature(FeatureType.MIN_TIME, k.anchor(), null, null, Window.ALL, p, 0);
      int t = feature(FeatureType.MIN_TIME, k.target(), null, null,
          k.policy() == LookAheadPolicy.LOOK_AHEAD ? Window.ALL : Window.UNTIL_PERIOD_END, p, 0);
      Period within = k.within();
      long[] bounds = deadlineBounds(within);
      return (l, lb, o, ob) -> {
        long anchor = l[lb + slot[a]];
        long target = l[lb + slot[t]];
        if (anchor == Ticks.NONE_MIN || target == Ticks.NONE_MIN) {
          return false;
        }
        if (bounds != null && Math.abs(anchor) < SAFE_TICK && Math.abs(target) < SAFE_TICK) {
          long gap = target - anchor;
          if (gap <= bounds[0]) {
            return true;
          }
          if (gap > bounds[1]) {
            return false;
          }
        }
        ZonedDateTime deadline = Ticks.toInstant(anchor).atZone(zone).plus(within);
        return target <= Ticks.of(deadline.toInstant());
      };
    }
    if (c instanceof Criterion.TeamSize k) {
      long start = tick(Window.Bound.PERIOD_START, p);
      long end = tick(Window.Bound.PERIOD_END, p);
      FeatureSpec spec = new FeatureSpec(FeatureType.MEMBERS, k.adds(), k.removes(), null, start,
          end, 0);
      int f = featureIndex.computeIfAbsent(spec, s -> featureIndex.size());
      int n = k.atLeast();
      boolean atEnd = k.policy() == CareTeamPolicy.AT_PERIOD_END;
      return (l, lb, o, ob) -> {
        MemberSet s = (MemberSet) o[ob + slot[f]];
        return s != null && (atEnd ? s.atEnd() : s.duringPeriod()) >= n;
      };
    }
    if (c instanceof Criterion.LatestValue k) {
      int f = feature(FeatureType.LATEST, k.selector(), null, k.component(), k.window(), p, 0);
      java.util.Set<String> values = k.values();
      return (l, lb, o, ob) -> {
        Latest v = (Latest) o[ob + slot[f]];
        return v != null && v.value() != null && values.contains(v.value());
      };
    }
    if (c instanceof Criterion.And k) {
      Pred[] all = k.all().stream().map(x -> pred(x, p)).toArray(Pred[]::new);
      return (l, lb, o, ob) -> {
        for (Pred x : all) {
          if (!x.test(l, lb, o, ob)) {
            return false;
          }
        }
        return true;
      };
    }
    if (c instanceof Criterion.Or k) {
      Pred[] any = k.any().stream().map(x -> pred(x, p)).toArray(Pred[]::new);
      return (l, lb, o, ob) -> {
        for (Pred x : any) {
          if (x.test(l, lb, o, ob)) {
            return true;
          }
        }
        return false;
      };
    }
    if (c instanceof Criterion.Not k) {
      Pred x = pred(k.negated(), p);
      return (l, lb, o, ob) -> !x.test(l, lb, o, ob);
    }
    // Criterion is sealed: every permitted record is handled above.
    throw new IllegalStateException("unhandled criterion " + c.getClass().getName());
  }

  /** Ticks below this magnitude subtract without overflow (about 1824 to 2116). */
  private static final long SAFE_TICK = 1L << 62;
  private static final long DAY = 86_400_000_000_000L;

  /**
   * Bounds, in ticks, of how far a calendar period added in any zone moves an instant: a month
   * adds 28 to 31 local days (end-of-month clamping included), a year 365 or 366, and the zone
   * offset changes by less than two days. Gaps outside the bounds are decided without calendar
   * arithmetic; gaps between them, and periods with negative parts, take the exact path.
   *
   * @return {lowest, highest}, or null when no fast bounds apply
   */
  private static long[] deadlineBounds(Period within) {
    if (within.isNegative() || within.toTotalMonths() > 1200 || within.getDays() > 36_500) {
      return null;
    }
    long months = within.toTotalMonths();
    long days = within.getDays();
    return new long[] {(28 * months + days - 2) * DAY, (31 * months + days + 2) * DAY};
  }

  private Pred open(Criterion.Open k, ReportingPeriod p) {
    if (k.policy() == OpenFilePolicy.AT_PERIOD_END) {
      int o1 = feature(FeatureType.MAX_TIME, k.opens(), null, null, Window.UNTIL_PERIOD_END, p, 0);
      int c1 = feature(FeatureType.MAX_TIME, k.closes(), null, null, Window.UNTIL_PERIOD_END, p,
          0);
      return (l, lb, o, ob) -> l[lb + slot[o1]] != Ticks.NONE_MAX
          && l[lb + slot[o1]] > l[lb + slot[c1]];
    }
    Window beforeStart = new Window(Window.Bound.UNBOUNDED, Window.Bound.PERIOD_START);
    int o0 = feature(FeatureType.MAX_TIME, k.opens(), null, null, beforeStart, p, 0);
    int c0 = feature(FeatureType.MAX_TIME, k.closes(), null, null, beforeStart, p, 0);
    int in = feature(FeatureType.COUNT, k.opens(), null, null, Window.PERIOD, p, 0);
    return (l, lb, o, ob) -> l[lb + slot[in]] > 0
        || (l[lb + slot[o0]] != Ticks.NONE_MAX && l[lb + slot[o0]] > l[lb + slot[c0]]);
  }

  // ------------------------------------------------------------------ reporting

  /**
   * Produces the reports of one tenant.
   *
   * @param tenant the tenant
   * @param t its table
   * @return one report per indicator and period
   */
  public List<MeasureReport> report(String tenant, SubjectTable t) {
    // Counts do not depend on the order; only subject lists need sorting.
    int[] rows = explain ? t.sortedRows() : t.usedRows();
    List<MeasureReport> out = new ArrayList<>();
    for (Compiled c : indicators) {
      out.add(report(tenant, t, rows, c));
    }
    return out;
  }

  private MeasureReport report(String tenant, SubjectTable t, int[] rows, Compiled c) {
    long[] counts = new long[6];
    long observed = 0;
    List<List<String>> lists = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      lists.add(new ArrayList<>());
    }
    List<Map<String, long[]>> strata = new ArrayList<>();
    for (int i = 0; i < c.strataSlots().length; i++) {
      strata.add(new TreeMap<>());
    }
    long[] longs = t.longs();
    Object[] objs = t.objs();
    boolean[] in = new boolean[6];
    for (int row : rows) {
      int lb = t.longBase(row);
      int ob = t.objBase(row);
      if (!membership(c.pops(), longs, lb, objs, ob, in)) {
        continue;
      }
      if (c.observation() >= 0) {
        observed += longs[lb + slot[c.observation()]];
      }
      for (int i = 0; i < 6; i++) {
        if (in[i]) {
          counts[i]++;
          if (explain) {
            lists.get(i).add(t.key(row));
          }
        }
      }
      for (int s = 0; s < strata.size(); s++) {
        Latest v = (Latest) objs[ob + slot[c.strataSlots()[s]]];
        String value = v == null || v.value() == null ? Stratifier.NOT_STATED : v.value();
        long[] sc = strata.get(s).computeIfAbsent(value, x -> new long[6]);
        for (int i = 0; i < 6; i++) {
          if (in[i]) {
            sc[i]++;
          }
        }
      }
    }
    IndicatorDefinition def = c.def();
    List<PopulationResult> pops = populations(c.pops(), counts, explain ? lists : null);
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

  private static boolean membership(Pred[] p, long[] l, int lb, Object[] o, int ob,
      boolean[] in) {
    if (!p[IP].test(l, lb, o, ob)) {
      return false;
    }
    in[IP] = true;
    in[D] = p[D] == null || p[D].test(l, lb, o, ob);
    in[DX] = in[D] && p[DX] != null && p[DX].test(l, lb, o, ob);
    in[N] = in[D] && !in[DX] && p[N] != null && p[N].test(l, lb, o, ob);
    in[NX] = in[N] && p[NX] != null && p[NX].test(l, lb, o, ob);
    in[DEXC] = in[D] && !in[DX] && !in[N] && p[DEXC] != null && p[DEXC].test(l, lb, o, ob);
    return true;
  }

  private static List<PopulationResult> populations(Pred[] p, long[] counts,
      List<List<String>> lists) {
    List<PopulationResult> out = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      boolean present = i == IP || i == D || i == N || p[i] != null;
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
