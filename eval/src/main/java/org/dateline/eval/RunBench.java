package org.dateline.eval;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.nlp.CoreNlp;
import org.dateline.pipeline.Engine;
import org.dateline.pipeline.RunListener;
import org.dateline.pipeline.RunSummary;
import org.dateline.pipeline.Runner;
import org.dateline.read.Inputs;

/** {@code dateline bench}: the whole extract run timed: model load, articles/s, tokens/s, peak heap. */
public final class RunBench {
  private RunBench() {}

  /** Runs {@code warmup} unmeasured and {@code runs} measured runs over {@code paths}; prints the best. 0 when none failed. */
  public static int run(List<String> paths, int threads, int warmup, int runs, PrintStream out) {
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
    for (int i = 0; i < warmup; i++) runner.run(source, quiet);
    RunSummary best = null;
    for (int i = 0; i < Math.max(1, runs); i++) {
      RunSummary s = runner.run(source, quiet);
      if (best == null || s.millis() < best.millis()) best = s;
    }
    out.printf("threads            %d%n", threads);
    out.printf("model load         %.1f s (CoreNLP reported %.1f s)%n", loadMs / 1000.0, nlp.loadMillis() / 1000.0);
    out.printf("articles           %d (%d failed)%n", best.articles(), best.failures());
    out.printf("statements         %d%n", best.statements());
    out.printf("time               %.2f s%n", best.millis() / 1000.0);
    out.printf("articles/s         %.2f%n", best.articlesPerSecond());
    out.printf("tokens/s           %.0f%n", best.tokensPerSecond());
    out.printf("peak heap          %d MB (max %d MB)%n", peakHeapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    return best.failures() == 0 ? 0 : 1;
  }

  /** Sum of the heap pools' peak usage since JVM start (models included). */
  static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
      if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
    return sum;
  }
}
