package io.github.eparcours.indicators.internal;

import java.util.Arrays;

/**
 * The per-subject aggregates of one tenant: an open-addressing table keyed by subject id, with
 * the long aggregates of every subject stored inline in one {@code long[]} and the object
 * aggregates in one {@code Object[]}. No entry objects: memory is the key reference plus the
 * slots, at a load factor of at most 0.6. Not thread-safe: one table per thread, then merge.
 *
 * <p>Each row of the {@code long[]} starts with a tag (the key's hash plus a used bit): probing
 * compares tags in the row it is about to update anyway, and only dereferences a stored key when
 * the tags match, so a lookup costs no cache miss on the keys of other subjects.
 */
public final class SubjectTable {

  private static final long USED = 1L << 32;

  private final long[] initial;
  private final int longWidth;
  private final int rowWidth;
  private final int objWidth;
  private String[] keys;
  private long[] longs;
  private Object[] objs;
  private int size;
  private int mask;
  private int threshold;

  /**
   * Creates an empty table.
   *
   * @param initial the initial value of each long slot
   * @param objWidth how many object slots per subject
   * @param expectedSubjects how many subjects to size the table for (it grows if needed)
   */
  public SubjectTable(long[] initial, int objWidth, int expectedSubjects) {
    this.initial = initial;
    this.longWidth = initial.length;
    this.rowWidth = longWidth + 1;
    this.objWidth = objWidth;
    int capacity = 16;
    while (capacity * 0.6 <= expectedSubjects && capacity < (1 << 30)) {
      capacity <<= 1;
    }
    allocate(capacity);
  }

  private void allocate(int capacity) {
    keys = new String[capacity];
    longs = new long[capacity * rowWidth];
    objs = new Object[capacity * objWidth];
    mask = capacity - 1;
    threshold = (int) (capacity * 0.6);
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * Returns the row of a subject, creating it if absent.
   *
   * @param key the subject
   * @return the row
   */
  public int row(String key) {
    int h = key.hashCode();
    long tag = (h & 0xFFFFFFFFL) | USED;
    long[] ls = longs;
    int w = rowWidth;
    int m = mask;
    int i = spread(h) & m;
    while (true) {
      long c = ls[i * w];
      if (c == 0) {
        break;
      }
      if (c == tag) {
        String k = keys[i];
        if (k == key || k.equals(key)) {
          return i;
        }
      }
      i = (i + 1) & m;
    }
    if (size >= threshold) {
      grow();
      return row(key);
    }
    keys[i] = key;
    ls[i * w] = tag;
    System.arraycopy(initial, 0, ls, i * w + 1, longWidth);
    size++;
    return i;
  }

  private void grow() {
    String[] oldKeys = keys;
    long[] oldLongs = longs;
    Object[] oldObjs = objs;
    allocate(oldKeys.length * 2);
    for (int r = 0; r < oldKeys.length; r++) {
      long tag = oldLongs[r * rowWidth];
      if (tag != 0) {
        int i = spread((int) tag) & mask;
        while (longs[i * rowWidth] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[r];
        System.arraycopy(oldLongs, r * rowWidth, longs, i * rowWidth, rowWidth);
        System.arraycopy(oldObjs, r * objWidth, objs, i * objWidth, objWidth);
      }
    }
  }

  /** @return the number of subjects */
  public int size() {
    return size;
  }

  /** @return the number of rows (used or not), for iteration */
  public int capacity() {
    return keys.length;
  }

  /**
   * Returns the subject at a row, or null for an empty row.
   *
   * @param row the row
   * @return the subject
   */
  public String key(int row) {
    return keys[row];
  }

  /**
   * Returns where a row's long slots start in {@link #longs()}.
   *
   * @param row the row
   * @return the index of its slot 0
   */
  public int longBase(int row) {
    return row * rowWidth + 1;
  }

  /**
   * Returns where a row's object slots start in {@link #objs()}.
   *
   * @param row the row
   * @return the index of its slot 0
   */
  public int objBase(int row) {
    return row * objWidth;
  }

  /** @return the long slots, indexed {@code longBase(row) + slot} */
  public long[] longs() {
    return longs;
  }

  /** @return the object slots, indexed {@code objBase(row) + slot} */
  public Object[] objs() {
    return objs;
  }

  /** @return long slots per subject */
  public int longWidth() {
    return longWidth;
  }

  /** @return object slots per subject */
  public int objWidth() {
    return objWidth;
  }

  /**
   * Returns the used rows, in table order.
   *
   * @return the rows
   */
  public int[] usedRows() {
    int[] out = new int[size];
    int n = 0;
    for (int r = 0; r < keys.length; r++) {
      if (keys[r] != null) {
        out[n++] = r;
      }
    }
    return out;
  }

  /**
   * Returns the subjects, sorted (for deterministic output).
   *
   * @return the rows in subject order
   */
  public int[] sortedRows() {
    Integer[] rows = new Integer[size];
    int n = 0;
    for (int r = 0; r < keys.length; r++) {
      if (keys[r] != null) {
        rows[n++] = r;
      }
    }
    Arrays.sort(rows, (a, b) -> keys[a].compareTo(keys[b]));
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      out[i] = rows[i];
    }
    return out;
  }
}
