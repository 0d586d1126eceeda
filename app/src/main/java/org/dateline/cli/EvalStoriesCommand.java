package org.dateline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.eval.StoryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval stories DIR}: a sample story's dates and timeline order against its gold. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = {"Run a story folder (text/, html/, warc/) through the pipeline and the linking pass and score its",
        "dates against DIR/gold.json: exact dates, ranges holding the day, statement dates, timeline order."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:scored", "1:the gold or the folder could not be read", "2:usage error"})
final class EvalStoriesCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The story's folder, e.g. samples/story-2.")
  Path dir;

  @Option(names = "--rows", description = "Also print every article and gold statement: gold, given, outcome, basis.")
  boolean rows;

  @Option(names = "--records", paramLabel = "FILE",
      description = "Score records saved by `dateline extract DIR` (JSON lines) instead of running the pipeline.")
  Path records;

  @Override
  public Integer call() {
    return StoryReport.run(dir, records, rows, System.out, System.err);
  }
}
