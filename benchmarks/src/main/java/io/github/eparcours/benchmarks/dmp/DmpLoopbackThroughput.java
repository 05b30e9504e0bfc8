package io.github.eparcours.benchmarks.dmp;

import io.github.eparcours.core.document.xds.DocumentContent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loopback throughput: 2 client threads feed (ITI-41, one N1 CDA, signed VIHF and XAdES, mTLS)
 * a FakeDmp in the same JVM; prints requests/s, p50 and p99 latency. Not a JMH benchmark: a
 * client-server exchange measured end to end.
 *
 * <p>Usage: {@code java -cp eparcours-benchmarks.jar
 * io.github.eparcours.benchmarks.dmp.DmpLoopbackThroughput [seconds] [pdfKiB]}
 */
public final class DmpLoopbackThroughput {

  private DmpLoopbackThroughput() {}

  /**
   * Runs the measurement.
   *
   * @param args measured seconds (default 20), PDF size in KiB (default 100)
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int pdfKib = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    DocumentContent cda = DocumentContent.ofBytes(DmpBenchSupport.n1Cda(pdfKib * 1024));
    try (LoopbackDmp dmp = new LoopbackDmp(Duration.ofSeconds(30))) {
      run(dmp, cda, 5_000);
      long[] lat = run(dmp, cda, seconds * 1000L);
      Arrays.sort(lat);
      System.out.printf("loopback ITI-41 (N1 CDA, %d KiB PDF), 2 threads, %d s: %d requests, "
          + "%.1f req/s, p50 %.1f ms, p99 %.1f ms%n", pdfKib, seconds, lat.length,
          lat.length / (double) seconds, lat[lat.length / 2] / 1e6,
          lat[(int) (lat.length * 0.99)] / 1e6);
    }
  }

  private static long[] run(LoopbackDmp dmp, DocumentContent cda, long millis) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    List<List<Long>> perThread = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      List<Long> lat = new ArrayList<>();
      perThread.add(lat);
      Thread th = new Thread(() -> {
        while (!stop.get()) {
          long start = System.nanoTime();
          dmp.client.submit(DmpBenchSupport.DOCTOR, DmpBenchSupport.patient(),
              DmpBenchSupport.submission(cda));
          lat.add(System.nanoTime() - start);
        }
      });
      threads.add(th);
      th.start();
    }
    Thread.sleep(millis);
    stop.set(true);
    for (Thread th : threads) {
      th.join();
    }
    return perThread.stream().flatMap(List::stream).mapToLong(Long::longValue).toArray();
  }
}
