package io.github.eparcours.indicators.engine;

import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.fact.FactColumns;
import io.github.eparcours.indicators.fact.FactEncoder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Encodes records into columns, as a vendor reading a cursor would. */
final class Columns {

  private Columns() {}

  /**
   * Encodes facts with an encoder.
   *
   * @param facts the facts
   * @param encoder the encoder
   * @param unit SECONDS (facts must be whole seconds), MILLIS or NANOS
   * @return the batch
   */
  static FactColumns of(List<Fact> facts, FactEncoder encoder, ChronoUnit unit) {
    int n = facts.size();
    int[] kinds = new int[n];
    int[] subjects = new int[n];
    long[] times = new long[n];
    int[] actors = new int[n];
    int[] codes = new int[n];
    int[] qualifiers = new int[n];
    for (int i = 0; i < n; i++) {
      Fact f = facts.get(i);
      kinds[i] = encoder.kind(f.kind());
      subjects[i] = encoder.subject(f.tenant(), f.subject());
      times[i] = time(f.at(), unit);
      actors[i] = encoder.actor(f.actor());
      codes[i] = encoder.value(f.code());
      qualifiers[i] = encoder.value(f.qualifier());
    }
    return FactColumns.builder(encoder).kinds(kinds).subjects(subjects).times(times, unit)
        .actors(actors).codes(codes).qualifiers(qualifiers).build();
  }

  private static long time(Instant at, ChronoUnit unit) {
    switch (unit) {
      case SECONDS:
        if (at.getNano() != 0) {
          throw new IllegalArgumentException("not a whole second");
        }
        return at.getEpochSecond();
      case MILLIS:
        if (at.getNano() % 1_000_000 != 0) {
          throw new IllegalArgumentException("not a whole millisecond");
        }
        return at.toEpochMilli();
      default:
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L),
            at.getNano());
    }
  }
}
