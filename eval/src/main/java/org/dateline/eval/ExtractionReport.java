package org.dateline.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.dateline.clean.HtmlCleaner;

/** {@code dateline eval extraction}: article-body extraction against a benchmark's gold bodies, and the views for error analysis. */
public final class ExtractionReport {
  private final PrintStream out, err;

  private ExtractionReport(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Prints the figures to {@code out}; returns the exit code (0 scored, 1 the gold data could not be read). */
  public static int run(Path dir, int worst, String show, boolean lost, PrintStream out, PrintStream err) throws Exception {
    return new ExtractionReport(out, err).report(dir, worst, show, lost);
  }

  private int report(Path dir, int worst, String show, boolean lost) throws Exception {
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
            out.printf("%s %-16s %s%n", page.id().substring(0, 8), rm.reason(), t.length() > 110 ? t.substring(0, 110) : t);
          }
        }
      }
      byReason.forEach((k, v) -> out.printf("%-16s %5d blocks %8d chars%n", k, v[0], v[1]));
      return 0;
    }
    if (show != null) {
      var page = pages.stream().filter(p -> p.id().startsWith(show)).findFirst().orElseThrow();
      var a = cleaner.clean(page.page());
      String gold = page.field("articleBody").replaceAll("\\s+", " ");
      for (var sp : a.body().paragraphs()) {
        String t = sp.of(a.sourceText());
        out.printf("KEEP %s| %s%n", gold.contains(t.substring(0, Math.min(40, t.length()))) ? "   " : "BAD", t.length() > 200 ? t.substring(0, 200) : t);
      }
      for (var rm : a.removed()) {
        String t = rm.text();
        if (gold.contains(t.substring(0, Math.min(40, t.length()))) && t.length() > 10)
          out.printf("LOST %s| %s%n", rm.reason(), t.length() > 200 ? t.substring(0, 200) : t);
      }
      out.println("GOLD| " + gold.substring(0, Math.min(600, gold.length())));
      return 0;
    }
    ExtractionEval.run(pages.subList(0, Math.min(10, pages.size())), p -> cleaner.clean(p).body().text()); // JIT warm-up
    ExtractionEval.Result r = ExtractionEval.run(pages, p -> cleaner.clean(p).body().text());
    var s = r.summary();
    out.printf("pages      %d%nprecision  %.4f%nrecall     %.4f%nF1         %.4f%naccuracy   %.4f%npages/s    %.1f%n",
        s.pages(), s.precision(), s.recall(), s.f1(), s.accuracy(), r.pagesPerSecond());
    var charsets = new java.util.TreeMap<String, Integer>();
    int broken = 0;
    for (var p : pages) {
      charsets.merge(p.charset(), 1, Integer::sum);
      if (p.undecodable() > 0) broken++;
    }
    out.printf("charsets   %s; pages with undecodable bytes: %d%n", charsets, broken);
    if (worst > 0) {
      java.util.List<Integer> idx = new java.util.ArrayList<>();
      for (int i = 0; i < r.scores().size(); i++) idx.add(i);
      idx.sort(java.util.Comparator.comparingDouble(i -> r.scores().get(i).f1()));
      for (int i : idx.subList(0, Math.min(worst, idx.size()))) {
        var sc = r.scores().get(i);
        out.printf("%s  F1 %.3f  P %.3f  R %.3f%n", r.ids().get(i), sc.f1(), sc.precision(), sc.recall());
      }
    }
    return 0;
  }
}
