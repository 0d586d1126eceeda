package org.dateline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.clean.HtmlCleaner;
import org.dateline.eval.ExtractionEval;
import org.dateline.eval.GoldPages;
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

  @Override
  public Integer call() throws Exception {
    List<GoldPages.GoldPage> pages = GoldPages.load(dir);
    HtmlCleaner cleaner = new HtmlCleaner();
    if (show != null) {
      var page = pages.stream().filter(p -> p.id().startsWith(show)).findFirst().orElseThrow();
      var a = cleaner.clean(page.page());
      String gold = page.field("articleBody").replaceAll("\\s+", " ");
      for (var sp : a.body().paragraphs()) {
        String t = sp.of(a.sourceText());
        System.out.printf("KEEP %s| %s%n", gold.contains(t.substring(0, Math.min(40, t.length()))) ? "   " : "BAD", t.length() > 200 ? t.substring(0, 200) : t);
      }
      for (var rm : a.removed()) {
        String t = rm.text();
        if (gold.contains(t.substring(0, Math.min(40, t.length()))) && t.length() > 10)
          System.out.printf("LOST %s| %s%n", rm.reason(), t.length() > 200 ? t.substring(0, 200) : t);
      }
      System.out.println("GOLD| " + gold.substring(0, Math.min(600, gold.length())));
      return Main.OK;
    }
    ExtractionEval.run(pages.subList(0, Math.min(10, pages.size())), p -> cleaner.clean(p).body().text()); // JIT warm-up
    ExtractionEval.Result r = ExtractionEval.run(pages, p -> cleaner.clean(p).body().text());
    var s = r.summary();
    System.out.printf("pages      %d%nprecision  %.4f%nrecall     %.4f%nF1         %.4f%naccuracy   %.4f%npages/s    %.1f%n",
        s.pages(), s.precision(), s.recall(), s.f1(), s.accuracy(), r.pagesPerSecond());
    var charsets = new java.util.TreeMap<String, Integer>();
    int broken = 0;
    for (var p : pages) {
      charsets.merge(p.charset(), 1, Integer::sum);
      if (p.undecodable() > 0) broken++;
    }
    System.out.printf("charsets   %s; pages with undecodable bytes: %d%n", charsets, broken);
    if (worst > 0) {
      java.util.List<Integer> idx = new java.util.ArrayList<>();
      for (int i = 0; i < r.scores().size(); i++) idx.add(i);
      idx.sort(java.util.Comparator.comparingDouble(i -> r.scores().get(i).f1()));
      for (int i : idx.subList(0, Math.min(worst, idx.size()))) {
        var sc = r.scores().get(i);
        System.out.printf("%s  F1 %.3f  P %.3f  R %.3f%n", r.ids().get(i), sc.f1(), sc.precision(), sc.recall());
      }
    }
    return Main.OK;
  }
}
