package org.dateline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.eval.MetadataReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval metadata DIR}: headline, byline, publication date and body on news pages with gold fields. */
@Command(name = "metadata", mixinStandardHelpOptions = true,
    description = "Score headline, byline, publication date and body on a news folder (ground-truth.json + html/).")
final class EvalMetadataCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "news folder, e.g. ../shared/data/news-metadata")
  Path dir;

  @Option(names = "--misses", description = "also list every page whose headline, byline or date is wrong")
  boolean misses;

  @Override
  public Integer call() throws Exception {
    return MetadataReport.run(dir, misses, System.out, System.err);
  }
}
