package io.github.eparcours.indicators.internal;

import io.github.eparcours.indicators.IndicatorException;
import io.github.eparcours.indicators.fact.FactEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-subject state of one partial aggregate, indexed by the dense subject ids of a {@link
 * FactEncoder}: one row of {@link Plan#width()} longs per subject in a single {@code long[]} (the
 * features a fact updates sit in one or two cache lines), a bitset of the subjects seen, and the
 * rare care-team members past the inline slots. Also caches, per encoder id, the plan's kind
 * dispatch and the code and qualifier tests. Not thread-safe, except that the tasks of {@link
 * Plan#foldParallel} update the rows of disjoint windows of subjects at the same time.
 */
public final class SubjectColumns {

  final Plan plan;
  final FactEncoder encoder;
  long[] rows;
  long[] seen;
  int capacity;
  /** Per encoder kind id, its plan kind index. */
  int[] kindMap = new int[0];
  /** Per encoder kind id, its operations ({@link Plan#kindOps(int[])}): read by the fold. */
  int[] kindOps = new int[0];
  boolean[][] codeOk;
  boolean[][] qualifierOk;
  int valuesCovered = -1;
  final List<Map<Integer, MemberList>> overflow = new ArrayList<>();
  final FoldBuffer buffer = new FoldBuffer();
  int[] batchCodes;
  int[] batchQualifiers;
  /** Sink of the reads that warm the cache, so that the compiler keeps them. */
  long warm;

  SubjectColumns(Plan plan, FactEncoder encoder, int expectedSubjects) {
    this.plan = plan;
    this.encoder = encoder;
    for (int i = 0; i < plan.memberFeatures(); i++) {
      // Concurrent: the tasks of a parallel fold add lists for their own (disjoint) subjects.
      overflow.add(new ConcurrentHashMap<>());
    }
    codeOk = new boolean[plan.filterCount()][];
    qualifierOk = new boolean[plan.filterCount()][];
    rows = new long[0];
    seen = new long[0];
    grow(Math.max(16, expectedSubjects));
  }

  /** @return the encoder whose subject ids index this state */
  public FactEncoder encoder() {
    return encoder;
  }

  /**
   * Makes room for every subject id the encoder has given, and refreshes the per-id caches.
   */
  void prepare() {
    int subjects = encoder.subjectCount();
    if (subjects > capacity) {
      grow(Math.max(subjects, capacity + (capacity >> 1)));
    }
    int kinds = encoder.kindCount();
    if (kinds > kindMap.length) {
      int old = kindMap.length;
      kindMap = Arrays.copyOf(kindMap, kinds);
      for (int k = old; k < kinds; k++) {
        kindMap[k] = plan.kindIndex(encoder.kindOf(k));
      }
      kindOps = plan.kindOps(kindMap);
    }
    int values = encoder.valueCount();
    if (values != valuesCovered) {
      plan.attributeTables(this, values);
      valuesCovered = values;
    }
  }

  private void grow(int subjects) {
    int width = plan.width();
    if ((long) subjects * width > Integer.MAX_VALUE - 16) {
      throw new IndicatorException("IND-0105", "one partial aggregate cannot hold "
          + subjects + " subjects", "its state is one array of " + width
              + " longs per subject, and Java arrays hold at most 2^31 elements",
          "split the facts by tenant (or by subject range) into several aggregates");
    }
    // New rows are zeros: subjects without facts (see Plan's row layout).
    rows = Arrays.copyOf(rows, subjects * width);
    seen = Arrays.copyOf(seen, (subjects + 63) >>> 6);
    capacity = subjects;
  }

  /**
   * Tells whether some indicator reads facts of a kind.
   *
   * @param kind an encoder kind id
   * @return true if facts of the kind update some feature
   */
  public boolean reads(int kind) {
    if (kind >= kindMap.length) {
      prepare();
    }
    return plan.reads(kindMap[kind]);
  }

  /** @return how many subjects have had at least one fact read by some indicator */
  public long seenCount() {
    long n = 0;
    for (long w : seen) {
      n += Long.bitCount(w);
    }
    return n;
  }

  Map<Integer, MemberList> overflow(int memberFeature) {
    return overflow.get(memberFeature);
  }
}
