package io.github.eparcours.benchmarks.indicators;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The implementations of {@link IndicatorsBenchmark}, timed by the CPU time of the process
 * (every thread: the engine's, the garbage collector's, DuckDB's) as well as by the wall clock,
 * interleaved round by round, keeping each one's best round. On a machine shared with other
 * work, wall-clock averages mostly measure the neighbours; the best CPU time of interleaved
 * rounds gives steadier ratios. Run:
 *
 * <pre>
 * java -Xms3g -Xmx3g -cp benchmarks/target/eparcours-benchmarks.jar \
 *     io.github.eparcours.benchmarks.indicators.IndicatorsCpuTime 300000 10 shuffled
 * </pre>
 *
 * <p>Arguments: files (default 1000000), rounds (default 10), order of the facts (default
 * {@code shuffled}; {@code byTime}, {@code byFile}: see {@link IndicatorsBenchmark.Data#order}).
 */
public final class IndicatorsCpuTime {

  private IndicatorsCpuTime() {}

  /**
   * Runs the comparison.
   *
   * @param args files, rounds
   * @throws Exception if an implementation fails
   */
  public static void main(String[] args) throws Exception {
    IndicatorsBenchmark.Data d = new IndicatorsBenchmark.Data();
    d.files = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    d.order = args.length > 2 ? args[2] : "shuffled";
    d.setUp();
    IndicatorsBenchmark.Duck duck = new IndicatorsBenchmark.Duck();
    duck.setUp(d);
    Map<String, Callable<Object>> runs = new LinkedHashMap<>();
    runs.put("baseline loop", () -> IndicatorsBenchmark.baselineLoop(d));
    runs.put("engine columns, 1 thread", () -> IndicatorsBenchmark.engineOneThread(d));
    runs.put("engine columns, 2 threads", () -> IndicatorsBenchmark.engineTwoThreads(d));
    runs.put("engine records, 1 thread", () -> IndicatorsBenchmark.engineRecordsOneThread(d));
    runs.put("engine records, 2 threads", () -> IndicatorsBenchmark.engineRecordsTwoThreads(d));
    runs.put("DuckDB, 1 thread", () -> duck.run(1));
    runs.put("DuckDB, 2 threads", () -> duck.run(2));
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean();
    List<String> names = new ArrayList<>(runs.keySet());
    long[] cpu = new long[names.size()];
    long[] wall = new long[names.size()];
    java.util.Arrays.fill(cpu, Long.MAX_VALUE);
    java.util.Arrays.fill(wall, Long.MAX_VALUE);
    int sink = 0;
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < names.size(); i++) {
        long c0 = os.getProcessCpuTime();
        long w0 = System.nanoTime();
        sink += runs.get(names.get(i)).call().hashCode();
        wall[i] = Math.min(wall[i], System.nanoTime() - w0);
        cpu[i] = Math.min(cpu[i], os.getProcessCpuTime() - c0);
      }
    }
    double facts = d.facts.length;
    System.out.printf("%n%d facts (%s), %d files, best of %d rounds (sink %d)%n",
        d.facts.length, d.order, d.files, rounds, sink & 1);
    System.out.printf("%-28s %10s %12s %10s %12s %9s %9s%n", "", "cpu ms", "M facts/cpu-s",
        "wall ms", "M facts/s", "cpu/loop", "vs DuckDB");
    int duck1 = names.indexOf("DuckDB, 1 thread");
    for (int i = 0; i < names.size(); i++) {
      System.out.printf("%-28s %10.1f %12.1f %10.1f %12.1f %9.2f %9.2f%n", names.get(i),
          cpu[i] / 1e6, facts / cpu[i] * 1e3, wall[i] / 1e6, facts / wall[i] * 1e3,
          (double) cpu[i] / cpu[0], (double) cpu[duck1] / cpu[i]);
    }
    duck.tearDown();
    d.tearDown();
  }
}
