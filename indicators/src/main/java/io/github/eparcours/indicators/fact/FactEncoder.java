package io.github.eparcours.indicators.fact;

import io.github.eparcours.indicators.InvalidFactException;
import io.github.eparcours.indicators.internal.StringIds;
import io.github.eparcours.indicators.internal.Ticks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Dictionaries giving dense int ids, from 0 in the order first seen, to what {@link FactColumns}
 * carry as ints: fact kinds, (tenant, subject) pairs, actors, and values (codes and qualifiers).
 * A vendor reading a database cursor or a Parquet/Arrow file encodes each distinct subject, actor
 * and value once, then hands the engine plain {@code int[]} columns; the engine's partial
 * aggregates index their per-subject state directly by these ids (no hashing per fact).
 *
 * <p>A subject id stands for a (tenant, subject) pair: the same subject string in two tenants
 * gets two ids. Ids only grow; an id, once given, never changes meaning.
 *
 * <p><b>Not thread-safe.</b> Encode on one thread; afterwards the encoder may be read by several
 * threads at once (for instance several aggregates folding slices of one batch) as long as no
 * thread encodes anything new meanwhile. {@link #toString()} shows sizes only, never subjects
 * nor actors.
 */
public final class FactEncoder {

  /** The id of "no actor", "no code", "no qualifier" in the columns. */
  public static final int NONE = -1;

  private final List<FactKind> kinds = new ArrayList<>();
  private final Map<FactKind, Integer> kindIds = new HashMap<>();
  private FactKind[] kindArray = new FactKind[0];
  private final StringIds tenantIds = new StringIds();
  private final List<String> tenants = new ArrayList<>();
  private final List<StringIds> subjectsByTenant = new ArrayList<>();
  private String[] subjects = new String[16];
  private int[] tenantOf = new int[16];
  private int subjectCount;
  private String lastTenant;
  private StringIds lastSubjects;
  private int lastTenantId;
  private final StringIds actorIds = new StringIds();
  private String[] actors = new String[16];
  private final StringIds valueIds = new StringIds();
  private String[] values = new String[16];

  // Scratch of encode(), and the sink of its warming reads (so that the compiler keeps them).
  private int[] hashes = new int[0];
  private StringIds[] tables = new StringIds[0];
  private int[] tenantIndexes = new int[0];
  private long warmSink;

  /** Creates an empty encoder. */
  public FactEncoder() {}

  /**
   * Returns the id of a fact kind, giving it the next id when new. To align the ids with a
   * vendor's own table of event types, encode its kinds first, in its order.
   *
   * @param kind the kind, not null
   * @return the id, from 0
   * @throws InvalidFactException if the kind is null ({@code IND-0100})
   */
  public int kind(FactKind kind) {
    // Facts almost always carry the shared constants: an identity scan over the few kinds is
    // cheaper than hashing the record.
    FactKind[] fast = kindArray;
    for (int i = 0; i < fast.length; i++) {
      if (fast[i] == kind) {
        return i;
      }
    }
    if (kind == null) {
      throw missing("kind");
    }
    Integer id = kindIds.get(kind);
    if (id != null) {
      return id;
    }
    int next = kinds.size();
    kinds.add(kind);
    kindIds.put(kind, next);
    kindArray = kinds.toArray(new FactKind[0]);
    return next;
  }

  /**
   * Returns the id of a subject of a tenant, giving it the next id when new.
   *
   * @param tenant the tenant, not blank
   * @param subject the subject (a pseudonymous identifier), not blank
   * @return the id, from 0
   * @throws InvalidFactException if the tenant or the subject is null or blank ({@code
   *     IND-0100})
   */
  public int subject(String tenant, String subject) {
    StringIds ids;
    if (tenant == lastTenant && tenant != null) {
      ids = lastSubjects;
    } else {
      ids = tenantSubjects(tenant);
    }
    if (subject == null || subject.isEmpty()) {
      throw missing("subject");
    }
    int h = subject.hashCode();
    int id = ids.get(subject, h);
    return id >= 0 ? id : add(ids, lastTenantId, subject, h);
  }

  /**
   * Encodes facts into columns: row {@code i} of each array receives fact {@code i}, times in
   * nanoseconds since the epoch (saturating as the engine does, see {@link
   * FactColumns.Builder#times}). Gives the ids that encoding the facts one by one gives, faster
   * for large dictionaries: the lookups of many facts proceed phase by phase, so that their
   * memory reads overlap.
   *
   * @param facts the facts, not null
   * @param n how many facts, from index 0
   * @param kinds receives the kind ids
   * @param subjects receives the subject ids
   * @param nanos receives the times
   * @param actors receives the actor ids, or null to skip actors
   * @param codes receives the code ids, or null to skip codes
   * @param qualifiers receives the qualifier ids, or null to skip qualifiers
   * @throws IndexOutOfBoundsException if an array is shorter than {@code n}
   */
  public void encode(Fact[] facts, int n, int[] kinds, int[] subjects, long[] nanos,
      int[] actors, int[] codes, int[] qualifiers) {
    Objects.checkFromToIndex(0, n, facts.length);
    if (hashes.length < n) {
      hashes = new int[n];
      tables = new StringIds[n];
      tenantIndexes = new int[n];
    }
    long sink = 0;
    for (int i = 0; i < n; i++) {
      Fact f = facts[i];
      kinds[i] = kind(f.kind());
      hashes[i] = f.subject().hashCode();
      nanos[i] = Ticks.of(f.at());
    }
    for (int i = 0; i < n; i++) {
      String tenant = facts[i].tenant();
      StringIds ids = tenant == lastTenant ? lastSubjects : tenantSubjects(tenant);
      tables[i] = ids;
      tenantIndexes[i] = lastTenantId;
      sink ^= ids.warm(hashes[i]);
    }
    for (int i = 0; i < n; i++) {
      String subject = facts[i].subject();
      int id = tables[i].get(subject, hashes[i]);
      subjects[i] = id >= 0 ? id : add(tables[i], tenantIndexes[i], subject, hashes[i]);
      tables[i] = null;
    }
    for (int i = 0; i < n; i++) {
      Fact f = facts[i];
      if (actors != null) {
        actors[i] = actor(f.actor());
      }
      if (codes != null) {
        codes[i] = value(f.code());
      }
      if (qualifiers != null) {
        qualifiers[i] = value(f.qualifier());
      }
    }
    warmSink ^= sink;
  }

  private int add(StringIds ids, int tenantIndex, String subject, int hash) {
    if (subject.isBlank()) {
      throw missing("subject");
    }
    int next = subjectCount;
    int id = ids.getOrAdd(subject, hash, next);
    if (next == subjects.length) {
      int n = next + (next >> 1);
      subjects = Arrays.copyOf(subjects, n);
      tenantOf = Arrays.copyOf(tenantOf, n);
    }
    subjects[next] = subject;
    tenantOf[next] = tenantIndex;
    subjectCount = next + 1;
    return id;
  }

  private StringIds tenantSubjects(String tenant) {
    if (tenant == null || tenant.isBlank()) {
      throw missing("tenant");
    }
    int t = tenantIds.getOrAdd(tenant, tenants.size());
    if (t == tenants.size()) {
      tenants.add(tenant);
      subjectsByTenant.add(new StringIds());
    }
    lastTenant = tenant;
    lastTenantId = t;
    lastSubjects = subjectsByTenant.get(t);
    return lastSubjects;
  }

  /**
   * Returns the id of an actor (a professional), giving it the next id when new.
   *
   * @param actor the actor, or null for {@link #NONE}
   * @return the id, from 0, or {@link #NONE}
   */
  public int actor(String actor) {
    if (actor == null) {
      return NONE;
    }
    int next = actorIds.size();
    int id = actorIds.getOrAdd(actor, next);
    if (id == next) {
      actors = append(actors, next, actor);
    }
    return id;
  }

  /**
   * Returns the id of a value (a code or a qualifier: both share one dictionary), giving it the
   * next id when new.
   *
   * @param value the value, or null for {@link #NONE}
   * @return the id, from 0, or {@link #NONE}
   */
  public int value(String value) {
    if (value == null) {
      return NONE;
    }
    int next = valueIds.size();
    int id = valueIds.getOrAdd(value, next);
    if (id == next) {
      values = append(values, next, value);
    }
    return id;
  }

  private static String[] append(String[] to, int at, String value) {
    String[] out = at == to.length ? Arrays.copyOf(to, at + (at >> 1)) : to;
    out[at] = value;
    return out;
  }

  /** @return how many kinds have an id */
  public int kindCount() {
    return kinds.size();
  }

  /** @return how many (tenant, subject) pairs have an id */
  public int subjectCount() {
    return subjectCount;
  }

  /** @return how many actors have an id */
  public int actorCount() {
    return actorIds.size();
  }

  /** @return how many values have an id */
  public int valueCount() {
    return valueIds.size();
  }

  /**
   * Returns the kind of an id.
   *
   * @param id an id from {@link #kind(FactKind)}
   * @return the kind
   * @throws IndexOutOfBoundsException if no kind has this id
   */
  public FactKind kindOf(int id) {
    return kinds.get(id);
  }

  /**
   * Returns the tenant of a subject id.
   *
   * @param id an id from {@link #subject(String, String)}
   * @return the tenant
   * @throws IndexOutOfBoundsException if no subject has this id
   */
  public String tenantOf(int id) {
    return tenants.get(tenantOf[Objects.checkIndex(id, subjectCount)]);
  }

  /**
   * Returns the subject of a subject id.
   *
   * @param id an id from {@link #subject(String, String)}
   * @return the subject
   * @throws IndexOutOfBoundsException if no subject has this id
   */
  public String subjectOf(int id) {
    return subjects[Objects.checkIndex(id, subjectCount)];
  }

  /**
   * Returns the actor of an id.
   *
   * @param id an id from {@link #actor(String)}
   * @return the actor
   * @throws IndexOutOfBoundsException if no actor has this id
   */
  public String actorOf(int id) {
    return actors[Objects.checkIndex(id, actorIds.size())];
  }

  /**
   * Returns the value of an id.
   *
   * @param id an id from {@link #value(String)}
   * @return the value
   * @throws IndexOutOfBoundsException if no value has this id
   */
  public String valueOf(int id) {
    return values[Objects.checkIndex(id, valueIds.size())];
  }

  /**
   * Returns the index of a subject's tenant among the tenants, in the order first seen (to
   * group subjects by tenant without comparing strings).
   *
   * @param id a subject id
   * @return the tenant index, from 0 to {@link #tenantCount()} - 1
   * @throws IndexOutOfBoundsException if no subject has this id
   */
  public int tenantIndexOf(int id) {
    return tenantOf[Objects.checkIndex(id, subjectCount)];
  }

  /** @return how many tenants have subjects */
  public int tenantCount() {
    return tenants.size();
  }

  /**
   * Returns a tenant by its index.
   *
   * @param index an index from {@link #tenantIndexOf(int)}
   * @return the tenant
   * @throws IndexOutOfBoundsException if no tenant has this index
   */
  public String tenant(int index) {
    return tenants.get(index);
  }

  private static InvalidFactException missing(String field) {
    return new InvalidFactException("IND-0100", "a fact has no " + field,
        field + " is mandatory for every fact (the engine groups by tenant and subject, and "
            + "places facts in periods by time)",
        "set " + field + " when encoding the fact");
  }

  /** Shows the sizes of the dictionaries, never their content. */
  @Override
  public String toString() {
    return "FactEncoder[kinds=" + kindCount() + ", tenants=" + tenants.size() + ", subjects="
        + subjectCount + ", actors=" + actorCount() + ", values=" + valueCount() + "]";
  }
}
