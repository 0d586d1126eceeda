package org.dateline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.eval.DateEval;
import org.dateline.eval.TextEval;
import org.dateline.nlp.Nlp;
import org.dateline.pipeline.Pipeline;
import org.dateline.read.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval text DIR}: the text path on scraped pages: body, headline, byline, outlet and date. */
@Command(name = "text", mixinStandardHelpOptions = true,
    description = {"Score the text path on scraped pages (gold.json + text/): read, clean, date and refine as one run, no NLP.",
        "Body P/R/F1 (4-token shingles), headline exact (folded), byline (first author's surname), outlet (domain stem or site name), date."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:scored", "1:the gold data could not be read", "2:usage error"})
final class EvalTextCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The set's folder, e.g. ../shared/data/news-text")
  Path dir;

  @Option(names = "--misses", paramLabel = "N", defaultValue = "0",
      description = "Also list the N worst pages with what was taken and the gold. Default: ${DEFAULT-VALUE}.")
  int misses;

  @Option(names = "--part", paramLabel = "PART", defaultValue = "all",
      description = "Score all pages, or one side of the fixed split by site: train (two thirds of the sites) or check. Default: ${DEFAULT-VALUE}.")
  String part;

  @Override
  public Integer call() {
    PrintStream out = System.out, err = System.err;
    TextEval.Part p;
    try {
      p = TextEval.Part.valueOf(part.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("dateline: --part must be all, train or check, was '" + part + "'");
      return Main.USAGE;
    }
    Nlp none = (text, date, parseWhen) -> {
      throw new IllegalStateException("eval text runs without NLP");
    };
    Pipeline pipeline = Pipeline.standard(none, Clock.systemUTC());
    DateEval eval = new DateEval(pipeline, new Inputs(Inputs.DEFAULT_MAX_BYTES, System.in));
    int[] failed = {0};
    TextEval.Result r;
    try {
      r = TextEval.run(dir, eval, pipeline.stages().cleaner(), p, (source, reason) -> {
        failed[0]++;
        err.println("dateline: skipped " + source + ": " + reason);
      });
    } catch (IOException e) {
      err.println("dateline: " + e.getMessage());
      return Main.SOME_FAILED;
    }
    out.printf("pages           %d (%s; %d failed to read)%n", r.pages().size(), p.name().toLowerCase(java.util.Locale.ROOT), failed[0]);
    out.printf("body P/R/F1     %.4f / %.4f / %.4f%n", r.body().precision(), r.body().recall(), r.body().f1());
    out.printf("headline exact  %.4f%n", r.headline());
    out.printf("byline          %.4f (of %d pages with an author)%n", r.byline(), r.bylinePages());
    out.printf("outlet          %.4f%n", r.outlet());
    out.printf("date given      %.4f (of %d pages with a gold date)%n", r.dateGiven(), r.datePages());
    out.printf("date right      %.4f (of pages given a date; %d more wrong only in the year, the gold's known noise)%n",
        r.dateRight(), r.yearOnly());
    out.printf("range holds     %.4f (%d unbounded)%n", r.rangeHolds(), r.unbounded());
    out.printf("cleaning pages/s %.1f%n", r.pagesPerSecond());
    List<TextEval.PageResult> worst = r.pages().stream()
        .sorted(Comparator.comparingDouble(TextEval.PageResult::badness).reversed()).limit(Math.max(0, misses)).toList();
    for (var w : worst) {
      var g = w.gold();
      out.printf("%n%s  body F1 %.3f (P %.3f R %.3f)%n", g.id(), w.body().f1(), w.body().precision(), w.body().recall());
      if (!w.headline()) out.printf("  headline got [%s] want [%s]%n", w.gotHeadline(), g.headline());
      if (w.bylineScored() && !w.byline()) out.printf("  byline   got [%s] want [%s]%n", w.gotByline(), g.authors());
      if (!w.outlet()) out.printf("  outlet   got [%s] want %s %s%n", w.gotOutlet(), g.site(), g.siteNames());
      if (g.date() != null && !g.date().equals(w.published().date()))
        out.printf("  date     got %s [%s..%s] (%s) want %s%n", w.published().date(), w.published().earliest(),
            w.published().latest(), w.published().basis(), g.date());
    }
    return Main.OK;
  }
}
