package io.github.eparcours.indicators.internal;

import java.util.Arrays;

/**
 * Strings to dense ints, each key with an int payload, in an open-addressing {@code long[]} of
 * (key hash, slot) pairs at a load factor of at most 0.6: probing compares hashes inside the
 * index and only dereferences a stored key when they match, so a lookup costs no cache miss on
 * the keys of other entries. Not thread-safe.
 */
public final class StringIds {

  private static final long HASH_BITS = 0xFFFFFFFF00000000L;

  /** (hash << 32) | (slot + 1); 0 = empty. */
  private long[] index;
  private String[] keys;
  private int[] payloads;
  private int size;
  private int mask;
  private int threshold;

  /** Creates an empty map. */
  public StringIds() {
    allocateIndex(16);
    keys = new String[8];
    payloads = new int[8];
  }

  private void allocateIndex(int capacity) {
    index = new long[capacity];
    mask = capacity - 1;
    threshold = (int) (capacity * 0.6);
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  /**
   * Returns the payload of a key, storing {@code payloadIfAbsent} when the key is new.
   *
   * @param key the key, not null
   * @param payloadIfAbsent the payload of a new key
   * @return the key's payload
   */
  public int getOrAdd(String key, int payloadIfAbsent) {
    return getOrAdd(key, key.hashCode(), payloadIfAbsent);
  }

  /**
   * Returns the payload of a key whose hash is known, storing {@code payloadIfAbsent} when the
   * key is new.
   *
   * @param key the key, not null
   * @param h {@code key.hashCode()}
   * @param payloadIfAbsent the payload of a new key
   * @return the key's payload
   */
  public int getOrAdd(String key, int h, int payloadIfAbsent) {
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
        int slot = (int) e - 1;
        String k = keys[slot];
        if (k == key || k.equals(key)) {
          return payloads[slot];
        }
      }
      i = (i + 1) & m;
    }
    int slot = size;
    if (slot == keys.length) {
      int n = slot + (slot >> 1);
      keys = Arrays.copyOf(keys, n);
      payloads = Arrays.copyOf(payloads, n);
    }
    keys[slot] = key;
    payloads[slot] = payloadIfAbsent;
    ix[i] = hash | (slot + 1);
    size++;
    if (size > threshold) {
      growIndex();
    }
    return payloadIfAbsent;
  }

  /**
   * Returns the payload of a key.
   *
   * @param key the key, not null
   * @return the payload, or -1 when the key is absent
   */
  public int get(String key) {
    return get(key, key.hashCode());
  }

  /**
   * Returns the payload of a key whose hash is known.
   *
   * @param key the key, not null
   * @param h {@code key.hashCode()}
   * @return the payload, or -1 when the key is absent
   */
  public int get(String key, int h) {
    long hash = ((long) h) << 32;
    int i = spread(h) & mask;
    while (true) {
      long e = index[i];
      if (e == 0) {
        return -1;
      }
      if ((e & HASH_BITS) == hash) {
        int slot = (int) e - 1;
        if (keys[slot].equals(key)) {
          return payloads[slot];
        }
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Reads what a lookup of this hash reads first, and the entry's slot when the hash matches.
   * Bulk callers do it for many keys before looking any of them up, so that the cache misses of
   * different keys overlap instead of queuing.
   *
   * @param h a key's {@code hashCode()}
   * @return an opaque value to fold into a sink
   */
  public long warm(int h) {
    long e = index[spread(h) & mask];
    if (e != 0 && (e >>> 32) == (h & 0xFFFFFFFFL)) {
      int slot = (int) e - 1;
      return e ^ payloads[slot] ^ (keys[slot] == null ? 1 : 0);
    }
    return e;
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

  /** @return the number of keys */
  public int size() {
    return size;
  }
}
