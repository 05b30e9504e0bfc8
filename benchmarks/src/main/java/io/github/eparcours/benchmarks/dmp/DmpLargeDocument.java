package io.github.eparcours.benchmarks.dmp;

import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.dmp.RetrievedDocument;
import io.github.eparcours.dmp.RetrievedDocuments;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Feeds then retrieves one large document (default 200 MB) through the FakeDmp over mTLS in the
 * same JVM, sampling the heap every 5 ms: prints the peak heap growth over the idle baseline
 * and checks the retrieved bytes' SHA-256.
 *
 * <p>Usage: {@code java -Xmx1g -cp eparcours-benchmarks.jar
 * io.github.eparcours.benchmarks.dmp.DmpLargeDocument [megabytes]}
 */
public final class DmpLargeDocument {

  private DmpLargeDocument() {}

  /**
   * Runs the measurement.
   *
   * @param args size in MB (default 200)
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    int mb = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    Path file = Files.createTempFile("dmp-large-", ".bin");
    MessageDigest sent = MessageDigest.getInstance("SHA-256");
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] block = new byte[1024 * 1024];
      for (int i = 0; i < mb; i++) {
        for (int k = 0; k < block.length; k += 4096) {
          block[k] = (byte) (i + k);
        }
        sent.update(block);
        out.write(block);
      }
    }
    try (LoopbackDmp dmp = new LoopbackDmp(Duration.ofMinutes(5))) {
      DocumentContent content = DocumentContent.ofPath(file);
      SubmissionRequest request = DmpBenchSupport.submission(content);
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      System.gc();
      Thread.sleep(200);
      long baseline = memory.getHeapMemoryUsage().getUsed();
      AtomicLong peak = new AtomicLong(baseline);
      AtomicBoolean stop = new AtomicBoolean();
      Thread sampler = new Thread(() -> {
        while (!stop.get()) {
          peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      sampler.setDaemon(true);
      sampler.start();
      long t0 = System.nanoTime();
      dmp.client.submit(DmpBenchSupport.DOCTOR, DmpBenchSupport.patient(), request);
      long t1 = System.nanoTime();
      DocumentEntry stored = dmp.client.getDocumentsByUniqueId(DmpBenchSupport.DOCTOR,
          DmpBenchSupport.INS, List.of(request.documentEntries().get(0).uniqueId().orElseThrow()))
          .get(0);
      MessageDigest received = MessageDigest.getInstance("SHA-256");
      long size = 0;
      try (RetrievedDocuments docs = dmp.client.retrieve(DmpBenchSupport.DOCTOR,
          DmpBenchSupport.INS, List.of(stored))) {
        RetrievedDocument d = docs.next().orElseThrow();
        try (InputStream in = d.content()) {
          byte[] buf = new byte[64 * 1024];
          for (int n; (n = in.read(buf)) >= 0; ) {
            received.update(buf, 0, n);
            size += n;
          }
        }
      }
      long t2 = System.nanoTime();
      stop.set(true);
      sampler.join();
      System.out.printf("large document: %d MB fed in %.1f s, retrieved in %.1f s, same SHA-256: "
          + "%s, peak heap growth %.1f MB (heap max %d MB)%n", mb, (t1 - t0) / 1e9,
          (t2 - t1) / 1e9, HexFormat.of().formatHex(sent.digest())
              .equals(HexFormat.of().formatHex(received.digest())) && size == mb * 1048576L,
          (peak.get() - baseline) / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
