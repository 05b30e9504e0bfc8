package io.github.eparcours.indicators.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FactEncoderTest {

  private static List<Fact> randomFacts(long seed, int n) {
    Random random = new Random(seed);
    FactKind[] kinds = {FactKind.FILE_OPENED, FactKind.MESSAGE_SENT, FactKind.of("vendor.x")};
    List<Fact> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Fact f = Fact.of(kinds[random.nextInt(kinds.length)], "tenant-" + random.nextInt(3),
          "s-" + random.nextInt(n / 4 + 1), Instant.ofEpochSecond(random.nextInt(), i));
      if (random.nextBoolean()) {
        f = f.withActor("a-" + random.nextInt(20));
      }
      if (random.nextInt(3) == 0) {
        f = f.withCode("c-" + random.nextInt(5)).withQualifier("q-" + random.nextInt(2));
      }
      out.add(f);
    }
    return out;
  }

  @Test
  void encode_bulk_givesTheIdsOfOneByOne() {
    List<Fact> facts = randomFacts(7, 3000);
    FactEncoder bulk = new FactEncoder();
    FactEncoder single = new FactEncoder();
    int n = facts.size();
    int[] kinds = new int[n];
    int[] subjects = new int[n];
    long[] nanos = new long[n];
    int[] actors = new int[n];
    int[] codes = new int[n];
    int[] qualifiers = new int[n];
    for (int from = 0; from < n; from += 500) {
      int m = Math.min(500, n - from);
      Fact[] part = facts.subList(from, from + m).toArray(new Fact[0]);
      int[] k = new int[m];
      int[] s = new int[m];
      long[] t = new long[m];
      int[] a = new int[m];
      int[] c = new int[m];
      int[] q = new int[m];
      bulk.encode(part, m, k, s, t, a, c, q);
      System.arraycopy(k, 0, kinds, from, m);
      System.arraycopy(s, 0, subjects, from, m);
      System.arraycopy(t, 0, nanos, from, m);
      System.arraycopy(a, 0, actors, from, m);
      System.arraycopy(c, 0, codes, from, m);
      System.arraycopy(q, 0, qualifiers, from, m);
    }

    for (int i = 0; i < n; i++) {
      Fact f = facts.get(i);
      assertThat(kinds[i]).isEqualTo(single.kind(f.kind()));
      assertThat(subjects[i]).isEqualTo(single.subject(f.tenant(), f.subject()));
      assertThat(actors[i]).isEqualTo(single.actor(f.actor()));
      assertThat(codes[i]).isEqualTo(single.value(f.code()));
      assertThat(qualifiers[i]).isEqualTo(single.value(f.qualifier()));
      assertThat(nanos[i]).isEqualTo(f.at().getEpochSecond() * 1_000_000_000L + f.at().getNano());
      assertThat(bulk.subjectOf(subjects[i])).isEqualTo(f.subject());
      assertThat(bulk.tenantOf(subjects[i])).isEqualTo(f.tenant());
    }
    assertThat(bulk.subjectCount()).isEqualTo(single.subjectCount());
  }

  @Test
  void subject_sameStringInTwoTenants_twoIds() {
    FactEncoder e = new FactEncoder();
    int a = e.subject("t1", "file");
    int b = e.subject("t2", "file");

    assertThat(a).isNotEqualTo(b);
    assertThat(e.subject("t1", new String("file"))).isEqualTo(a);
    assertThat(e.tenantOf(b)).isEqualTo("t2");
    assertThat(e.tenantCount()).isEqualTo(2);
    assertThat(e.tenant(e.tenantIndexOf(a))).isEqualTo("t1");
  }

  @Test
  void actorAndValue_null_none() {
    FactEncoder e = new FactEncoder();

    assertThat(e.actor(null)).isEqualTo(FactEncoder.NONE);
    assertThat(e.value(null)).isEqualTo(FactEncoder.NONE);
    assertThat(e.actor("x")).isZero();
    assertThat(e.actorOf(0)).isEqualTo("x");
    assertThatThrownBy(() -> e.actorOf(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void slice_outsideTheBatch_rejected() {
    FactEncoder e = new FactEncoder();
    e.kind(FactKind.FILE_OPENED);
    e.subject("t", "s");
    FactColumns c = FactColumns.builder(e).kinds(new int[3]).subjects(new int[3])
        .epochMillis(new long[3]).build();

    assertThat(c.slice(1, 3).size()).isEqualTo(2);
    assertThat(c.slice(1, 3).slice(1, 2).from()).isEqualTo(2);
    assertThatThrownBy(() -> c.slice(2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(c.nanosPerUnit()).isEqualTo(1_000_000L);
  }
}
