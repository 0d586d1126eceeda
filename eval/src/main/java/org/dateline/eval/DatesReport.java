package org.dateline.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.dateline.nlp.Nlp;
import org.dateline.pipeline.Pipeline;
import org.dateline.read.Inputs;

/** {@code dateline eval dates}: a folder dated as one run against gold dates, by basis and by why a range stayed open. */
public final class DatesReport {
  private final PrintStream out, err;

  private DatesReport(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Prints the figures to {@code out}; returns the exit code (0 scored, 1 the gold data could not be read). */
  public static int run(Path dir, Path gold, int errors, int open, boolean rows, PrintStream out, PrintStream err) {
    return new DatesReport(out, err).report(dir, gold, errors, open, rows);
  }

  private int report(Path dir, Path gold, int errors, int open, boolean rows) {
    DateGold g;
    try {
      g = DateGold.locate(dir, gold);
    } catch (IOException e) {
      err.println("dateline: " + e.getMessage());
      return 1;
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
    return 0;
  }
}
