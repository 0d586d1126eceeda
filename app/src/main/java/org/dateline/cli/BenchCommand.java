package org.dateline.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.eval.RunBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A whole-run benchmark of the extract pipeline: model load time, articles/s, tokens/s and peak heap. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark the extract pipeline on PATH: model load time, articles/s, tokens/s, peak heap, time per stage.")
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH") List<String> paths;

  @Option(names = "--threads", defaultValue = "1", description = "Worker threads. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--warmup", defaultValue = "1", description = "Unmeasured runs first (JIT warm-up). Default: ${DEFAULT-VALUE}.")
  int warmup;

  @Option(names = "--runs", defaultValue = "1", description = "Measured runs; the best is reported. Default: ${DEFAULT-VALUE}.")
  int runs;

  @Option(names = "--system", defaultValue = "dateline",
      description = "dateline, or both: CoreNLP's quote pipeline after it, same warm-up and passes, and the ratio. Default: ${DEFAULT-VALUE}.")
  RunBench.Systems system;

  @Override
  public Integer call() {
    return RunBench.run(paths, threads, warmup, runs, system, System.out);
  }
}
