package org.dateline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.clean.PageCleaner;
import org.dateline.eval.GoldPages;
import org.dateline.eval.MetadataEval;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Stages;
import org.dateline.time.EvidenceDater;
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
    List<GoldPages.GoldPage> pages = GoldPages.load(dir);
    // prepare (clean, date) needs no NLP: the models are never loaded
    Pipeline pipeline = Pipeline.standard(null);
    MetadataEval.Result r = MetadataEval.run(pages, pipeline);
    System.out.printf("pages           %d%nheadline exact  %.4f%nbyline          %.4f (of %d pages with an author)%n"
            + "date given      %.4f%ndate right      %.4f (of pages given a date)%nbody P/R/F1     %.4f / %.4f / %.4f%n"
            + "pages/s         %.1f%n"
            + "if conflicting page dates were withheld: date given %.4f, right %.4f%n",
        r.pages().size(), r.headlineExact(), r.bylineRate(), r.bylinePages(), r.dateCoverage(), r.datePrecision(),
        r.body().precision(), r.body().recall(), r.body().f1(), r.pagesPerSecond(),
        r.agreeingCoverage(), r.agreeingPrecision());
    if (misses) {
      for (var p : r.pages()) {
        var gold = pages.stream().filter(g -> g.id().equals(p.id())).findFirst().orElseThrow();
        if (!p.headline()) System.out.printf("%s HEADLINE got [%s] want [%s]%n", p.id(), p.gotHeadline(), gold.field("title"));
        if (p.bylineScored() && !p.byline()) System.out.printf("%s BYLINE got [%s] want [%s]%n", p.id(), p.gotByline(), gold.field("authors"));
        if (p.date() == null || !p.date().equals(p.goldDate())) System.out.printf("%s DATE got %s want %s  %s%n", p.id(), p.date(), p.goldDate(), p.dateEvidence());
        if (p.body().f1() < 0.8) System.out.printf("%s BODY F1 %.3f P %.3f R %.3f%n", p.id(), p.body().f1(), p.body().precision(), p.body().recall());
      }
    }
    return Main.OK;
  }
}
