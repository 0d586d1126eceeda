package org.dateline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.eval.ExtractionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval extraction DIR}: article-body extraction against the benchmark's gold bodies. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
    description = "Score article-body extraction on a benchmark folder (ground-truth.json + html/<id>.html.gz).")
final class EvalExtractionCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "benchmark folder, e.g. ../shared/data/article-extraction")
  Path dir;

  @Option(names = "--worst", paramLabel = "N", description = "also list the N pages with the lowest F1")
  int worst;

  @Option(names = "--show", paramLabel = "ID", description = "print one page's kept and removed blocks, marked by the gold")
  String show;

  @Option(names = "--lost", description = "count, by removal reason, removed blocks that the gold body contains")
  boolean lost;

  @Override
  public Integer call() throws Exception {
    return ExtractionReport.run(dir, worst, show, lost, System.out, System.err);
  }
}
