package io.github.eparcours.indicators.fact;

import io.github.eparcours.indicators.InvalidFactException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A batch of facts as parallel primitive columns: row {@code i} is the fact of kind {@code
 * kinds[i]} about subject {@code subjects[i]} at {@code times[i]}, by {@code actors[i]}, with
 * {@code codes[i]} and {@code qualifiers[i]}. Every id comes from one {@link FactEncoder}; this
 * is the shape a vendor reading a database cursor or a Parquet/Arrow file naturally has, and the
 * engine's fastest input (see {@code PartialAggregate.accept(FactColumns)}).
 *
 * <pre>{@code
 * FactEncoder enc = new FactEncoder();
 * int opened = enc.kind(FactKind.FILE_OPENED);
 * // per row read from the cursor (subjects, actors: once per distinct value if cached)
 * kinds[i] = opened;
 * subjects[i] = enc.subject(tenant, fileId);
 * times[i] = rs.getLong("at_epoch_second");
 * actors[i] = enc.actor(rpps);   // FactEncoder.NONE when there is none
 * FactColumns batch = FactColumns.builder(enc).kinds(kinds).subjects(subjects)
 *     .epochSeconds(times).actors(actors).build();
 * }</pre>
 *
 * <p>Mandatory columns: kinds, subjects, times. Optional (absent = {@link FactEncoder#NONE} on
 * every row): actors, codes, qualifiers. Rows may come in any order. {@link Builder#build()}
 * checks every id against the encoder in one pass over the columns, so a bad batch is refused
 * whole, before any of it is folded.
 *
 * <p>The arrays are <b>not copied</b>: the batch is a read-only view over them, and they must
 * not change while the batch is in use. Under that condition the batch is immutable and
 * thread-safe (several threads may fold slices of it at once). Times outside the range the
 * engine represents (about 1677 to 2262) saturate, as {@link Fact} times do.
 */
public final class FactColumns {

  private final FactEncoder encoder;
  private final int[] kinds;
  private final int[] subjects;
  private final long[] times;
  private final long scale;
  private final int[] actors;
  private final int[] codes;
  private final int[] qualifiers;
  private final int from;
  private final int to;

  private FactColumns(FactEncoder encoder, int[] kinds, int[] subjects, long[] times,
      long scale, int[] actors, int[] codes, int[] qualifiers, int from, int to) {
    this.encoder = encoder;
    this.kinds = kinds;
    this.subjects = subjects;
    this.times = times;
    this.scale = scale;
    this.actors = actors;
    this.codes = codes;
    this.qualifiers = qualifiers;
    this.from = from;
    this.to = to;
  }

  /**
   * Starts a batch whose ids come from this encoder.
   *
   * @param encoder the encoder, not null
   * @return a builder
   */
  public static Builder builder(FactEncoder encoder) {
    return new Builder(Objects.requireNonNull(encoder, "encoder"));
  }

  /**
   * Returns the rows {@code from} (inclusive) to {@code to} (exclusive) of this batch, sharing
   * its arrays (to fold parts of one batch on several threads).
   *
   * @param fromRow the first row, from 0
   * @param toRow the row after the last
   * @return the slice
   * @throws IndexOutOfBoundsException if the range is not within {@code [0, size()]}
   */
  public FactColumns slice(int fromRow, int toRow) {
    Objects.checkFromToIndex(fromRow, toRow, size());
    return new FactColumns(encoder, kinds, subjects, times, scale, actors, codes, qualifiers,
        from + fromRow, from + toRow);
  }

  /** @return the number of rows */
  public int size() {
    return to - from;
  }

  /** @return the encoder the ids come from */
  public FactEncoder encoder() {
    return encoder;
  }

  /** @return the kinds column (shared, not a copy); rows {@link #from()} to {@link #to()} */
  public int[] kinds() {
    return kinds;
  }

  /** @return the subjects column (shared, not a copy) */
  public int[] subjects() {
    return subjects;
  }

  /** @return the times column (shared, not a copy), in the unit of {@link #nanosPerUnit()} */
  public long[] times() {
    return times;
  }

  /** @return how many nanoseconds one unit of {@link #times()} is (1, 1e3, 1e6 or 1e9) */
  public long nanosPerUnit() {
    return scale;
  }

  /** @return the actors column (shared, not a copy), or null when absent */
  public int[] actors() {
    return actors;
  }

  /** @return the codes column (shared, not a copy), or null when absent */
  public int[] codes() {
    return codes;
  }

  /** @return the qualifiers column (shared, not a copy), or null when absent */
  public int[] qualifiers() {
    return qualifiers;
  }

  /** @return the index of the first row in the arrays */
  public int from() {
    return from;
  }

  /** @return the index after the last row in the arrays */
  public int to() {
    return to;
  }

  @Override
  public String toString() {
    return "FactColumns[rows=" + size() + ", actors=" + (actors != null) + ", codes="
        + (codes != null) + ", qualifiers=" + (qualifiers != null) + "]";
  }

  /** Builds a {@link FactColumns}. Not thread-safe. */
  public static final class Builder {
    private final FactEncoder encoder;
    private int[] kinds;
    private int[] subjects;
    private long[] times;
    private long scale;
    private int[] actors;
    private int[] codes;
    private int[] qualifiers;
    private int size = -1;

    private Builder(FactEncoder encoder) {
      this.encoder = encoder;
    }

    /**
     * Sets the kinds column: ids from {@link FactEncoder#kind(FactKind)}.
     *
     * @param values the column (not copied)
     * @return this builder
     */
    public Builder kinds(int[] values) {
      kinds = values;
      return this;
    }

    /**
     * Sets the subjects column: ids from {@link FactEncoder#subject(String, String)}.
     *
     * @param values the column (not copied)
     * @return this builder
     */
    public Builder subjects(int[] values) {
      subjects = values;
      return this;
    }

    /**
     * Sets the times column, in seconds since 1970-01-01T00:00Z.
     *
     * @param values the column (not copied)
     * @return this builder
     */
    public Builder epochSeconds(long[] values) {
      return times(values, ChronoUnit.SECONDS);
    }

    /**
     * Sets the times column, in milliseconds since 1970-01-01T00:00Z.
     *
     * @param values the column (not copied)
     * @return this builder
     */
    public Builder epochMillis(long[] values) {
      return times(values, ChronoUnit.MILLIS);
    }

    /**
     * Sets the times column, in a unit since 1970-01-01T00:00Z.
     *
     * @param values the column (not copied)
     * @param unit SECONDS, MILLIS, MICROS or NANOS
     * @return this builder
     * @throws InvalidFactException if the unit is another one ({@code IND-0104})
     */
    public Builder times(long[] values, ChronoUnit unit) {
      Objects.requireNonNull(unit, "unit");
      switch (unit) {
        case SECONDS:
          scale = 1_000_000_000L;
          break;
        case MILLIS:
          scale = 1_000_000L;
          break;
        case MICROS:
          scale = 1_000L;
          break;
        case NANOS:
          scale = 1L;
          break;
        default:
          throw new InvalidFactException("IND-0104", "the time unit of fact columns is "
              + unit, "times are counted in seconds, milliseconds, microseconds or nanoseconds",
              "convert the times to one of these units since the epoch");
      }
      times = values;
      return this;
    }

    /**
     * Sets the actors column: ids from {@link FactEncoder#actor(String)}, or {@link
     * FactEncoder#NONE}.
     *
     * @param values the column (not copied), or null when no fact has an actor
     * @return this builder
     */
    public Builder actors(int[] values) {
      actors = values;
      return this;
    }

    /**
     * Sets the codes column: ids from {@link FactEncoder#value(String)}, or {@link
     * FactEncoder#NONE}.
     *
     * @param values the column (not copied), or null when no fact has a code
     * @return this builder
     */
    public Builder codes(int[] values) {
      codes = values;
      return this;
    }

    /**
     * Sets the qualifiers column: ids from {@link FactEncoder#value(String)}, or {@link
     * FactEncoder#NONE}.
     *
     * @param values the column (not copied), or null when no fact has a qualifier
     * @return this builder
     */
    public Builder qualifiers(int[] values) {
      qualifiers = values;
      return this;
    }

    /**
     * Uses only the first {@code rows} rows of each array (to reuse buffers larger than the
     * batch). Without it, every column must have the same length.
     *
     * @param rows the number of rows, not negative
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder size(int rows) {
      if (rows < 0) {
        throw new IllegalArgumentException("rows must not be negative");
      }
      size = rows;
      return this;
    }

    /**
     * Checks the columns and builds the batch.
     *
     * @return the batch
     * @throws InvalidFactException if a mandatory column is missing ({@code IND-0100}), columns
     *     have different lengths or are shorter than {@link #size(int)} ({@code IND-0102}), or
     *     an id is not one of the encoder's ({@code IND-0103}); the message names the column
     *     and the row, never a value
     */
    public FactColumns build() {
      if (kinds == null) {
        throw missing("kinds");
      }
      if (subjects == null) {
        throw missing("subjects");
      }
      if (times == null) {
        throw missing("times");
      }
      int n = size >= 0 ? size : kinds.length;
      length("kinds", kinds.length, n);
      length("subjects", subjects.length, n);
      length("times", times.length, n);
      if (actors != null) {
        length("actors", actors.length, n);
      }
      if (codes != null) {
        length("codes", codes.length, n);
      }
      if (qualifiers != null) {
        length("qualifiers", qualifiers.length, n);
      }
      ids("kinds", kinds, n, 0, encoder.kindCount(), "FactEncoder.kind(FactKind)");
      ids("subjects", subjects, n, 0, encoder.subjectCount(),
          "FactEncoder.subject(String, String)");
      if (actors != null) {
        ids("actors", actors, n, FactEncoder.NONE, encoder.actorCount(),
            "FactEncoder.actor(String) or FactEncoder.NONE");
      }
      if (codes != null) {
        ids("codes", codes, n, FactEncoder.NONE, encoder.valueCount(),
            "FactEncoder.value(String) or FactEncoder.NONE");
      }
      if (qualifiers != null) {
        ids("qualifiers", qualifiers, n, FactEncoder.NONE, encoder.valueCount(),
            "FactEncoder.value(String) or FactEncoder.NONE");
      }
      return new FactColumns(encoder, kinds, subjects, times, scale, actors, codes, qualifiers,
          0, n);
    }

    private void length(String column, int length, int n) {
      boolean ok = size >= 0 ? length >= n : length == n;
      if (!ok) {
        throw new InvalidFactException("IND-0102", "the " + column + " column has " + length
            + " rows where " + n + " are expected", size >= 0
                ? "every column must hold at least the batch size"
                : "every column must have as many rows as the kinds column",
            "give columns of equal length, or set size(rows) to use their first rows");
      }
    }

    /**
     * Checks {@code lo <= v < hi} on every row with one OR per row: {@code v - lo} and {@code hi
     * - 1 - v} are both non-negative exactly when v is in range (lo is 0 or -1 and hi at least
     * 0, so neither wraps around for a value in range, and a value out of range makes one
     * negative), a loop the compiler vectorises; it takes half the time of a min/max loop.
     */
    private static void ids(String column, int[] values, int n, int lo, int hi, String source) {
      int highest = hi - 1;
      int signs = 0;
      for (int i = 0; i < n; i++) {
        int v = values[i];
        signs |= (v - lo) | (highest - v);
      }
      if (signs >= 0) {
        return;
      }
      int row = 0;
      while (values[row] >= lo && values[row] < hi) {
        row++;
      }
      throw new InvalidFactException("IND-0103", "the " + column + " column holds an unknown id"
          + " at row " + row, "ids must be between " + lo + " and " + (hi - 1)
              + " (the encoder's ids)", "encode every value with " + source
              + " of the batch's encoder");
    }

    private static InvalidFactException missing(String column) {
      return new InvalidFactException("IND-0100", "fact columns have no " + column,
          "kinds, subjects and times are mandatory for every fact",
          "set the " + column + " column on the builder");
    }
  }
}
