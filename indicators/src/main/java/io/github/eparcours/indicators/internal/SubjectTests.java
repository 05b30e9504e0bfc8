package io.github.eparcours.indicators.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * The criteria of a plan, evaluated over a block of subjects at a time: each criterion fills one
 * bitmap per block (bit {@code i} set when the block's {@code i}-th subject meets it), and the
 * populations are then combined and counted a word of 64 subjects at a time. A criterion that
 * several definitions share (6.3 to 6.5 have the same initial population) is one slot, evaluated
 * once. Each kind of test loops over the block itself, so the virtual call is paid once per
 * block and criterion rather than once per subject. Every population lies within its
 * indicator's initial population, so a test tried subject by subject (a calendar deadline, a
 * care team) is only tried within the initial populations of the indicators that use it.
 *
 * <p>Slots are added while a plan compiles (not thread-safe then); evaluation only reads this
 * object and writes the caller's {@link Block}, so one plan serves concurrent reports.
 */
final class SubjectTests {

  /** Subjects per block: the rows of a block (1024 x 160 bytes for 6.1 to 6.5) stay in cache. */
  static final int BLOCK = 1024;

  /** One criterion over a block: writes every word of {@code out} that covers the block. */
  interface BlockTest {
    void test(Block b, long[] out);
  }

  /**
   * A test of subjects one by one, for criteria whose work per subject outweighs a loop step:
   * called once per block, with the subjects the block needs, so that its own loop calls
   * nothing virtual per subject.
   */
  interface SubjectTest {
    /**
     * Sets {@code met[i]} to whether subject {@code subjects[i]} meets the criterion.
     *
     * @param rows the state's rows
     * @param subjects subject ids
     * @param count how many of them
     * @param met where to write, one per subject
     * @param st the state (its encoder, its overflow lists)
     */
    void test(long[] rows, int[] subjects, int count, boolean[] met, SubjectColumns st);
  }

  /** One report's working memory: the block's subjects and every slot's bitmap. */
  static final class Block {
    final long[][] bits;
    final long[] rows;
    final int width;
    final int[] offset;
    final SubjectColumns st;
    int[] ids;
    int from;
    int n;
    /** Sink of the reads that warm the cache, so that the compiler keeps them. */
    long warm;
    /** The subjects a per-subject test must decide (the others may read as unmet), or null. */
    long[] need;
    private final long[] needWords = new long[BLOCK / 64];
    /** Scratch for per-subject tests: positions in the block, subject ids, results. */
    private final int[] neededAt = new int[BLOCK];
    private final int[] neededSubjects = new int[BLOCK];
    private final boolean[] met = new boolean[BLOCK];

    Block(SubjectTests tests, SubjectColumns st, int width, int[] offset) {
      this.bits = new long[tests.tests.size()][BLOCK / 64];
      this.rows = st.rows;
      this.width = width;
      this.offset = offset;
      this.st = st;
    }

    /** The block's subject {@code i}. */
    int subject(int i) {
      return ids[from + i];
    }

    /** Words covering the block. */
    int words() {
      return (n + 63) >>> 6;
    }

    /** Bits of the subjects present in word {@code w} (the last word may be partial). */
    long valid(int w) {
      int left = n - (w << 6);
      return left >= 64 ? -1L : (1L << left) - 1;
    }
  }

  private final Map<Object, Integer> slots = new HashMap<>();
  private final List<BlockTest> tests = new ArrayList<>();
  private final List<int[]> parts = new ArrayList<>();
  private final List<Boolean> perSubject = new ArrayList<>();
  /** Evaluation order: the initial populations' slots first, then the others. */
  private int[] order;
  /** Per slot, the initial-population slots bounding where it is needed; null: everywhere. */
  private int[][] guards;

  /** The slot already holding the criterion with this key, or null. */
  Integer slot(Object key) {
    return slots.get(key);
  }

  /**
   * Adds a test under a key.
   *
   * @param parts the slots it combines, added before it
   * @return its slot
   */
  int add(Object key, BlockTest test, int... parts) {
    int slot = tests.size();
    tests.add(test);
    this.parts.add(parts);
    perSubject.add(false);
    slots.put(key, slot);
    return slot;
  }

  /** Adds a per-subject test under a key; returns its slot. */
  int add(Object key, SubjectTest test) {
    int slot = add(key, each(test));
    perSubject.set(slot, true);
    return slot;
  }

  /**
   * Fixes the evaluation order once every indicator is compiled.
   *
   * @param populations per indicator, the slot of each population (initial population first,
   *     -1 for none)
   */
  void freeze(List<int[]> populations) {
    int n = tests.size();
    boolean[] everywhere = new boolean[n];
    List<Set<Integer>> bounds = new ArrayList<>();
    for (int x = 0; x < n; x++) {
      bounds.add(new TreeSet<>());
    }
    for (int[] p : populations) {
      reach(p[0], x -> everywhere[x] = true);
      for (int i = 1; i < p.length; i++) {
        if (p[i] >= 0) {
          reach(p[i], x -> bounds.get(x).add(p[0]));
        }
      }
    }
    guards = new int[n][];
    order = new int[n];
    int next = 0;
    for (int x = 0; x < n; x++) {
      if (everywhere[x]) {
        order[next++] = x;
      } else if (perSubject.get(x)) {
        guards[x] = bounds.get(x).stream().mapToInt(Integer::intValue).toArray();
      }
    }
    for (int x = 0; x < n; x++) {
      if (!everywhere[x]) {
        order[next++] = x;
      }
    }
  }

  private void reach(int slot, IntConsumer mark) {
    mark.accept(slot);
    for (int part : parts.get(slot)) {
      reach(part, mark);
    }
  }

  /** Fills every slot's bitmap for subjects {@code ids[from]} to {@code ids[from + n - 1]}. */
  void evaluate(Block b, int[] ids, int from, int n) {
    b.ids = ids;
    b.from = from;
    b.n = n;
    warm(b);
    for (int x : order) {
      int[] guard = guards[x];
      b.need = null;
      if (guard != null) {
        for (int w = 0; w < b.words(); w++) {
          long need = 0;
          for (int g : guard) {
            need |= b.bits[g][w];
          }
          b.needWords[w] = need & b.valid(w);
        }
        b.need = b.needWords;
      }
      tests.get(x).test(b, b.bits[x]);
    }
  }

  /**
   * Reads the block's rows in address order, one word per cache line, when its first and last
   * subject ids span fewer than twice as many rows as it has subjects (one tenant's subjects in
   * id order always do): the hardware then streams them from memory at full bandwidth, where
   * the tests, each reading one word per row, would miss on every row of the line they first
   * touch. The reads only warm the cache: a block whose ids are not in order is at worst warmed
   * in vain.
   */
  private static void warm(Block b) {
    if (b.n == 0) {
      return;
    }
    int first = b.subject(0);
    int last = b.subject(b.n - 1);
    if (last < first || last - first >= 2 * b.n) {
      return;
    }
    long[] rows = b.rows;
    long sink = 0;
    for (int o = first * b.width, end = (last + 1) * b.width; o < end; o += 8) {
      sink ^= rows[o];
    }
    b.warm ^= sink;
  }

  /** The value of a feature's first word is at least {@code min}. */
  static BlockTest atLeast(int feature, long min) {
    return (b, out) -> {
      long[] rows = b.rows;
      int w = b.width;
      int at = b.offset[feature];
      for (int word = 0, i = 0; i < b.n; word++) {
        long bits = 0;
        for (int bit = 0; bit < 64 && i < b.n; bit++, i++) {
          bits |= (rows[b.subject(i) * w + at] >= min ? 1L : 0L) << bit;
        }
        out[word] = bits;
      }
    };
  }

  /** The time of feature {@code a} is later than that of {@code c} (time words: Ticks.store). */
  static BlockTest greater(int a, int c) {
    return (b, out) -> {
      long[] rows = b.rows;
      int w = b.width;
      int at = b.offset[a];
      int than = b.offset[c];
      for (int word = 0, i = 0; i < b.n; word++) {
        long bits = 0;
        for (int bit = 0; bit < 64 && i < b.n; bit++, i++) {
          int base = b.subject(i) * w;
          long time = Ticks.load(rows[base + at]);
          bits |= (time > Ticks.load(rows[base + than]) ? 1L : 0L) << bit;
        }
        out[word] = bits;
      }
    };
  }

  /** A test per subject, tried only on the subjects the block needs. */
  private static BlockTest each(SubjectTest test) {
    return (b, out) -> {
      int n = 0;
      for (int word = 0; word < b.words(); word++) {
        for (long need = b.need == null ? b.valid(word) : b.need[word]; need != 0;
            need &= need - 1) {
          int i = (word << 6) + Long.numberOfTrailingZeros(need);
          b.neededAt[n] = i;
          b.neededSubjects[n++] = b.subject(i);
        }
        out[word] = 0;
      }
      test.test(b.rows, b.neededSubjects, n, b.met, b.st);
      for (int k = 0; k < n; k++) {
        int i = b.neededAt[k];
        out[i >>> 6] |= (b.met[k] ? 1L : 0L) << i;
      }
    };
  }

  /** Every one of the slots. */
  static BlockTest and(int[] slots) {
    return (b, out) -> {
      for (int word = 0; word < b.words(); word++) {
        long bits = -1L;
        for (int x : slots) {
          bits &= b.bits[x][word];
        }
        out[word] = bits;
      }
    };
  }

  /** Any of the slots. */
  static BlockTest or(int[] slots) {
    return (b, out) -> {
      for (int word = 0; word < b.words(); word++) {
        long bits = 0;
        for (int x : slots) {
          bits |= b.bits[x][word];
        }
        out[word] = bits;
      }
    };
  }

  /** Not the slot; bits past the block's end are cleared. */
  static BlockTest not(int slot) {
    return (b, out) -> {
      for (int word = 0; word < b.words(); word++) {
        out[word] = ~b.bits[slot][word] & b.valid(word);
      }
    };
  }
}
