package org.dateline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.eval.DateEval;
import org.dateline.eval.DateGold;
import org.dateline.eval.DateScores;
import org.dateline.nlp.Nlp;
import org.dateline.pipeline.Pipeline;
import org.dateline.read.Inputs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
    PrintStream out = System.out, err = System.err;
    DateGold g;
    try {
      g = DateGold.locate(dir, gold);
    } catch (IOException e) {
      err.println("dateline: " + e.getMessage());
      return Main.SOME_FAILED;
    }
    Nlp none = (text, date, parseWhen) -> {
      throw new IllegalStateException("eval dates runs without NLP");
    };
    DateEval eval = new DateEval(Pipeline.standard(none, Clock.systemUTC()), new Inputs(Inputs.DEFAULT_MAX_BYTES, System.in));
    int[] failed = {0};
    DateScores s = eval.run(g, (source, reason) -> {
      failed[0]++;
      err.println("dateline: skipped " + source + ": " + reason);
    });
    out.printf("articles with gold dates   %d (%d failed to read)%n", s.articles(), failed[0]);
    out.printf("given an exact date        %5.1f%% (%d)%n", 100 * s.exactShare(), s.exact());
    if (s.exact() == 0) out.printf("exact dates right              – (none given)%n");
    else out.printf("exact dates right          %5.1f%% (%d of %d)%n", 100 * s.exactPrecision(), s.exactRight(), s.exact());
    out.printf("ranges containing the date %5.1f%% (%d of %d, exact dates included)%n", 100 * s.rangeRecall(), s.rangesContaining(), s.ranges());
    out.printf("median range width         %.1f days (over %d bounded ranges; %d open-ended)%n", s.medianWidthDays(),
        s.ranges() - s.unbounded(), s.unbounded());
    out.println("by basis (articles, range holds the date, exact and right):");
    for (Map.Entry<String, int[]> e : new java.util.TreeMap<>(s.byBasis()).entrySet())
      out.printf("  %-48s %5d %5d %5d%n", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]);
    out.println("given only a range, why (articles):");
    new java.util.TreeMap<>(s.whyOpen()).forEach((why, n) -> out.printf("  %-84s %5d%n", why, n));
    s.errors().stream().limit(Math.max(0, errors)).forEach(out::println);
    s.rows().stream().filter(r -> r.contains("\tholds\t") || r.contains("\tMISSES\t")).limit(Math.max(0, open)).forEach(out::println);
    if (rows) s.rows().forEach(out::println);
    return Main.OK;
  }
}
