package io.github.eparcours.indicators.internal;

/**
 * Facts of one batch in the form the fold loop reads: only facts some indicator reads, their
 * encoder kind id, subject, saturated tick, actor and original row, laid out window after window
 * of subject ids (see {@link Plan#fold}). Reused between the batches of one partial aggregate
 * while small; a large buffer is dropped after its batch, so that the aggregate keeps a memory
 * proportional to its subjects. Not thread-safe.
 */
final class FoldBuffer {

  /** A buffer of at most this many facts is kept for the next batch. */
  static final int KEPT = 1 << 16;

  int[] kinds = new int[0];
  int[] subjects = new int[0];
  long[] ticks = new long[0];
  int[] actors;
  int[] rows;

  /**
   * Makes room for {@code n} facts.
   *
   * @param n how many facts
   * @param withActors whether actors are kept; if not, the actors array is null
   * @param withRows whether original rows are kept (for code and qualifier lookups); if not, the
   *     rows array is null
   */
  void ensure(int n, boolean withActors, boolean withRows) {
    if (kinds.length < n) {
      kinds = new int[n];
      subjects = new int[n];
      ticks = new long[n];
      actors = null;
      rows = null;
    }
    // A batch without a column must not read the previous batch's: the fold tells "absent"
    // from a null array.
    if (!withActors) {
      actors = null;
    } else if (actors == null || actors.length < n) {
      actors = new int[kinds.length];
    }
    if (!withRows) {
      rows = null;
    } else if (rows == null || rows.length < n) {
      rows = new int[kinds.length];
    }
  }

  /** Drops arrays grown past {@link #KEPT} facts. */
  void trim() {
    if (kinds.length > KEPT) {
      kinds = new int[0];
      subjects = new int[0];
      ticks = new long[0];
      actors = null;
      rows = null;
    }
  }
}
