package org.dateline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.eval.DatesReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code dateline eval dates DIR}: publication dates of a folder, dated as one run, against gold dates. */
@Command(name = "dates", mixinStandardHelpOptions = true,
    description = {"Date every article of DIR as one run (read, clean, date, refine; no NLP) and score against gold dates.",
        "DIR holds gold.tsv and text/, or is a folder of texts with ../../metadata.tsv (PolNeAR); --gold overrides."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:scored", "1:the gold data could not be read", "2:usage error"})
final class EvalDatesCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The gold set's folder.")
  Path dir;

  @Option(names = "--gold", paramLabel = "FILE", description = "Gold table (TSV with file/filename and published/publication_date columns).")
  Path gold;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "Also print up to N articles whose range misses the gold date. Default: ${DEFAULT-VALUE}.")
  int errors;

  @Option(names = "--open", paramLabel = "N", defaultValue = "0", description = "Also print up to N articles given only a range, with why. Default: ${DEFAULT-VALUE}.")
  int open;

  @Option(names = "--rows", description = "Also print every article: file, gold, earliest, latest, outcome, basis, why open.")
  boolean rows;

  @Override
  public Integer call() {
    return DatesReport.run(dir, gold, errors, open, rows, System.out, System.err);
  }
}
