package io.github.eparcours.benchmarks.indicators;

import io.github.eparcours.indicators.definition.BuiltInIndicators;
import io.github.eparcours.indicators.definition.EparcoursPolicies;
import io.github.eparcours.indicators.definition.PeriodRule;
import io.github.eparcours.indicators.definition.ReportingPeriod;
import io.github.eparcours.indicators.engine.IndicatorEngine;
import io.github.eparcours.indicators.engine.PartialAggregate;
import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.fact.FactColumns;
import io.github.eparcours.indicators.fact.FactEncoder;
import io.github.eparcours.indicators.fact.FactKind;
import io.github.eparcours.indicators.report.IndicatorResults;
import io.github.eparcours.indicators.report.MeasureReport;
import io.github.eparcours.indicators.report.PopulationCode;
import io.github.eparcours.indicators.sample.SyntheticPopulation;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Indicators 6.1 to 6.5 over about 10 million facts and 1 million coordination files (one
 * tenant; shuffled, chronological or by file, see {@link Data#order}), computed three ways in
 * the same run: the general engine (columns: one thread, two tasks folding into one aggregate;
 * records: one thread, two threads with a merge), a one-pass loop written
 * by hand for exactly these five indicators over primitive arrays (the baseline), and the same
 * indicators as SQL in an embedded DuckDB (one thread, two threads). Each invocation processes
 * every fact and produces the ten counts; facts/s = facts / (ms/op). The facts are generated,
 * encoded and loaded in the setup, outside the measurement (the engine's column batch is built,
 * hence checked, inside it), and the setup checks that every implementation gives the
 * generator's counts.
 *
 * <p>Run: {@code java -jar benchmarks/target/eparcours-benchmarks.jar IndicatorsBenchmark -f 1
 * -wi 2 -i 3}; smaller: {@code -p files=100000}.
 * On a machine shared with other work, {@link IndicatorsCpuTime} times the same methods by CPU
 * time, interleaved, for steadier ratios.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
public class IndicatorsBenchmark {

  static final LocalDate REPORTING = LocalDate.of(2024, 4, 1);
  static final String[] IDS = {"eparcours-6.1", "eparcours-6.2", "eparcours-6.3",
      "eparcours-6.4", "eparcours-6.5"};
  static final byte OPEN = 0;
  static final byte CLOSE = 1;
  static final byte UPD = 2;
  static final byte EVAL = 3;
  static final byte LIA = 4;
  static final byte ADD = 5;
  static final byte REM = 6;
  static final byte MSG = 7;
  static final byte APPT = 8;

  /** The facts, as records for the engine and as primitive arrays for the baseline and DuckDB. */
  @State(Scope.Benchmark)
  public static class Data {
    @Param({"1000000"})
    public int files;

    /**
     * The order the facts arrive in: {@code shuffled} (no locality at all, the worst case),
     * {@code byTime} (an activity log, chronological) or {@code byFile} (a query ordered by
     * file, each file's facts together).
     */
    @Param({"shuffled", "byTime", "byFile"})
    public String order = "shuffled";

    Fact[] facts;
    Fact[][] halves;
    FactEncoder encoder;
    int[] subjectColumn;
    int[] kindColumn;
    long[] secondColumn;
    int[] actorColumn;
    int[] file;
    byte[] kind;
    long[] tick;
    int[] actor;
    long start;
    long end;
    long[] expected;
    IndicatorEngine engine;
    ExecutorService two;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      SyntheticPopulation pop = SyntheticPopulation.generate(2024, 1, files, REPORTING,
          "shuffled".equals(order));
      Stream<Fact> ordered = switch (order) {
        case "shuffled", "byFile" -> pop.facts().stream();
        case "byTime" -> pop.facts().stream().sorted(Comparator.comparing(Fact::at));
        default -> throw new IllegalArgumentException("order: shuffled, byTime or byFile");
      };
      // Re-create each fact (and its Instant) in stream order, as a database cursor would hand
      // them over: the generator built them file by file (then shuffled the references).
      facts = ordered.map(f -> new Fact(f.tenant(), f.subject(), f.kind(),
          Instant.ofEpochSecond(f.at().getEpochSecond(), f.at().getNano()), f.actor(), f.code(),
          f.qualifier())).toArray(Fact[]::new);
      halves = new Fact[][] {Arrays.copyOfRange(facts, 0, facts.length / 2),
          Arrays.copyOfRange(facts, facts.length / 2, facts.length)};
      ReportingPeriod q = PeriodRule.previousQuarter().resolve(REPORTING,
          ZoneId.of("Europe/Paris"));
      start = q.start().getEpochSecond();
      end = q.end().getEpochSecond();
      Map<FactKind, Byte> kinds = Map.of(FactKind.FILE_OPENED, OPEN, FactKind.FILE_CLOSED, CLOSE,
          FactKind.FILE_UPDATED, UPD, FactKind.FIRST_EVALUATION, EVAL, FactKind.LIAISON_ENTRY,
          LIA, FactKind.CARE_TEAM_ADDED, ADD, FactKind.CARE_TEAM_REMOVED, REM,
          FactKind.MESSAGE_SENT, MSG, FactKind.APPOINTMENT_SCHEDULED, APPT);
      Map<String, Integer> fileIds = new HashMap<>();
      Map<String, Integer> actorIds = new HashMap<>();
      int n = facts.length;
      file = new int[n];
      kind = new byte[n];
      tick = new long[n];
      actor = new int[n];
      for (int i = 0; i < n; i++) {
        Fact f = facts[i];
        file[i] = fileIds.computeIfAbsent(f.subject(), s -> fileIds.size());
        kind[i] = kinds.get(f.kind());
        tick[i] = f.at().getEpochSecond();
        actor[i] = f.actor() == null ? -1
            : actorIds.computeIfAbsent(f.actor(), s -> actorIds.size());
      }
      expected = new long[10];
      for (int i = 0; i < 5; i++) {
        SyntheticPopulation.Expected e = pop.expected("tenant-0", IDS[i]);
        expected[2 * i] = e.denominator();
        expected[2 * i + 1] = e.numerator();
      }
      encoder = new FactEncoder();
      subjectColumn = new int[n];
      kindColumn = new int[n];
      secondColumn = new long[n];
      actorColumn = new int[n];
      for (int i = 0; i < n; i++) {
        Fact f = facts[i];
        subjectColumn[i] = encoder.subject(f.tenant(), f.subject());
        kindColumn[i] = encoder.kind(f.kind());
        secondColumn[i] = f.at().getEpochSecond();
        actorColumn[i] = encoder.actor(f.actor());
      }
      engine = IndicatorEngine.builder()
          .definitions(BuiltInIndicators.eparcoursDac(EparcoursPolicies.defaults()).subList(0, 5))
          .reportingDate(REPORTING).explain(false).build();
      two = Executors.newFixedThreadPool(2);
      check("engine", counts(engineOneThread(this)));
      check("engine-2", counts(engineTwoThreads(this)));
      check("engine-records", counts(engineRecordsOneThread(this)));
      check("engine-records-2", counts(engineRecordsTwoThreads(this)));
      check("baseline", baselineLoop(this));
      System.out.printf("%nfacts=%d files=%d; heap bytes per subject: engine columns=%d "
          + "(encoder, shared with the caller: %d), engine records=%d, baseline=%d%n", n, files,
          columnsHeapPerSubject(), encoderHeapPerSubject(), recordsHeapPerSubject(),
          baselineBytesPerFile());
    }

    void check(String what, long[] counts) {
      if (!Arrays.equals(counts, expected)) {
        throw new IllegalStateException(what + " gives " + Arrays.toString(counts)
            + ", expected " + Arrays.toString(expected));
      }
    }

    FactColumns columns() {
      return FactColumns.builder(encoder).kinds(kindColumn).subjects(subjectColumn)
          .epochSeconds(secondColumn).actors(actorColumn).build();
    }

    private long columnsHeapPerSubject() {
      long before = usedAfterGc();
      PartialAggregate a = engine.newAggregate(encoder);
      a.accept(columns());
      return perSubject(a, before);
    }

    /** The records' aggregate holds its own encoder: its dictionaries are counted. */
    private long recordsHeapPerSubject() {
      long before = usedAfterGc();
      PartialAggregate a = engine.newAggregate(files);
      for (Fact f : facts) {
        a.accept(f);
      }
      return perSubject(a, before);
    }

    private long encoderHeapPerSubject() {
      long before = usedAfterGc();
      FactEncoder e = new FactEncoder();
      for (Fact f : facts) {
        e.subject(f.tenant(), f.subject());
        e.actor(f.actor());
      }
      long after = usedAfterGc();
      return (after - before) / e.subjectCount();
    }

    private long perSubject(PartialAggregate a, long before) {
      long after = usedAfterGc();
      if (a.factCount() != facts.length) {
        throw new IllegalStateException();
      }
      return (after - before) / a.subjectCount();
    }

    private long baselineBytesPerFile() {
      // 8 longs, 6 ints/bytes of counters, 4 team slots of (int, long, byte), see Baseline.
      return 8 * 6 + 4 * 5 + 4 * (4 + 8 + 1);
    }

    private static long usedAfterGc() {
      for (int i = 0; i < 3; i++) {
        System.gc();
      }
      return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      two.shutdownNow();
    }
  }

  /** The same facts in an in-memory DuckDB table. */
  @State(Scope.Benchmark)
  public static class Duck {
    Connection connection;
    String sql;

    @Setup(Level.Trial)
    public void setUp(Data d) throws Exception {
      connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = connection.createStatement()) {
        s.execute("CREATE TABLE facts(file INTEGER, kind TINYINT, t BIGINT, actor INTEGER)");
      }
      try (DuckDBAppender app = ((DuckDBConnection) connection)
          .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "facts")) {
        for (int i = 0; i < d.file.length; i++) {
          app.beginRow();
          app.append(d.file[i]);
          app.append(d.kind[i]);
          app.append(d.tick[i]);
          app.append(d.actor[i]);
          app.endRow();
        }
      }
      sql = Sql.query(d.start, d.end);
      for (int threads = 1; threads <= 2; threads++) {
        d.check("duckdb-" + threads, run(threads));
      }
    }

    long[] run(int threads) throws SQLException {
      try (Statement s = connection.createStatement()) {
        s.execute("SET threads=" + threads);
        try (ResultSet r = s.executeQuery(sql)) {
          r.next();
          long[] out = new long[10];
          for (int i = 0; i < 10; i++) {
            out[i] = r.getLong(i + 1);
          }
          return out;
        }
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      connection.close();
    }
  }

  static long[] counts(IndicatorResults results) {
    long[] out = new long[10];
    for (int i = 0; i < 5; i++) {
      MeasureReport r = results.find("tenant-0", IDS[i]).orElseThrow();
      out[2 * i] = r.count(PopulationCode.DENOMINATOR);
      out[2 * i + 1] = r.count(PopulationCode.NUMERATOR);
    }
    return out;
  }

  /** Columns: the batch is built (its ids checked) and folded, then reported. */
  @Benchmark
  public static IndicatorResults engineOneThread(Data d) {
    PartialAggregate a = d.engine.newAggregate(d.encoder);
    a.accept(d.columns());
    return d.engine.report(a);
  }

  /**
   * Columns on two tasks: both partition the batch by subject id, then each folds the facts of
   * its own subjects into one shared aggregate and tallies the reports of half of the subjects.
   */
  @Benchmark
  public static IndicatorResults engineTwoThreads(Data d) {
    return d.engine.evaluateParallel(d.columns(), 2);
  }

  /** Records: the vendor pays the encoding of each fact (hash lookups of subject and actor). */
  @Benchmark
  public static IndicatorResults engineRecordsOneThread(Data d) {
    PartialAggregate a = d.engine.newAggregate(d.files);
    for (Fact f : d.facts) {
      a.accept(f);
    }
    return d.engine.report(a);
  }

  /** Records: each thread encodes and folds half; the merge re-encodes the other's subjects. */
  @Benchmark
  public static IndicatorResults engineRecordsTwoThreads(Data d) throws Exception {
    List<Future<PartialAggregate>> parts = d.two.invokeAll(List.of(
        () -> fold(d.engine, d.halves[0], d.files), () -> fold(d.engine, d.halves[1], d.files)));
    return d.engine.report(parts.get(0).get().merge(parts.get(1).get()));
  }

  private static PartialAggregate fold(IndicatorEngine engine, Fact[] facts, int subjects) {
    PartialAggregate a = engine.newAggregate(subjects);
    for (Fact f : facts) {
      a.accept(f);
    }
    return a;
  }

  @Benchmark
  public static long[] baselineLoop(Data d) {
    return Baseline.run(d.file, d.kind, d.tick, d.actor, d.start, d.end);
  }

  @Benchmark
  public long[] duckDbOneThread(Duck duck) throws SQLException {
    return duck.run(1);
  }

  @Benchmark
  public long[] duckDbTwoThreads(Duck duck) throws SQLException {
    return duck.run(2);
  }

  /** Paris calendar month, as the engine and the generator compute it. */
  static long plusOneMonth(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond).atZone(ZoneId.of("Europe/Paris")).plusMonths(1)
        .toEpochSecond();
  }
}
