package org.dateline.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.model.ArticleRecord;
import org.dateline.nlp.CoreNlp;
import org.dateline.pipeline.Engine;
import org.dateline.pipeline.RunListener;
import org.dateline.pipeline.RunSummary;
import org.dateline.pipeline.Runner;
import org.dateline.read.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A whole-run benchmark of the extract pipeline: model load time, articles/s, tokens/s and peak heap. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark the extract pipeline on PATH: model load time, articles/s, tokens/s, peak heap.")
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH") List<String> paths;

  @Option(names = "--threads", defaultValue = "1", description = "Worker threads. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--warmup", defaultValue = "1", description = "Unmeasured runs first (JIT warm-up). Default: ${DEFAULT-VALUE}.")
  int warmup;

  @Option(names = "--runs", defaultValue = "1", description = "Measured runs; the best is reported. Default: ${DEFAULT-VALUE}.")
  int runs;

  @Override
  public Integer call() {
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
    System.out.printf("threads            %d%n", threads);
    System.out.printf("model load         %.1f s (CoreNLP reported %.1f s)%n", loadMs / 1000.0, nlp.loadMillis() / 1000.0);
    System.out.printf("articles           %d (%d failed)%n", best.articles(), best.failures());
    System.out.printf("statements         %d%n", best.statements());
    System.out.printf("time               %.2f s%n", best.millis() / 1000.0);
    System.out.printf("articles/s         %.2f%n", best.articlesPerSecond());
    System.out.printf("tokens/s           %.0f%n", best.tokensPerSecond());
    System.out.printf("peak heap          %d MB (max %d MB)%n", peakHeapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    return best.failures() == 0 ? Main.OK : Main.SOME_FAILED;
  }

  /** Sum of the heap pools' peak usage since JVM start (models included). */
  static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
      if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
    return sum;
  }
}
