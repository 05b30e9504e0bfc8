package io.github.eparcours.indicators.internal;

/**
 * How a batch of facts is cut up before it is folded: into windows of consecutive subject ids
 * whose rows fit in a core's cache (a window is {@code 1 << shift} subjects, aligned on 64 so
 * that windows share no word of the seen bitmap), into slices of the batch, one per task, and
 * into ranges of windows that each task owns. {@link Plan} decides, from these, whether a batch
 * is folded in its order or partitioned by window first.
 *
 * <p>Pure functions of ids and counts: stateless, hence thread-safe. Arguments are trusted (the
 * plan checks ids before folding); nothing here throws on valid input.
 */
final class SubjectWindows {

  /** Smaller batches are folded in their order (the records' batches among them). */
  static final int PARTITION_FROM_FACTS = 4096;
  /**
   * Bytes of rows per window of subjects when a batch is partitioned: at most half of a core's
   * level-2 cache on current x86 and ARM server processors (512 KiB to 2 MiB), leaving room for
   * the buffer and the tables.
   */
  static final long WINDOW_BYTES = 256 * 1024;
  /**
   * A batch whose facts stay in one window for runs of this many facts on average is folded in
   * its own order.
   */
  static final int LOCAL_RUN = 64;
  /** A partitioned batch goes through the buffer in chunks of this many facts per subject. */
  static final int FACTS_PER_SUBJECT = 4;
  /** A parallel fold shares out at least this many windows per task. */
  static final int OWNED_WINDOWS = 8;

  private SubjectWindows() {}

  /**
   * Returns log2 of the subjects per window: windows of rows fit in {@link #WINDOW_BYTES}; 31
   * (one window) when the whole state does.
   *
   * @param width longs per subject row
   */
  static int shift(int subjectCount, int width) {
    long rowBytes = 8L * width;
    if (subjectCount * rowBytes <= 2L * WINDOW_BYTES) {
      return 31;
    }
    return 31 - Integer.numberOfLeadingZeros((int) Math.max(64, WINDOW_BYTES / rowBytes));
  }

  /**
   * Returns log2 of the subjects per window for a fold on {@code parts} tasks: at most {@link
   * #shift}, and small enough to give each task {@link #OWNED_WINDOWS} windows, so that their
   * facts can be shared out evenly; at least 6 (64 subjects).
   */
  static int parallelShift(int subjectCount, int width, int parts) {
    return Math.min(shift(subjectCount, width),
        Math.max(6, 31 - Integer.numberOfLeadingZeros(subjectCount / (OWNED_WINDOWS * parts))));
  }

  /** Returns how many windows cover {@code subjectCount} subjects. */
  static int count(int subjectCount, int shift) {
    return shift >= 31 || subjectCount == 0 ? 1 : ((subjectCount - 1) >>> shift) + 1;
  }

  /** Facts per chunk of a partitioned batch: the buffer holds a few facts per subject. */
  static long partitionChunk(int subjectCount) {
    return Math.max(FoldBuffer.KEPT, (long) FACTS_PER_SUBJECT * subjectCount);
  }

  /**
   * Tells whether facts come in runs of one window {@link #LOCAL_RUN} long on average (a query
   * ordered by file): their rows then stay in cache as the facts come, and reordering them
   * would only cost a second pass.
   *
   * @param runs how many runs of facts of one window, as estimated by {@link #sampledRuns}
   * @param facts how many facts
   */
  static boolean grouped(long runs, long facts) {
    return runs * LOCAL_RUN <= facts;
  }

  /** Rows counted one by one in {@link #sampledRuns}; longer ranges are sampled. */
  static final int SAMPLED_FROM = 1 << 17;
  private static final int SAMPLES = 16;
  private static final int SAMPLE_ROWS = 4096;

  /**
   * Estimates the runs of facts of one window in rows start to end: counted in every row up to
   * {@link #SAMPLED_FROM} rows, else in {@value #SAMPLES} evenly spaced ranges of {@value
   * #SAMPLE_ROWS} rows, scaled to the whole range. It only chooses how a batch is folded, never
   * what the fold gives, and a full count took a pass over the subject column (about a
   * hundredth of the fold of 10 million facts grouped by file).
   */
  static long sampledRuns(int[] subjects, int start, int end, int shift) {
    long rows = (long) end - start;
    if (rows <= SAMPLED_FROM) {
      return runs(subjects, start, end, shift);
    }
    long counted = 0;
    for (int k = 0; k < SAMPLES; k++) {
      int from = start + (int) ((rows - SAMPLE_ROWS) * k / (SAMPLES - 1));
      // Window changes, the row before a range included: its first row starts no run of its own.
      counted += from == start ? runs(subjects, from, from + SAMPLE_ROWS, shift)
          : runs(subjects, from - 1, from + SAMPLE_ROWS, shift) - 1;
    }
    return counted * rows / ((long) SAMPLES * SAMPLE_ROWS);
  }

  /** Counts the runs of facts of one window in rows start to end. */
  static long runs(int[] subjects, int start, int end, int shift) {
    int previous = -1;
    long runs = 0;
    for (int i = start; i < end; i++) {
      int w = subjects[i] >>> shift;
      runs += w != previous ? 1 : 0;
      previous = w;
    }
    return runs;
  }

  /** Splits rows start to end into {@code parts} slices; returns their bounds. */
  static int[] slices(int start, int end, int parts) {
    int[] slice = new int[parts + 1];
    for (int p = 0; p <= parts; p++) {
      slice[p] = start + (int) ((long) (end - start) * p / parts);
    }
    return slice;
  }

  /**
   * Moves the inner bounds of slices forward to where a window begins: in a batch ordered by
   * subject id, no window then has facts in two slices.
   *
   * @param slice bounds from {@link #slices}, updated
   */
  static void alignOnWindows(int[] slice, int[] subjects, int shift) {
    int start = slice[0];
    int end = slice[slice.length - 1];
    for (int p = 1; p < slice.length - 1; p++) {
      int i = Math.max(slice[p], slice[p - 1]);
      while (i > start && i < end && subjects[i] >>> shift == subjects[i - 1] >>> shift) {
        i++;
      }
      slice[p] = i;
    }
  }

  /**
   * Tells whether no window has facts in more than one slice.
   *
   * @param counts per slice, per window, how many facts
   */
  static boolean disjoint(int[][] counts) {
    for (int w = 0; w < counts[0].length; w++) {
      int slices = 0;
      for (int[] slice : counts) {
        slices += slice[w] > 0 ? 1 : 0;
      }
      if (slices > 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * Turns per-slice counts of facts per window into the buffer positions where each slice's
   * facts of each window start: window after window, the slices' facts in the slices' order
   * (for one slice, the order of a stable counting sort).
   *
   * @param counts per slice, per window, how many facts; replaced by the start positions
   * @return per window, where its facts start; then the total
   */
  static int[] positions(int[][] counts) {
    int windows = counts[0].length;
    int[] windowStart = new int[windows + 1];
    int at = 0;
    for (int w = 0; w < windows; w++) {
      windowStart[w] = at;
      for (int[] slice : counts) {
        int n = slice[w];
        slice[w] = at;
        at += n;
      }
    }
    windowStart[windows] = at;
    return windowStart;
  }

  /**
   * Splits windows into {@code parts} contiguous ranges of about as many facts each.
   *
   * @param windowStart per window, how many facts come before it; then the total
   * @return per task, its first window; then the number of windows
   */
  static int[] shareOut(int[] windowStart, int parts) {
    int windows = windowStart.length - 1;
    int total = windowStart[windows];
    int[] owned = new int[parts + 1];
    int w = 0;
    for (int p = 1; p < parts; p++) {
      long goal = (long) total * p / parts;
      while (w < windows && windowStart[w + 1] <= goal) {
        w++;
      }
      owned[p] = w;
    }
    owned[parts] = windows;
    return owned;
  }
}
