package org.dateline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.eval.ServeBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dateline bench-serve}: the store and API load benchmark ({@link ServeBench}). */
@Command(name = "bench-serve", hidden = true, mixinStandardHelpOptions = true,
    description = "Benchmark the store and API on synthetic articles under concurrent clients.")
final class BenchServeCommand implements Callable<Integer> {
  @Option(names = "--articles", defaultValue = "10000") int articles;
  @Option(names = "--clients", defaultValue = "50") int clients;
  @Option(names = "--seconds", defaultValue = "30") int seconds;
  @Option(names = "--warmup", defaultValue = "5", description = "Unmeasured seconds of load first.") int warmup;
  @Option(names = "--more", defaultValue = "100", description = "Articles added after the first link, to time a re-link.") int more;
  @Option(names = "--seed", defaultValue = "42") long seed;
  @Option(names = "--data", paramLabel = "DIR", description = "Store directory (default: a fresh temporary one, deleted after).") Path data;
  @Option(names = "--wrk", description = "Drive the load with wrk (Debian package wrk) instead of Java clients in this JVM.") boolean wrk;
  @Option(names = "--no-cache", description = "Serve every search from the store (no response cache).") boolean noCache;
  @Option(names = "--reuse", description = "When --data already holds the articles, skip ingest and linking (the queries are regenerated from the seed).") boolean reuse;

  @Override
  public Integer call() throws Exception {
    return new ServeBench(new ServeBench.Settings(articles, clients, seconds, warmup, more, seed, data, wrk, noCache, reuse)).run();
  }
}
