package io.github.eparcours.indicators.internal;

import java.util.Arrays;

/**
 * The per-subject aggregates of one tenant: a hash index over dense rows. Row {@code r} (0 to
 * {@code size() - 1}, in insertion order) has its long aggregates in one {@code long[]} and its
 * object aggregates in one {@code Object[]}; no entry objects and no empty rows. The index is an
 * open-addressing {@code long[]} of (key hash, row) pairs at a load factor of at most 0.6: probing
 * compares hashes inside the index and only dereferences a stored key when they match, so a
 * lookup costs no cache miss on the keys of other subjects, and growing the index never touches
 * the keys or the rows. Not thread-safe: one table per thread, then merge.
 */
public final class SubjectTable {

  private static final long HASH_BITS = 0xFFFFFFFF00000000L;

  private final long[] initial;
  private final int longWidth;
  private final int objWidth;
  /** (hash << 32) | (row + 1); 0 = empty. */
  private long[] index;
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
    this.objWidth = objWidth;
    int capacity = 16;
    while (capacity * 0.6 <= expectedSubjects && capacity < (1 << 30)) {
      capacity <<= 1;
    }
    allocateIndex(capacity);
    int rows = Math.max(16, expectedSubjects);
    keys = new String[rows];
    longs = new long[rows * longWidth];
    objs = new Object[rows * objWidth];
  }

  private void allocateIndex(int capacity) {
    index = new long[capacity];
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
    return row(key, key.hashCode());
  }

  /**
   * Returns the index entry a key's probe starts at. Batched callers read it for several keys
   * before looking any of them up, so the cache misses of the batch overlap instead of queuing.
   *
   * @param hash the key's {@code hashCode()}
   * @return the entry (opaque)
   */
  public long firstProbe(int hash) {
    return index[spread(hash) & mask];
  }

  /**
   * Returns the row of a subject whose hash is already known, creating it if absent.
   *
   * @param key the subject
   * @param h {@code key.hashCode()}
   * @return the row
   */
  public int row(String key, int h) {
    long hash = ((long) h) << 32;
    long[] ix = index;
    int m = mask;
    int i = spread(h) & m;
    while (true) {
      long e = ix[i];
      if (e == 0) {
        break;
      }
      if ((e & HASH_BITS) == hash) {
        int r = (int) e - 1;
        String k = keys[r];
        if (k == key || k.equals(key)) {
          return r;
        }
      }
      i = (i + 1) & m;
    }
    int r = size;
    if (r == keys.length) {
      growRows();
    }
    keys[r] = key;
    System.arraycopy(initial, 0, longs, r * longWidth, longWidth);
    ix[i] = hash | (r + 1);
    size++;
    if (size > threshold) {
      growIndex();
    }
    return r;
  }

  private void growRows() {
    int n = keys.length + (keys.length >> 1);
    keys = Arrays.copyOf(keys, n);
    longs = Arrays.copyOf(longs, n * longWidth);
    objs = Arrays.copyOf(objs, n * objWidth);
  }

  private void growIndex() {
    long[] old = index;
    allocateIndex(old.length * 2);
    for (long e : old) {
      if (e != 0) {
        int i = spread((int) (e >>> 32)) & mask;
        while (index[i] != 0) {
          i = (i + 1) & mask;
        }
        index[i] = e;
      }
    }
  }

  /** @return the number of subjects */
  public int size() {
    return size;
  }

  /** @return the number of rows, for iteration: rows are 0 to {@code capacity() - 1} */
  public int capacity() {
    return size;
  }

  /**
   * Returns the subject at a row.
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
    return row * longWidth;
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
   * Returns the used rows, in insertion order.
   *
   * @return the rows
   */
  public int[] usedRows() {
    int[] out = new int[size];
    for (int r = 0; r < size; r++) {
      out[r] = r;
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
    for (int r = 0; r < size; r++) {
      rows[r] = r;
    }
    Arrays.sort(rows, (a, b) -> keys[a].compareTo(keys[b]));
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      out[i] = rows[i];
    }
    return out;
  }
}
