package org.dateline.eval;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.model.ArticleRecord;
import org.dateline.nlp.CoreNlp;
import org.dateline.perf.Stage;
import org.dateline.perf.StageClock;
import org.dateline.pipeline.Engine;
import org.dateline.pipeline.RunListener;
import org.dateline.pipeline.RunSummary;
import org.dateline.pipeline.Runner;
import org.dateline.read.Inputs;
import org.dateline.time.Dated;

/**
 * {@code dateline bench}: the whole extract run timed: model load, articles/s, tokens/s, peak heap, and where the
 * time goes stage by stage on the first (cold) pass and the best warm one. With CoreNLP's quote pipeline beside it,
 * both systems get the same warm-up (the same number of unmeasured passes over the same articles) and the same
 * measured passes, in one JVM, so the ratio is comparable however loaded the machine is.
 */
public final class RunBench {
  private RunBench() {}

  /** Which systems to run. */
  public enum Systems { dateline, both }

  public static int run(List<String> paths, int threads, int warmup, int runs, PrintStream out) {
    return run(paths, threads, warmup, runs, Systems.dateline, out);
  }

  /**
   * Runs {@code warmup} unmeasured and {@code runs} measured passes over {@code paths}; prints the best, and the
   * stage breakdown of the first pass (cold, warmup 0 makes it the measured one) and of the best. 0 when none failed.
   */
  public static int run(List<String> paths, int threads, int warmup, int runs, Systems systems, PrintStream out) {
    long t0 = System.nanoTime();
    CoreNlp nlp = Engine.nlp();
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    Runner runner = new Runner(Engine.pipeline(), threads);
    Runner.Source source = Runner.files(new Inputs(Inputs.DEFAULT_MAX_BYTES, System.in), paths);
    RunListener quiet = new RunListener() {
      @Override
      public void record(ArticleRecord record) {}

      @Override
      public void failure(String source, String reason) {
        System.err.println("dateline: skipped " + source + ": " + reason);
      }
    };
    Pass cold = null, best = null;
    for (int i = 0; i < warmup + Math.max(1, runs); i++) {
      Map<Stage, Long> before = StageClock.totals();
      long cpu = processCpuNanos();
      RunSummary s = runner.run(source, quiet);
      Pass p = new Pass(s, StageClock.since(before), processCpuNanos() - cpu);
      if (cold == null) cold = p;
      if (i >= warmup && (best == null || s.millis() < best.summary.millis())) best = p;
    }
    long peak = peakHeapBytes();
    RunSummary b = best.summary;
    out.printf("threads            %d%n", threads);
    out.printf("model load         %.1f s (CoreNLP reported %.1f s)%n", loadMs / 1000.0, nlp.loadMillis() / 1000.0);
    out.printf("passes             %d warm-up, %d measured (the best is shown)%n", warmup, Math.max(1, runs));
    out.printf("articles           %d (%d failed)%n", b.articles(), b.failures());
    out.printf("tokens             %d%n", b.tokens());
    out.printf("statements         %d%n", b.statements());
    out.printf("time               %.2f s%n", b.millis() / 1000.0);
    out.printf("articles/s         %.2f%n", b.articlesPerSecond());
    out.printf("tokens/s           %.0f%n", b.tokensPerSecond());
    out.printf("process CPU        %.1f s, %.0f ms per article, %.0f tokens per CPU-second%n", best.cpuNanos / 1e9,
        best.cpuNanos / 1e6 / Math.max(1, b.articles()), b.tokens() / (best.cpuNanos / 1e9));
    out.printf("peak heap          %d MB (max %d MB); live after GC %d MB%n", peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20, liveHeapBytes() >> 20);
    breakdown(cold, best, warmup, threads, out);
    if (systems == Systems.both) {
      double[] ratio = compare(runner, source, threads, warmup, Math.max(1, runs), best, out);
      out.printf("%nDateline / CoreNLP quote: %.1fx the articles/s, %.1fx the articles per CPU-second%n", ratio[0], ratio[1]);
    }
    return b.failures() == 0 ? 0 : 1;
  }

  /** One pass: its summary, CPU time per stage, and the process's CPU time (all threads: GC and JIT too). */
  private record Pass(RunSummary summary, Map<Stage, Long> nanos, long cpuNanos) {}

  /** The CPU time of the whole process so far: on a machine shared with other jobs, the figure wall time is not. */
  static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /** Milliseconds per article and share of the stages' sum, per stage, cold and warm side by side. */
  private static void breakdown(Pass cold, Pass warm, int warmup, int threads, PrintStream out) {
    out.printf("%nwhere the time goes (ms per article, share of the stages' sum%s)%n",
        threads > 1 ? "; thread time, summed over " + threads + " workers" : "");
    String coldName = warmup == 0 ? "first pass (= measured)" : "cold (first pass)";
    out.printf("%-16s %24s %22s%n", "stage", coldName, "warm (best pass)");
    long coldSum = cold.nanos.values().stream().mapToLong(Long::longValue).sum();
    long warmSum = warm.nanos.values().stream().mapToLong(Long::longValue).sum();
    int ca = Math.max(1, cold.summary.articles()), wa = Math.max(1, warm.summary.articles());
    for (Stage s : Stage.values()) {
      long c = cold.nanos.get(s), w = warm.nanos.get(s);
      out.printf("%-16s %15.1f %6.1f%% %13.1f %6.1f%%%n", s.label(), c / 1e6 / ca, 100.0 * c / Math.max(1, coldSum),
          w / 1e6 / wa, 100.0 * w / Math.max(1, warmSum));
    }
    out.printf("%-16s %15.1f %7s %13.1f%n", "sum of stages", coldSum / 1e6 / ca, "", warmSum / 1e6 / wa);
    out.printf("%-16s %15.1f %7s %13.1f%n", "wall", cold.summary.millis() / (double) ca, "", warm.summary.millis() / (double) wa);
  }

  /**
   * CoreNLP's quote pipeline over the same pages' text (the text Dateline's cleaner starts from), on as many
   * threads, after as many warm-up passes; prints its rate and heap. Dateline's models stay loaded meanwhile, so
   * CoreNLP's peak includes them; the live heap before CoreNLP loads is printed to subtract. Returns the ratios:
   * of articles/s, and of articles per CPU-second.
   */
  private static double[] compare(Runner runner, Runner.Source source, int threads, int warmup, int runs,
      Pass datelinePass, PrintStream out) {
    RunSummary dateline = datelinePass.summary;
    List<String> texts = new ArrayList<>();
    for (Dated d : runner.prepare(source, (s, reason) -> {})) texts.add(d.article().sourceText());
    long before = liveHeapBytes();
    resetPeaks();
    long t0 = System.nanoTime();
    CoreNlpQuotes quotes = new CoreNlpQuotes();
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long bestNanos = Long.MAX_VALUE, bestCpu = 0;
    int found = 0;
    try {
      for (int i = 0; i < warmup + runs; i++) {
        long s = System.nanoTime(), cpu = processCpuNanos();
        List<Future<Integer>> done = new ArrayList<>();
        for (String text : texts) done.add(pool.submit(() -> quotes.quotes(text).size()));
        int n = 0;
        for (Future<Integer> f : done) n += f.get();
        long nanos = System.nanoTime() - s;
        if (i >= warmup && nanos < bestNanos) {
          bestNanos = nanos;
          bestCpu = processCpuNanos() - cpu;
          found = n;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("CoreNLP's quote pipeline failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double secs = bestNanos / 1e9, rate = texts.size() / secs;
    out.printf("%nCoreNLP quote pipeline (tokenize ... depparse, coref statistical, quote with attribution)%n");
    out.printf("model load         %.1f s%n", loadMs / 1000.0);
    out.printf("articles           %d (%d quotes)%n", texts.size(), found);
    out.printf("time               %.2f s%n", secs);
    out.printf("articles/s         %.2f%n", rate);
    out.printf("tokens/s           %.0f (Dateline's token count of the same articles)%n", dateline.tokens() / secs);
    out.printf("process CPU        %.1f s, %.0f ms per article%n", bestCpu / 1e9, bestCpu / 1e6 / Math.max(1, texts.size()));
    out.printf("peak heap          %d MB, of it %d MB Dateline's, live before CoreNLP loaded%n", peakHeapBytes() >> 20, before >> 20);
    double perCpu = (double) bestCpu / Math.max(1, datelinePass.cpuNanos) * dateline.articles() / Math.max(1, texts.size());
    return new double[] {dateline.articlesPerSecond() / rate, perCpu};
  }

  /** Sum of the heap pools' peak usage since JVM start or the last reset (models included). */
  static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
      if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
    return sum;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
      if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
  }

  /** The heap in use after a full collection: the live set (the models, mostly). */
  static long liveHeapBytes() {
    System.gc();
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
