package org.dateline.eval;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import org.dateline.pipeline.Engine;

/** {@code dateline eval polnear}: statements (content, cue, source spans) against a PolNeAR split, Dateline and the CoreNLP baseline. */
public final class PolnearReport {
  /** Which system to score: Dateline, CoreNLP's quote attribution, or both. */
  public enum SystemName { dateline, corenlp_quote, both }

  private final PrintStream out, err;

  private PolnearReport(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Prints the figures to {@code out}; returns the exit code (0 scored, 1 the gold data could not be read). */
  public static int run(Path dir, SystemName system, int limit, boolean errors, PrintStream out, PrintStream err) {
    return new PolnearReport(out, err).report(dir, system, limit, errors);
  }

  private int report(Path dir, SystemName system, int limit, boolean errors) {
    List<Polnear.Article> articles;
    try {
      articles = Polnear.read(dir);
    } catch (java.io.IOException e) {
      err.println("dateline eval polnear: " + e.getMessage());
      return 1;
    }
    if (limit > 0 && articles.size() > limit) articles = articles.subList(0, limit);
    out.printf("PolNeAR %s: %d articles, %d gold attributions (first annotator)%n", dir, articles.size(),
        articles.stream().mapToInt(a -> a.gold().size()).sum());
    out.printf("%-14s %-8s %7s %7s %7s %7s %7s %7s%n", "system", "field", "P-ex", "R-ex", "F1-ex", "P-len", "R-len", "F1-len");
    if (system != SystemName.corenlp_quote) {
      StatementEval eval = new StatementEval(Engine.pipeline());
      eval.dateline(articles.get(0).name(), articles.get(0).text()); // warm-up outside the clock
      resetPeak();
      AttributionScore score = new AttributionScore();
      long t0 = System.nanoTime();
      for (Polnear.Article a : articles) {
        List<GoldAttribution> sys = eval.dateline(a.name(), a.text());
        score.add(a.text(), sys, a.gold());
        if (errors) printErrors(a, sys);
      }
      report("dateline", score, articles.size(), System.nanoTime() - t0);
    }
    if (system != SystemName.dateline) {
      CoreNlpQuotes quotes = new CoreNlpQuotes();
      StatementEval.corenlp(quotes, articles.get(0).text());
      resetPeak();
      AttributionScore score = new AttributionScore();
      long t0 = System.nanoTime();
      for (Polnear.Article a : articles) score.add(a.text(), StatementEval.corenlp(quotes, a.text()), a.gold());
      report("corenlp-quote", score, articles.size(), System.nanoTime() - t0);
    }
    return 0;
  }

  private void report(String name, AttributionScore s, int n, long nanos) {
    row(name, "content", s.content);
    row(name, "source", s.source);
    row(name, "cue", s.cue);
    double secs = nanos / 1e9;
    out.printf("%-14s speaker right on %.4f of %d found contents; %.2f articles/s (%.1f s); peak heap %d MB%n",
        name, s.speakerRight(), s.matchedContents(), n / secs, secs, peakHeapMb());
  }

  private void row(String name, String field, SpanScore s) {
    out.printf("%-14s %-8s %7.3f %7.3f %7.3f %7.3f %7.3f %7.3f   (system %d, gold %d)%n", name, field,
        s.precision(true), s.recall(true), s.f1(true), s.precision(false), s.recall(false), s.f1(false), s.system(), s.gold());
  }

  private void printErrors(Polnear.Article a, List<GoldAttribution> sys) {
    String t = a.text();
    for (GoldAttribution s : sys) {
      boolean hit = a.gold().stream().anyMatch(g -> SpanScore.lenientMatch(t, s.content(), g.content()));
      if (!hit) out.printf("FP %s | %s | %s | %s%n", a.name(), show(t, s.source()), show(t, s.cue()), show(t, s.content()));
      for (GoldAttribution g : a.gold()) {
        if (SpanScore.lenientMatch(t, s.content(), g.content()) && !SpanScore.exactMatch(t, s.content(), g.content())) {
          out.printf("EXT %s | sys=%s%n    gold=%s%n", a.name(), show(t, s.content()), show(t, g.content()));
          break;
        }
      }
    }
    for (GoldAttribution g : a.gold()) {
      boolean hit = sys.stream().anyMatch(s -> SpanScore.lenientMatch(t, s.content(), g.content()));
      if (hit) continue;
      // FN~ : a system content overlaps this gold content, but by less than half (a boundary miss, not a miss)
      GoldAttribution near = sys.stream().filter(s -> SpanScore.overlap(s.content(), g.content()) > 0)
          .max(java.util.Comparator.comparingLong(s -> SpanScore.overlap(s.content(), g.content()))).orElse(null);
      out.printf("%s %s | %s | %s | %s%n", near == null ? "FN" : "FN~", a.name(), show(t, g.source()), show(t, g.cue()), show(t, g.content()));
      if (near != null) out.printf("    sys=%s%n", show(t, near.content()));
    }
    for (GoldAttribution s : sys) {
      for (GoldAttribution g : a.gold()) {
        if (!SpanScore.lenientMatch(t, s.content(), g.content())) continue;
        if (!g.source().isEmpty() && (s.source().isEmpty() || !SpanScore.lenientMatch(t, s.source(), g.source())))
          out.printf("SPK %s | sys=%s gold=%s | %s%n", a.name(), show(t, s.source()), show(t, g.source()), show(t, s.content()));
        break;
      }
    }
  }

  private static String show(String t, List<org.dateline.model.Span> spans) {
    StringBuilder sb = new StringBuilder();
    for (var s : spans) sb.append(sb.isEmpty() ? "" : " // ").append(s.of(t).replace('\n', ' '));
    String out = sb.toString();
    return out.length() > 160 ? out.substring(0, 160) + "…" : out;
  }

  private static void resetPeak() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
    return sum / (1024 * 1024);
  }
}
