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

  @Option(names = "--lost", description = "count, by removal reason, removed blocks that the gold body contains")
  boolean lost;

  @Override
  public Integer call() throws Exception {
    List<GoldPages.GoldPage> pages = GoldPages.load(dir);
    HtmlCleaner cleaner = new HtmlCleaner();
    if (lost) {
      var byReason = new java.util.TreeMap<String, int[]>();
      for (var page : pages) {
        var a = cleaner.clean(page.page());
        String gold = page.field("articleBody").replaceAll("\\s+", " ");
        for (var rm : a.removed()) {
          String t = rm.text().replaceAll("\\s+", " ");
          if (t.length() >= 30 && gold.contains(t)) {
            int[] c = byReason.computeIfAbsent(rm.reason().code(), k -> new int[2]);
            c[0]++;
            c[1] += t.length();
            System.out.printf("%s %-16s %s%n", page.id().substring(0, 8), rm.reason(), t.length() > 110 ? t.substring(0, 110) : t);
          }
        }
      }
      byReason.forEach((k, v) -> System.out.printf("%-16s %5d blocks %8d chars%n", k, v[0], v[1]));
      return Main.OK;
    }
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
