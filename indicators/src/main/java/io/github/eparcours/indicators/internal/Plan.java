package io.github.eparcours.indicators.internal;

import static io.github.eparcours.indicators.internal.CompiledIndicator.D;
import static io.github.eparcours.indicators.internal.CompiledIndicator.DEXC;
import static io.github.eparcours.indicators.internal.CompiledIndicator.DX;
import static io.github.eparcours.indicators.internal.CompiledIndicator.IP;
import static io.github.eparcours.indicators.internal.CompiledIndicator.N;
import static io.github.eparcours.indicators.internal.CompiledIndicator.NX;

import io.github.eparcours.indicators.definition.BoundaryPolicy;
import io.github.eparcours.indicators.definition.CareTeamPolicy;
import io.github.eparcours.indicators.definition.Component;
import io.github.eparcours.indicators.definition.Criterion;
import io.github.eparcours.indicators.definition.FactSelector;
import io.github.eparcours.indicators.definition.IndicatorDefinition;
import io.github.eparcours.indicators.definition.LookAheadPolicy;
import io.github.eparcours.indicators.definition.OpenFilePolicy;
import io.github.eparcours.indicators.definition.ReportingPeriod;
import io.github.eparcours.indicators.definition.Stratifier;
import io.github.eparcours.indicators.definition.Window;
import io.github.eparcours.indicators.fact.FactEncoder;
import io.github.eparcours.indicators.fact.FactKind;
import io.github.eparcours.indicators.internal.FeatureSpec.FeatureType;
import io.github.eparcours.indicators.report.MeasureReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Definitions x periods compiled into per-subject features laid out in one row of longs, a
 * per-kind table of operations, and the criteria as {@link SubjectTests} evaluated over blocks
 * of rows at report time. Folds batches of facts into a {@link SubjectColumns} state (cut up as
 * {@link SubjectWindows} says), merges states, and hands them to its {@link Reporter}.
 * Immutable once built, shared by every partial aggregate of one engine.
 *
 * <p>Row layout per feature: COUNT, MAX_TIME one word; MIN_TIME one word holding the bitwise
 * complement of the earliest tick (so that it is kept, like MAX_TIME, as a maximum, and the fold
 * loop treats the three alike without branches); DISTINCT {@code (cap + 1) / 2}
 * words of two {@code actor + 1} ints (0 = free); LATEST two words (tick, {@code value + 1});
 * MEMBERS {@link Members#INLINE} slots (see {@link Members}).
 */
public final class Plan {

  /** Facts per chunk whose rows are brought into the cache before being updated. */
  private static final int CHUNK = 64;
  /** A window shift under which every subject id falls in window 0. */
  private static final int ALL_IDS_SHIFT = 31;
  /** Facts per pass through the buffer when a batch is folded in its own order. */
  private static final int IN_ORDER_CHUNK = 4096;

  private final ZoneId zone;
  private final BoundaryPolicy boundary;
  private final boolean explain;
  private final Map<FeatureSpec, Integer> featureIndex = new LinkedHashMap<>();
  private final List<CompiledIndicator> indicators = new ArrayList<>();
  private final SubjectTests tests = new SubjectTests();
  private final Reporter reporter;

  // Per feature.
  private FeatureType[] types;
  private int[] offset;
  private long[] from;
  private long[] to;
  private int[] cap;
  private int[] memberWidth;
  private int[] memberIndex;
  private int[] addFilter;
  private int[] removeFilter;
  private Component[] components;
  private int width;
  private int memberFeatures;

  // Attribute filters: selectors restricting codes or qualifiers.
  private final List<FactSelector> filters = new ArrayList<>();

  // Per plan kind k, from ko = KIND_WORDS * k, operations kindOps[ko] to kindOps[ko + 2]: first
  // the plain ones (COUNT, MIN_TIME, MAX_TIME without attribute filter) up to kindOps[ko + 1],
  // then the others. The last kind reads nothing. Each state copies the words of its encoder's
  // kinds into a table indexed by encoder kind id (kindOps(int[])), which the fold reads with
  // one lookup. Both tables are flat so that the fold keeps two arrays in registers, not one
  // per field (it spilled them to the stack otherwise).
  private final Map<FactKind, Integer> kindIndex = new HashMap<>();
  private int noKind;
  private int[] kindOps;
  private static final int KIND_WORDS = 3;
  /**
   * Per operation j, four words from {@code OP_WORDS * j}: the window start; {@code to - from +
   * Long.MIN_VALUE}, for one signed comparison; -1 for MIN_TIME (the tick is complemented), else
   * 0; the feature's offset in the row times two, plus 1 for COUNT.
   */
  private long[] opTable;
  private static final int OP_WORDS = 4;
  private int[] opFeature;
  /** Per operation: bit 1 = the kind adds, bit 2 = removes (MEMBERS only). */
  private byte[] opRole;

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
    for (IndicatorDefinition def : definitions) {
      Set<ReportingPeriod> seen = new HashSet<>();
      for (LocalDate date : reportingDates) {
        ReportingPeriod period = def.periodRule().resolve(date, zone);
        if (seen.add(period)) {
          indicators.add(compile(def, period));
        }
      }
    }
    freeze(new ArrayList<>(featureIndex.keySet()));
    tests.freeze(indicators.stream().map(CompiledIndicator::pops).toList());
    reporter = new Reporter(indicators, tests, width, offset, explain);
  }

  private void freeze(List<FeatureSpec> specs) {
    int n = specs.size();
    types = new FeatureType[n];
    offset = new int[n];
    from = new long[n];
    to = new long[n];
    cap = new int[n];
    memberWidth = new int[n];
    memberIndex = new int[n];
    addFilter = new int[n];
    removeFilter = new int[n];
    components = new Component[n];
    // Every word of a subject without facts is 0: counts, empty sets and slots, and time
    // words, stored with Ticks.store.
    int words = 0;
    Map<FactKind, List<Integer>> kinds = new LinkedHashMap<>();
    for (int f = 0; f < n; f++) {
      FeatureSpec s = specs.get(f);
      types[f] = s.type();
      from[f] = s.from();
      to[f] = s.to();
      cap[f] = s.cap();
      components[f] = s.component();
      memberIndex[f] = -1;
      addFilter[f] = filter(s.selector());
      removeFilter[f] = s.removes() == null ? -1 : filter(s.removes());
      offset[f] = words;
      switch (s.type()) {
        case COUNT:
        case MIN_TIME:
        case MAX_TIME:
          words++;
          break;
        case DISTINCT:
          words += (s.cap() + 1) / 2;
          break;
        case LATEST:
          // the tick, then the value id + 1
          words += 2;
          break;
        default:
          memberWidth[f] = s.cap() == 1 ? 3 : 2;
          memberIndex[f] = memberFeatures++;
          words += Members.INLINE * memberWidth[f];
          break;
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
    width = words;
    int ops = kinds.values().stream().mapToInt(List::size).sum();
    kindOps = new int[KIND_WORDS * (kinds.size() + 1)];
    opTable = new long[OP_WORDS * ops];
    opFeature = new int[ops];
    opRole = new byte[ops];
    int j = 0;
    int k = 0;
    for (Map.Entry<FactKind, List<Integer>> e : kinds.entrySet()) {
      kindIndex.put(e.getKey(), k);
      List<Integer> ordered = new ArrayList<>();
      for (int f : e.getValue()) {
        if (plain(f)) {
          ordered.add(f);
        }
      }
      kindOps[KIND_WORDS * k] = j;
      kindOps[KIND_WORDS * k + 1] = j + ordered.size();
      kindOps[KIND_WORDS * k + 2] = j + e.getValue().size();
      for (int f : e.getValue()) {
        if (!plain(f)) {
          ordered.add(f);
        }
      }
      for (int f : ordered) {
        FeatureSpec s = specs.get(f);
        boolean adds = s.selector().kinds().contains(e.getKey());
        boolean removes = s.removes() != null && s.removes().kinds().contains(e.getKey());
        opRole[j] = (byte) ((adds ? 1 : 0) | (removes ? 2 : 0));
        opFeature[j] = f;
        // Team events are placed against the period by Members, not filtered by a window.
        boolean members = types[f] == FeatureType.MEMBERS;
        long start = members ? Long.MIN_VALUE : from[f];
        long until = members ? Long.MAX_VALUE : to[f];
        int o = OP_WORDS * j;
        opTable[o] = start;
        opTable[o + 1] = until - start + Long.MIN_VALUE;
        opTable[o + 2] = types[f] == FeatureType.MIN_TIME ? -1L : 0L;
        opTable[o + 3] = ((long) offset[f] << 1) | (types[f] == FeatureType.COUNT ? 1 : 0);
        j++;
      }
      k++;
    }
    noKind = k;
    kindOps[KIND_WORDS * k] = j;
    kindOps[KIND_WORDS * k + 1] = j;
    kindOps[KIND_WORDS * k + 2] = j;
  }

  private boolean plain(int f) {
    return types[f].isLong() && addFilter[f] < 0;
  }

  private int filter(FactSelector selector) {
    if (selector.codes().isEmpty() && selector.qualifiers().isEmpty()) {
      return -1;
    }
    int i = filters.indexOf(selector);
    if (i < 0) {
      filters.add(selector);
      i = filters.size() - 1;
    }
    return i;
  }

  /** @return longs per subject row */
  public int width() {
    return width;
  }

  /** @return whether some feature reads the actor of facts (distinct actors, teams) */
  public boolean readsActors() {
    return Arrays.stream(types).anyMatch(
        t -> t == FeatureType.DISTINCT || t == FeatureType.MEMBERS);
  }

  /** @return whether some feature reads codes or qualifiers (filters, latest values) */
  public boolean readsValues() {
    return !filters.isEmpty() || Arrays.stream(types).anyMatch(t -> t == FeatureType.LATEST);
  }

  /** @return how many MEMBERS features there are */
  int memberFeatures() {
    return memberFeatures;
  }

  /** @return how many code or qualifier filters there are */
  int filterCount() {
    return filters.size();
  }

  /**
   * Returns the plan's index of a kind.
   *
   * @param kind the kind
   * @return the index, or the index of a kind no indicator reads
   */
  int kindIndex(FactKind kind) {
    return kindIndex.getOrDefault(kind, noKind);
  }

  /**
   * Tells whether some indicator reads facts of a kind.
   *
   * @param planKind the plan's index of the kind
   * @return true if facts of the kind update some feature
   */
  boolean reads(int planKind) {
    return kindOps[KIND_WORDS * planKind] != kindOps[KIND_WORDS * planKind + 2];
  }

  /**
   * Returns the operation table of encoder kinds: for each, the {@link #KIND_WORDS} words of its
   * plan kind, so that the fold finds a fact's operations with one lookup.
   *
   * @param planKinds per encoder kind id, its plan kind index
   * @return the table
   */
  int[] kindOps(int[] planKinds) {
    int[] out = new int[KIND_WORDS * planKinds.length];
    for (int k = 0; k < planKinds.length; k++) {
      System.arraycopy(kindOps, KIND_WORDS * planKinds[k], out, KIND_WORDS * k, KIND_WORDS);
    }
    return out;
  }

  /** Recomputes, for every value id, which code and qualifier filters accept it. */
  void attributeTables(SubjectColumns st, int values) {
    FactEncoder enc = st.encoder;
    for (int i = 0; i < filters.size(); i++) {
      FactSelector sel = filters.get(i);
      st.codeOk[i] = sel.codes().isEmpty() ? null : new boolean[values];
      st.qualifierOk[i] = sel.qualifiers().isEmpty() ? null : new boolean[values];
      for (int v = 0; v < values; v++) {
        String value = enc.valueOf(v);
        if (st.codeOk[i] != null) {
          st.codeOk[i][v] = sel.codes().contains(value);
        }
        if (st.qualifierOk[i] != null) {
          st.qualifierOk[i][v] = sel.qualifiers().contains(value);
        }
      }
    }
  }

  /**
   * Returns an empty state for one partial aggregate.
   *
   * @param encoder the encoder whose subject ids index it
   * @param expectedSubjects how many subjects to size it for (it grows as needed)
   * @return the state
   */
  public SubjectColumns newState(FactEncoder encoder, int expectedSubjects) {
    return new SubjectColumns(this, encoder, expectedSubjects);
  }

  // ------------------------------------------------------------------ folding

  /**
   * Folds rows {@code start} to {@code end} of columns into a state. Ids must be valid for the
   * state's encoder (checked by the caller).
   *
   * <p>When the state outgrows the processor's caches, the facts are first partitioned into
   * windows of consecutive subject ids whose rows fit in a core's cache, then folded window by
   * window: each row is then brought from memory once per window pass instead of once per fact.
   * Facts that already come in long runs of one window (grouped by subject) are folded in their
   * order, straight from the columns.
   * The partition goes through a buffer of at most {@link SubjectWindows#FACTS_PER_SUBJECT}
   * facts per subject (at least {@link FoldBuffer#KEPT}), released after the batch.
   *
   * @param st the state
   * @param kinds encoder kind ids
   * @param subjects encoder subject ids
   * @param times times, in units of {@code scale} nanoseconds
   * @param scale nanoseconds per time unit
   * @param actors actor ids or -1, or null for none
   * @param codes value ids or -1, or null for none
   * @param qualifiers value ids or -1, or null for none
   * @param start the first row
   * @param end the row after the last
   */
  public void fold(SubjectColumns st, int[] kinds, int[] subjects, long[] times, long scale,
      int[] actors, int[] codes, int[] qualifiers, int start, int end) {
    st.prepare();
    int subjectCount = st.encoder.subjectCount();
    int shift = end - start < SubjectWindows.PARTITION_FROM_FACTS ? ALL_IDS_SHIFT
        : SubjectWindows.shift(subjectCount, width);
    int windows = SubjectWindows.count(subjectCount, shift);
    boolean groupedBySubject = windows > 1
        && SubjectWindows.grouped(SubjectWindows.sampledRuns(subjects, start, end, shift),
            end - start);
    st.batchCodes = codes;
    st.batchQualifiers = qualifiers;
    FoldBuffer buffer = st.buffer;
    try {
      if (groupedBySubject) {
        foldColumns(st, kinds, subjects, times, scale, actors, null, start, end, shift, 0,
            windows);
        return;
      }
      // A state that fits in the cache takes the facts in their order, through a small buffer.
      boolean inOrder = windows == 1;
      long chunk = inOrder ? IN_ORDER_CHUNK : SubjectWindows.partitionChunk(subjectCount);
      for (int c = start; c < end; c = (int) Math.min(end, c + chunk)) {
        int chunkEnd = (int) Math.min(end, c + chunk);
        buffer.ensure(chunkEnd - c, actors != null, codes != null || qualifiers != null);
        if (inOrder) {
          int n = scatter(st.kindOps, kinds, subjects, times, scale, actors, c, chunkEnd, shift,
              null, buffer);
          st.warm ^= foldBuffer(st, buffer, 0, n, true);
        } else {
          int[] next = new int[windows];
          count(st.kindOps, kinds, subjects, c, chunkEnd, shift, next);
          int[] windowStart = SubjectWindows.positions(new int[][] {next});
          scatter(st.kindOps, kinds, subjects, times, scale, actors, c, chunkEnd, shift, next,
              buffer);
          st.warm ^= foldWindows(st, buffer, windowStart, 0, windows, shift);
        }
      }
    } finally {
      st.batchCodes = null;
      st.batchQualifiers = null;
      buffer.trim();
    }
  }

  /**
   * Folds rows {@code start} to {@code end} of columns into a state on {@code parts} tasks of
   * the fork-join pool the call runs in (the common pool otherwise), with results equal to
   * {@link #fold}'s. Each task owns a contiguous range of windows of subject ids holding about
   * as many facts as the others, and only it updates their rows (the windows are aligned on 64
   * subjects, so the seen-bitmap words are disjoint too); nothing is merged afterwards. A batch
   * ordered by subject id is cut into slices that share no window, each folded in its order by
   * one task; one grouped by subject otherwise is walked in its order by every task, each
   * folding the facts of its own windows; otherwise each chunk of the batch is partitioned into
   * windows by all the tasks (each counts, then copies, its slice of the facts into one shared
   * buffer) before each folds its range. Small batches and small states are folded by {@link
   * #fold}. How batches are cut: {@link SubjectWindows}.
   *
   * @param parts how many tasks, at least 1
   */
  public void foldParallel(SubjectColumns st, int[] kinds, int[] subjects, long[] times,
      long scale, int[] actors, int[] codes, int[] qualifiers, int start, int end, int parts) {
    st.prepare();
    int subjectCount = st.encoder.subjectCount();
    if (parts < 2 || end - start < (long) SubjectWindows.PARTITION_FROM_FACTS * parts
        || subjectCount < SubjectWindows.OWNED_WINDOWS * 64 * parts) {
      fold(st, kinds, subjects, times, scale, actors, codes, qualifiers, start, end);
      return;
    }
    int shift = SubjectWindows.parallelShift(subjectCount, width, parts);
    int windows = SubjectWindows.count(subjectCount, shift);
    int[] slice = SubjectWindows.slices(start, end, parts);
    st.batchCodes = codes;
    st.batchQualifiers = qualifiers;
    try {
      if (SubjectWindows.grouped(SubjectWindows.sampledRuns(subjects, start, end, shift),
          end - start)) {
        foldGroupedInParallel(st, kinds, subjects, times, scale, actors, start, end, shift,
            windows, slice);
      } else {
        foldPartitionedInParallel(st, kinds, subjects, times, scale, actors, start, end, shift,
            windows, parts);
      }
    } finally {
      st.batchCodes = null;
      st.batchQualifiers = null;
      st.buffer.trim();
    }
  }

  /**
   * Folds a batch grouped by subject on {@code slice.length - 1} tasks. The slices are first
   * moved to begin where a window does; when no window then has facts in two slices (a batch
   * ordered by subject id), each task folds its own slice in its order. Otherwise each task
   * walks the whole batch, folding the facts of its own range of windows (about as many facts as
   * the others).
   *
   * @param slice the tasks' slices of the batch, realigned here
   */
  private void foldGroupedInParallel(SubjectColumns st, int[] kinds, int[] subjects,
      long[] times, long scale, int[] actors, int start, int end, int shift, int windows,
      int[] slice) {
    int parts = slice.length - 1;
    SubjectWindows.alignOnWindows(slice, subjects, shift);
    int[][] counts = new int[parts][windows];
    inParallel(parts, p -> count(st.kindOps, kinds, subjects, slice[p], slice[p + 1], shift,
        counts[p]));
    if (SubjectWindows.disjoint(counts)) {
      inParallel(parts, p -> foldColumns(st, kinds, subjects, times, scale, actors, null,
          slice[p], slice[p + 1], shift, 0, windows));
    } else {
      int[] owned = SubjectWindows.shareOut(SubjectWindows.positions(counts), parts);
      inParallel(parts, p -> foldColumns(st, kinds, subjects, times, scale, actors, null, start,
          end, shift, owned[p], owned[p + 1]));
    }
  }

  /**
   * Folds a batch on {@code parts} tasks, chunk after chunk: all tasks partition the chunk into
   * one buffer, window after window, then each folds its own range of windows.
   */
  private void foldPartitionedInParallel(SubjectColumns st, int[] kinds, int[] subjects,
      long[] times, long scale, int[] actors, int start, int end, int shift, int windows,
      int parts) {
    long chunk = SubjectWindows.partitionChunk(st.encoder.subjectCount());
    FoldBuffer buffer = st.buffer;
    boolean withRows = st.batchCodes != null || st.batchQualifiers != null;
    for (int c = start; c < end; c = (int) Math.min(end, c + chunk)) {
      int chunkStart = c;
      int chunkEnd = (int) Math.min(end, c + chunk);
      buffer.ensure(chunkEnd - c, actors != null, withRows);
      int[] slice = SubjectWindows.slices(chunkStart, chunkEnd, parts);
      int[][] next = new int[parts][windows];
      inParallel(parts, p -> count(st.kindOps, kinds, subjects, slice[p], slice[p + 1], shift,
          next[p]));
      int[] windowStart = SubjectWindows.positions(next);
      inParallel(parts, p -> scatter(st.kindOps, kinds, subjects, times, scale, actors,
          slice[p], slice[p + 1], shift, next[p], buffer));
      int[] owned = SubjectWindows.shareOut(windowStart, parts);
      long[] warm = new long[parts];
      inParallel(parts, p -> warm[p] = foldWindows(st, buffer, windowStart, owned[p],
          owned[p + 1], shift));
      for (long x : warm) {
        st.warm ^= x;
      }
    }
  }

  /** Runs {@code task(0)} to {@code task(parts - 1)} in parallel and waits for all of them. */
  private static void inParallel(int parts, IntConsumer task) {
    IntStream.range(0, parts).parallel().forEach(task);
  }

  /** Counts, per window of subject ids, the facts of rows start to end some indicator reads. */
  private static void count(int[] ops, int[] kinds, int[] subjects, int start, int end,
      int shift, int[] counts) {
    for (int i = start; i < end; i++) {
      int ko = KIND_WORDS * kinds[i];
      if (ops[ko] != ops[ko + 2]) {
        counts[subjects[i] >>> shift]++;
      }
    }
  }

  /**
   * Copies the facts of rows start to end some indicator reads into the buffer: each at {@code
   * next[window]++} (a counting sort on {@code subject >>> shift}, stable within a window), or
   * from position 0 in their order when {@code next} is null.
   *
   * @return how many facts were copied
   */
  private static int scatter(int[] ops, int[] kinds, int[] subjects, long[] times, long scale,
      int[] actors, int start, int end, int shift, int[] next, FoldBuffer b) {
    final long limit = tickLimit(scale);
    int[] bk = b.kinds;
    int[] bs = b.subjects;
    long[] bt = b.ticks;
    int[] ba = actors == null ? null : b.actors;
    int[] br = b.rows;
    int copied = 0;
    for (int i = start; i < end; i++) {
      int ko = KIND_WORDS * kinds[i];
      int s = subjects[i];
      if (ops[ko] == ops[ko + 2]) {
        continue;
      }
      int at = next != null ? next[s >>> shift]++ : copied;
      copied++;
      bk[at] = kinds[i];
      bs[at] = s;
      bt[at] = tick(times[i], scale, limit);
      if (ba != null) {
        ba[at] = actors[i];
      }
      if (br != null) {
        br[at] = i;
      }
    }
    return copied;
  }

  /**
   * Folds windows {@code fromWindow} to {@code toWindow} of a buffer partitioned by window of
   * subject ids. The rows of a window holding at least one fact per two subjects are first read
   * in address order: streamed from memory at full bandwidth, they then hit the cache, where
   * warming only the facts' rows would miss once per subject, in random order. A sparser window
   * warms its facts' rows only.
   *
   * @param windowStart per window, where its facts start in the buffer; then the total
   * @return the sink of the reads that warmed the cache
   */
  private long foldWindows(SubjectColumns st, FoldBuffer b, int[] windowStart, int fromWindow,
      int toWindow, int shift) {
    final long[] rows = st.rows;
    long warm = 0;
    for (int w = fromWindow; w < toWindow; w++) {
      int from = windowStart[w];
      int to = windowStart[w + 1];
      boolean sweep = (long) (to - from) << 1 >= 1L << shift;
      if (sweep) {
        int first = (int) Math.min(rows.length, ((long) w << shift) * width);
        int last = (int) Math.min(rows.length, ((long) (w + 1) << shift) * width);
        // One read per cache line (8 longs), and the last line, which may be partial.
        for (int o = first; o < last; o += 8) {
          warm ^= rows[o];
        }
        warm ^= last > first ? rows[last - 1] : 0;
      }
      warm ^= foldBuffer(st, b, from, to, !sweep);
    }
    return warm;
  }

  /**
   * Folds facts {@code from} to {@code to} of a buffer into a state.
   *
   * @param warmRows whether to read the rows of each chunk of facts before updating them: it
   *     overlaps the cache misses of facts of scattered subjects, and only costs loads when the
   *     facts come grouped by subject (each row is then missed once, by its first fact)
   *
   * @return the sink of the reads that warmed the cache
   */
  private long foldBuffer(SubjectColumns st, FoldBuffer b, int from, int to, boolean warmRows) {
    final int[] subjects = b.subjects;
    final long[] rows = st.rows;
    final int w = width;
    long warm = 0;
    for (int chunk = from; chunk < to; chunk += CHUNK) {
      int chunkEnd = Math.min(to, chunk + CHUNK);
      // Read every cache line of the chunk's rows first: these loads do not depend on each
      // other, so their misses overlap, and the updates below then hit the cache.
      if (warmRows) {
        for (int i = chunk; i < chunkEnd; i++) {
          int base = subjects[i] * w;
          for (int o = 0; o < w; o += 8) {
            warm ^= rows[base + o];
          }
          warm ^= rows[base + w - 1];
        }
      }
      // Ticks are already saturated: a scale of 1 keeps them as they are. The buffer holds
      // only the facts of the windows being folded: one window spans every id.
      foldColumns(st, b.kinds, subjects, b.ticks, 1, b.actors, b.rows, chunk, chunkEnd,
          ALL_IDS_SHIFT, 0, 1);
    }
    return warm;
  }

  /**
   * Folds the facts of rows {@code start} to {@code end} in windows {@code fromWindow} to {@code
   * toWindow}, in their order: straight from a batch's columns when they come grouped by subject
   * (their rows are then in cache, and a copy through the buffer would cost more than it
   * saves), or from the buffer, chunk by chunk. Per fact, the plain operations of its kind, then
   * the others. The plain ones read only small tables and the row: no hashing, no allocation, no
   * virtual call, and no data-dependent branch (the window test and the update are arithmetic:
   * mispredicted branches would cost more than the memory reads). The per-fact body is written
   * in the loop rather than in a method of its own: the compiler did not always inline such a
   * method, and the call then cost a tenth of the fold of facts grouped by subject.
   *
   * @param kinds encoder kind ids
   * @param times times, in units of {@code scale} nanoseconds
   * @param rowOf per fact, its row in the batch (for codes and qualifiers), or null when that is
   *     its index here or when the batch has no codes nor qualifiers
   */
  private void foldColumns(SubjectColumns st, int[] kinds, int[] subjects, long[] times,
      long scale, int[] actors, int[] rowOf, int start, int end, int shift, int fromWindow,
      int toWindow) {
    final int[] ops = st.kindOps;
    final long[] table = opTable;
    final long[] rows = st.rows;
    final long[] seen = st.seen;
    final int owned = toWindow - fromWindow;
    final long limit = tickLimit(scale);
    final int w = width;
    int previous = -1;
    for (int i = start; i < end; i++) {
      int ko = KIND_WORDS * kinds[i];
      int j = ops[ko];
      int last = ops[ko + 2];
      int s = subjects[i];
      if (j == last || Integer.compareUnsigned((s >>> shift) - fromWindow, owned) >= 0) {
        continue;
      }
      long t = tick(times[i], scale, limit);
      if (s != previous) {
        // Once per run of a subject's facts: a read-modify-write of the same word on every
        // fact of a run chains each fact to the one before it.
        seen[s >>> 6] |= 1L << s;
        previous = s;
      }
      int base = s * w;
      for (int plainEnd = ops[ko + 1]; j < plainEnd; j++) {
        int o = OP_WORDS * j;
        // in = from <= t < to, as one signed comparison of biased offsets; mask -1 or 0.
        long span = table[o + 1];
        long a = t - table[o] + Long.MIN_VALUE;
        long d = a - span;
        long in = (d ^ ((a ^ span) & (d ^ a))) >> 63;
        long layout = table[o + 3];
        int at = base + (int) (layout >>> 1);
        long count = layout & 1;
        // Time words are stored with Ticks.store (sign bit flipped): flipped back, compared,
        // flipped again. Counts are stored as they are.
        long stored = (count - 1) & Long.MIN_VALUE;
        long keep = (count - 1) & in;
        long x = ((t ^ table[o + 2]) & keep) | (Long.MIN_VALUE & ~keep);
        rows[at] = Math.max((rows[at] ^ stored) + (count & in), x) ^ stored;
      }
      for (; j < last; j++) {
        int o = OP_WORDS * j;
        if (t - table[o] + Long.MIN_VALUE < table[o + 1]) {
          slowOp(st, rows, j, rowOf == null ? i : rowOf[i], s, base, t,
              actors == null ? -1 : actors[i]);
        }
      }
    }
  }

  /** The largest time, in units of {@code scale} nanoseconds, kept as is. */
  private static long tickLimit(long scale) {
    return scale == 1 ? Long.MAX_VALUE - 1 : Long.MAX_VALUE / scale - 1;
  }

  /** A time in ticks; saturating it keeps {@code Fact} semantics for absurd instants. */
  private static long tick(long time, long scale, long limit) {
    return Math.max(-limit, Math.min(limit, time)) * scale;
  }

  private static boolean accepts(SubjectColumns st, int filter, int row) {
    if (filter < 0) {
      return true;
    }
    boolean[] codes = st.codeOk[filter];
    if (codes != null) {
      int c = st.batchCodes == null ? -1 : st.batchCodes[row];
      if (c < 0 || !codes[c]) {
        return false;
      }
    }
    boolean[] qualifiers = st.qualifierOk[filter];
    if (qualifiers != null) {
      int q = st.batchQualifiers == null ? -1 : st.batchQualifiers[row];
      return q >= 0 && qualifiers[q];
    }
    return true;
  }

  /** Operations with attribute filters, on actors, or on values (window already checked). */
  private void slowOp(SubjectColumns st, long[] rows, int j, int row, int s, int base, long t,
      int actor) {
    int f = opFeature[j];
    int at = base + offset[f];
    switch (types[f]) {
      case COUNT:
        if (accepts(st, addFilter[f], row)) {
          rows[at]++;
        }
        break;
      case MIN_TIME:
        if (~t > Ticks.load(rows[at]) && accepts(st, addFilter[f], row)) {
          rows[at] = Ticks.store(~t);
        }
        break;
      case MAX_TIME:
        if (t > Ticks.load(rows[at]) && accepts(st, addFilter[f], row)) {
          rows[at] = Ticks.store(t);
        }
        break;
      case DISTINCT:
        if (actor >= 0 && accepts(st, addFilter[f], row)) {
          distinctAdd(rows, at, cap[f], actor + 1);
        }
        break;
      case LATEST:
        if (accepts(st, addFilter[f], row)) {
          int[] values = components[f] == Component.CODE ? st.batchCodes : st.batchQualifiers;
          int v = values == null ? -1 : values[row];
          latest(st.encoder, rows, at, t, v + 1);
        }
        break;
      default:
        if (actor < 0 || t >= to[f]) {
          return;
        }
        int role = opRole[j];
        boolean isAdd = (role & 1) != 0 && accepts(st, addFilter[f], row);
        boolean isRemove = (role & 2) != 0 && accepts(st, removeFilter[f], row);
        if (!isAdd && !isRemove) {
          return;
        }
        boolean added = isAdd && !isRemove;
        long start = from[f];
        Members.combine(rows, at, memberWidth[f], st.overflow(memberIndex[f]), s, actor,
            t < start ? t : Long.MIN_VALUE, added, t, added, added && t >= start ? 4 : 0);
        break;
    }
  }

  /** Adds {@code key = actor + 1} to a set of at most {@code cap} ints packed two per word. */
  private static void distinctAdd(long[] rows, int at, int cap, int key) {
    for (int i = 0; i < cap; i++) {
      int p = at + (i >>> 1);
      int shift = (i & 1) << 5;
      int x = (int) (rows[p] >>> shift);
      if (x == key) {
        return;
      }
      if (x == 0) {
        rows[p] |= (key & 0xFFFFFFFFL) << shift;
        return;
      }
    }
    // Full: the set already proves "at least cap distinct actors"; more change no outcome.
  }

  private static int distinctSize(long[] rows, int at, int cap) {
    int n = 0;
    for (int i = 0; i < cap; i++) {
      if ((int) (rows[at + (i >>> 1)] >>> ((i & 1) << 5)) != 0) {
        n++;
      }
    }
    return n;
  }

  /**
   * Keeps the latest (tick, value) pair; at equal ticks the greatest value wins, absent values
   * first, so that the result never depends on the order.
   */
  private static void latest(FactEncoder enc, long[] rows, int at, long tick, int key) {
    long cur = Ticks.load(rows[at]);
    if (tick > cur) {
      rows[at] = Ticks.store(tick);
      rows[at + 1] = key;
    } else if (tick == cur && key != 0) {
      int curKey = (int) rows[at + 1];
      if (curKey == 0 || enc.valueOf(key - 1).compareTo(enc.valueOf(curKey - 1)) > 0) {
        rows[at + 1] = key;
      }
    }
  }

  // ------------------------------------------------------------------ merging

  /**
   * Merges every subject of {@code source} into {@code target}. When both states index the same
   * encoder, rows merge by subject id; otherwise subjects, actors and values are re-encoded in
   * the target's encoder.
   *
   * @param target the state merged into
   * @param source the state merged from, left unchanged
   */
  public void merge(SubjectColumns target, SubjectColumns source) {
    FactEncoder te = target.encoder;
    FactEncoder se = source.encoder;
    boolean same = te == se;
    int[] actorMap = null;
    int[] valueMap = null;
    if (!same) {
      actorMap = new int[se.actorCount()];
      for (int a = 0; a < actorMap.length; a++) {
        actorMap[a] = te.actor(se.actorOf(a));
      }
      valueMap = new int[se.valueCount()];
      for (int v = 0; v < valueMap.length; v++) {
        valueMap[v] = te.value(se.valueOf(v));
      }
    }
    target.prepare();
    long[] seen = source.seen;
    for (int word = 0; word < seen.length; word++) {
      long bits = seen[word];
      while (bits != 0) {
        int s = (word << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        int t = s;
        if (!same) {
          t = te.subject(se.tenantOf(s), se.subjectOf(s));
          if (t >= target.capacity) {
            target.prepare();
          }
        }
        boolean fresh = (target.seen[t >>> 6] & (1L << t)) == 0;
        target.seen[t >>> 6] |= 1L << t;
        if (fresh && same) {
          System.arraycopy(source.rows, s * width, target.rows, t * width, width);
          for (int m = 0; m < memberFeatures; m++) {
            MemberList list = source.overflow(m).get(s);
            if (list != null) {
              target.overflow(m).put(t, copy(list));
            }
          }
        } else {
          mergeRow(target, t, source, s, actorMap, valueMap);
        }
      }
    }
  }

  private static MemberList copy(MemberList list) {
    MemberList c = new MemberList();
    c.size = list.size;
    c.actors = list.actors.clone();
    c.starts = list.starts.clone();
    c.ends = list.ends.clone();
    c.flags = list.flags.clone();
    return c;
  }

  private void mergeRow(SubjectColumns target, int t, SubjectColumns source, int s,
      int[] actorMap, int[] valueMap) {
    long[] tr = target.rows;
    long[] sr = source.rows;
    int tb = t * width;
    int sb = s * width;
    for (int f = 0; f < types.length; f++) {
      int o = offset[f];
      switch (types[f]) {
        case COUNT:
          tr[tb + o] += sr[sb + o];
          break;
        case MIN_TIME:
        case MAX_TIME:
          tr[tb + o] = Ticks.store(Math.max(Ticks.load(tr[tb + o]), Ticks.load(sr[sb + o])));
          break;
        case DISTINCT:
          for (int i = 0; i < cap[f]; i++) {
            int key = (int) (sr[sb + o + (i >>> 1)] >>> ((i & 1) << 5));
            if (key != 0) {
              distinctAdd(tr, tb + o, cap[f], remap(actorMap, key - 1) + 1);
            }
          }
          break;
        case LATEST:
          int key = (int) sr[sb + o + 1];
          if (key != 0) {
            key = remap(valueMap, key - 1) + 1;
          }
          long tick = Ticks.load(sr[sb + o]);
          if (tick != Long.MIN_VALUE) {
            latest(target.encoder, tr, tb + o, tick, key);
          }
          break;
        default:
          mergeMembers(target, tr, tb + o, t, source, sr, sb + o, s, f, actorMap);
          break;
      }
    }
  }

  private static int remap(int[] map, int id) {
    return map == null ? id : map[id];
  }

  private void mergeMembers(SubjectColumns target, long[] tr, int tfb, int t,
      SubjectColumns source, long[] sr, int sfb, int s, int f, int[] actorMap) {
    int mw = memberWidth[f];
    Map<Integer, MemberList> tOverflow = target.overflow(memberIndex[f]);
    for (int k = 0; k < Members.INLINE; k++) {
      int p = sfb + k * mw;
      int key = (int) sr[p];
      if (key == 0) {
        continue;
      }
      int fl = (int) (sr[p] >>> 32);
      Members.combine(tr, tfb, mw, tOverflow, t, remap(actorMap, key - 1),
          mw == 3 ? Ticks.load(sr[p + 2]) : Long.MIN_VALUE, (fl & 1) != 0,
          Ticks.load(sr[p + 1]), (fl & 2) != 0, fl & 4);
    }
    MemberList list = source.overflow(memberIndex[f]).get(s);
    if (list != null) {
      for (int i = 0; i < list.size; i++) {
        int fl = list.flags[i];
        Members.combine(tr, tfb, mw, tOverflow, t, remap(actorMap, list.actors[i]),
            list.starts[i], (fl & 1) != 0, list.ends[i], (fl & 2) != 0, fl & 4);
      }
    }
  }

  // ------------------------------------------------------------------ compilation

  private CompiledIndicator compile(IndicatorDefinition def, ReportingPeriod period) {
    int[] pops = new int[6];
    pops[IP] = test(def.initialPopulation(), period);
    pops[D] = def.denominator().map(c -> test(c, period)).orElse(-1);
    pops[DX] = def.denominatorExclusion().map(c -> test(c, period)).orElse(-1);
    pops[DEXC] = def.denominatorException().map(c -> test(c, period)).orElse(-1);
    pops[N] = def.numerator().map(c -> test(c, period)).orElse(-1);
    pops[NX] = def.numeratorExclusion().map(c -> test(c, period)).orElse(-1);
    int obs = def.observation()
        .map(sel -> feature(FeatureType.COUNT, sel, null, null, Window.PERIOD, period, 0))
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
    return new CompiledIndicator(def, period, def.targets().targetFor(period).orElse(null), pops,
        obs, strata, policies);
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

  private Instant period(ReportingPeriod period) {
    return period.firstDay().atStartOfDay(zone).toInstant();
  }

  private long tick(Window.Bound b, ReportingPeriod period) {
    return bound(b, period, 0);
  }

  /**
   * Returns the slot of a criterion's test, adding it (and the tests it combines) if no equal
   * one exists. Tests reference feature indexes; row offsets are read at test time because they
   * are only known once every definition is compiled (see freeze()).
   */
  private int test(Criterion c, ReportingPeriod p) {
    if (c instanceof Criterion.Count k) {
      int f = feature(FeatureType.COUNT, k.selector(), null, null, k.window(), p, 0);
      return atLeast(f, k.atLeast());
    }
    if (c instanceof Criterion.Open k) {
      return open(k, p);
    }
    if (c instanceof Criterion.And k) {
      int[] all = k.all().stream().mapToInt(x -> test(x, p)).toArray();
      return combine("and", all);
    }
    if (c instanceof Criterion.Or k) {
      int[] any = k.any().stream().mapToInt(x -> test(x, p)).toArray();
      return combine("or", any);
    }
    if (c instanceof Criterion.Not k) {
      int x = test(k.negated(), p);
      return slot(List.of("not", x), () -> SubjectTests.not(x), x);
    }
    Object key = List.of(c, p);
    Integer slot = tests.slot(key);
    return slot != null ? slot : tests.add(key, subjectTest(c, p));
  }

  private int slot(Object key, Supplier<SubjectTests.BlockTest> test, int... parts) {
    Integer slot = tests.slot(key);
    return slot != null ? slot : tests.add(key, test.get(), parts);
  }

  private int combine(String op, int[] parts) {
    return slot(List.of(op, Arrays.stream(parts).boxed().toList()),
        () -> op.equals("and") ? SubjectTests.and(parts) : SubjectTests.or(parts), parts);
  }

  private int atLeast(int feature, long min) {
    return slot(List.of("at-least", feature, min), () -> SubjectTests.atLeast(feature, min));
  }

  private int greater(int a, int b) {
    return slot(List.of("greater", a, b), () -> SubjectTests.greater(a, b));
  }

  /**
   * The criteria whose work per subject outweighs a loop step: tested subject by subject, each
   * called once per block with the subjects the block needs.
   */
  private SubjectTests.SubjectTest subjectTest(Criterion c, ReportingPeriod p) {
    if (c instanceof Criterion.DistinctActors k) {
      int f = feature(FeatureType.DISTINCT, k.selector(), null, null, k.window(), p,
          k.atLeast());
      int n = k.atLeast();
      return (rows, subjects, count, met, st) -> {
        for (int i = 0; i < count; i++) {
          met[i] = distinctSize(rows, subjects[i] * width + offset[f], cap[f]) >= n;
        }
      };
    }
    if (c instanceof Criterion.FirstWithin k) {
      int a = feature(FeatureType.MIN_TIME, k.anchor(), null, null, Window.ALL, p, 0);
      int t = feature(FeatureType.MIN_TIME, k.target(), null, null,
          k.policy() == LookAheadPolicy.LOOK_AHEAD ? Window.ALL : Window.UNTIL_PERIOD_END, p, 0);
      Period within = k.within();
      long[] bounds = deadlineBounds(within);
      Deadlines deadlines = bounds == null ? null : new Deadlines(zone, within,
          period(p).getEpochSecond());
      return (rows, subjects, count, met, st) -> {
        for (int i = 0; i < count; i++) {
          int base = subjects[i] * width;
          met[i] = firstWithin(~Ticks.load(rows[base + offset[a]]),
              ~Ticks.load(rows[base + offset[t]]), within, bounds, deadlines);
        }
      };
    }
    if (c instanceof Criterion.TeamSize k) {
      long start = tick(Window.Bound.PERIOD_START, p);
      long end = tick(Window.Bound.PERIOD_END, p);
      boolean atEnd = k.policy() == CareTeamPolicy.AT_PERIOD_END;
      // cap 1: the state before the period start is kept (only "present during" needs it).
      FeatureSpec spec = new FeatureSpec(FeatureType.MEMBERS, k.adds(), k.removes(), null, start,
          end, atEnd ? 0 : 1);
      int f = featureIndex.computeIfAbsent(spec, x -> featureIndex.size());
      int n = k.atLeast();
      int mask = atEnd ? 2 : 5;
      return (rows, subjects, count, met, st) -> {
        for (int i = 0; i < count; i++) {
          int s = subjects[i];
          met[i] = Members.count(rows, s * width + offset[f], memberWidth[f],
              st.overflow(memberIndex[f]), s, mask) >= n;
        }
      };
    }
    if (c instanceof Criterion.LatestValue k) {
      int f = feature(FeatureType.LATEST, k.selector(), null, k.component(), k.window(), p, 0);
      Set<String> values = k.values();
      return (rows, subjects, count, met, st) -> {
        for (int i = 0; i < count; i++) {
          int key = (int) rows[subjects[i] * width + offset[f] + 1];
          met[i] = key != 0 && values.contains(st.encoder.valueOf(key - 1));
        }
      };
    }
    // Criterion is sealed: every permitted record is handled here or in test().
    throw new IllegalStateException("unhandled criterion " + c.getClass().getName());
  }

  /**
   * Tells whether a target tick comes no later than an anchor tick plus a calendar period.
   *
   * @param anchor the anchor's tick, or {@link Ticks#NONE_MIN} when absent
   * @param target the target's tick, or {@link Ticks#NONE_MIN} when absent
   * @param bounds the gaps decided without calendar arithmetic ({@link #deadlineBounds}), or
   *     null
   * @param deadlines the fast calendar path, or null
   */
  private boolean firstWithin(long anchor, long target, Period within, long[] bounds,
      Deadlines deadlines) {
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
    long fast = deadlines == null || Math.abs(anchor) >= SAFE_TICK ? Long.MIN_VALUE
        : deadlines.plus(anchor);
    if (fast != Long.MIN_VALUE) {
      return target <= fast;
    }
    ZonedDateTime deadline = Ticks.toInstant(anchor).atZone(zone).plus(within);
    return target <= Ticks.of(deadline.toInstant());
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

  /**
   * Open: the latest opening is later than the latest closing (an absent opening, {@link
   * Ticks#NONE_MAX}, is later than nothing), at the period end, or before the period start or
   * with an opening during it.
   */
  private int open(Criterion.Open k, ReportingPeriod p) {
    if (k.policy() == OpenFilePolicy.AT_PERIOD_END) {
      int o1 = feature(FeatureType.MAX_TIME, k.opens(), null, null, Window.UNTIL_PERIOD_END, p, 0);
      int c1 = feature(FeatureType.MAX_TIME, k.closes(), null, null, Window.UNTIL_PERIOD_END, p,
          0);
      return greater(o1, c1);
    }
    Window beforeStart = new Window(Window.Bound.UNBOUNDED, Window.Bound.PERIOD_START);
    int o0 = feature(FeatureType.MAX_TIME, k.opens(), null, null, beforeStart, p, 0);
    int c0 = feature(FeatureType.MAX_TIME, k.closes(), null, null, beforeStart, p, 0);
    int in = feature(FeatureType.COUNT, k.opens(), null, null, Window.PERIOD, p, 0);
    return combine("or", new int[] {atLeast(in, 1), greater(o0, c0)});
  }

  // ------------------------------------------------------------------ reporting

  /**
   * Produces the reports of every tenant with subjects in a state, tenants in name order.
   *
   * @param st the state
   * @return per tenant, one report per indicator and period
   */
  public List<MeasureReport> report(SubjectColumns st) {
    return report(st, 1);
  }

  /**
   * Produces the reports of every tenant with subjects in a state, tenants in name order, each
   * tenant's subjects tallied in {@code parts} ranges of whole blocks on tasks of the fork-join
   * pool the call runs in (the common pool otherwise). Equal to {@link #report(SubjectColumns)}.
   *
   * @param st the state, not updated meanwhile
   * @param parts how many tasks, at least 1
   * @return per tenant, one report per indicator and period
   */
  public List<MeasureReport> report(SubjectColumns st, int parts) {
    return reporter.report(st, parts);
  }
}
