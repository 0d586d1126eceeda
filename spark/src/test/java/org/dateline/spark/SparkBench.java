package org.dateline.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.dateline.read.Inputs;

/**
 * Throughput of {@link ExtractJob} at {@code local[1]} and {@code local[2]} on a synthetic WARC corpus, in one JVM
 * (the driver is the executor in local mode, so its heap is the executor's). CoreNLP is loaded and the JIT warmed
 * on a small run first, so both timings are of extraction only. {@code SparkBench DIR [ARTICLES] [FILES] [REPEATS]}:
 * DIR is written by {@link SyntheticWarc} when it holds no WARC files; REPEATS rounds of local[1] then local[2].
 */
public final class SparkBench {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/synthetic-warc");
    int articles = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int files = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    boolean have;
    try (var s = Files.list(dir.toFile().exists() ? dir : Path.of("."))) {
      have = dir.toFile().exists() && s.anyMatch(p -> p.toString().endsWith(".warc.gz"));
    }
    if (!have) SyntheticWarc.write(dir, articles, files, 1);
    Path warm = Files.createTempDirectory("warm");
    SyntheticWarc.write(warm, 20, 2, 99);
    long t0 = System.nanoTime();
    org.dateline.pipeline.Engine.nlp();
    System.out.printf("CoreNLP load: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    run("local[2]", warm, "warm-up");
    resetPeaks();
    for (int r = 1; r <= repeats; r++)
      for (String master : List.of("local[1]", "local[2]")) run(master, dir, "round " + r);
  }

  private static void run(String master, Path in, String what) throws Exception {
    SparkSession spark = SparkSession.builder().master(master).appName("dateline-bench")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      Path out = Files.createTempDirectory("bench-out");
      long t0 = System.nanoTime();
      ExtractJob.Summary s = new ExtractJob(Inputs.DEFAULT_MAX_BYTES).run(spark, List.of(in.toString()), out.toString());
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf("%s %s: %d articles, %d failed, %d files, %d tasks in %.1f s = %.2f articles/s; peak heap used %d MB (max %d MB)%n",
          what, master, s.articles(), s.failures(), s.files(), s.tasks(), secs, s.articles() / secs, peakHeapMb(),
          Runtime.getRuntime().maxMemory() >> 20);
    } finally {
      spark.stop();
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
      if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
    return sum >> 20;
  }
}
