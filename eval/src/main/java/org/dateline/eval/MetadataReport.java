package org.dateline.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.dateline.clean.PageCleaner;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Stages;
import org.dateline.time.EvidenceDater;

/** {@code dateline eval metadata}: headline, byline, publication date and body against gold fields. */
public final class MetadataReport {
  private final PrintStream out, err;

  private MetadataReport(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Prints the figures to {@code out}; returns the exit code (0 scored, 1 the gold data could not be read). */
  public static int run(Path dir, boolean misses, PrintStream out, PrintStream err) throws Exception {
    return new MetadataReport(out, err).report(dir, misses);
  }

  private int report(Path dir, boolean misses) throws Exception {
    List<GoldPages.GoldPage> pages = GoldPages.load(dir);
    // prepare (clean, date) needs no NLP: the models are never loaded
    Pipeline pipeline = Pipeline.standard(null);
    MetadataEval.Result r = MetadataEval.run(pages, pipeline);
    out.printf("pages           %d%nheadline exact  %.4f%nbyline          %.4f (of %d pages with an author)%n"
            + "date given      %.4f%ndate right      %.4f (of pages given a date)%nbody P/R/F1     %.4f / %.4f / %.4f%n"
            + "pages/s         %.1f%n"
            + "if conflicting page dates were withheld: date given %.4f, right %.4f%n",
        r.pages().size(), r.headlineExact(), r.bylineRate(), r.bylinePages(), r.dateCoverage(), r.datePrecision(),
        r.body().precision(), r.body().recall(), r.body().f1(), r.pagesPerSecond(),
        r.agreeingCoverage(), r.agreeingPrecision());
    if (misses) {
      for (var p : r.pages()) {
        var gold = pages.stream().filter(g -> g.id().equals(p.id())).findFirst().orElseThrow();
        if (!p.headline()) out.printf("%s HEADLINE got [%s] want [%s]%n", p.id(), p.gotHeadline(), gold.field("title"));
        if (p.bylineScored() && !p.byline()) out.printf("%s BYLINE got [%s] want [%s]%n", p.id(), p.gotByline(), gold.field("authors"));
        if (p.date() == null || !p.date().equals(p.goldDate())) out.printf("%s DATE got %s want %s  %s%n", p.id(), p.date(), p.goldDate(), p.dateEvidence());
        if (p.body().f1() < 0.8) out.printf("%s BODY F1 %.3f P %.3f R %.3f%n", p.id(), p.body().f1(), p.body().precision(), p.body().recall());
      }
    }
    return 0;
  }
}
