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
  /** {@code errors}: how many examples of each error class to print after the figures (negative: no error report). */
  public static int run(Path dir, SystemName system, int limit, int errors, PrintStream out, PrintStream err) {
    return new PolnearReport(out, err).report(dir, system, limit, errors);
  }

  private int report(Path dir, SystemName system, int limit, int errors) {
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
      PolnearErrors classes = new PolnearErrors(Math.max(0, errors));
      long t0 = System.nanoTime();
      SpanScore speech = new SpanScore();
      java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
      for (Polnear.Article a : articles) {
        List<PolnearErrors.SystemStatement> sys = eval.statements(a.name(), a.text());
        score.add(a.text(), sys.stream().map(PolnearErrors.SystemStatement::spans).toList(), a.gold());
        // speech alone against every gold attribution: its precision is the figure (recall is not: gold holds stance too)
        speech.add(a.text(), SpanScore.field(sys.stream().filter(PolnearErrors.SystemStatement::speech).toList(),
            x -> x.spans().content()), SpanScore.field(a.gold(), GoldAttribution::content));
        for (PolnearErrors.SystemStatement x : sys) kinds.merge(x.kind(), 1, Integer::sum);
        if (errors >= 0) classes.add(a.name(), a.text(), sys, a.gold());
      }
      report("dateline", score, articles.size(), System.nanoTime() - t0);
      out.printf("%-14s speech-only content (direct, partial, indirect): P-ex %.3f P-len %.3f of %d; kinds %s%n", "dateline",
          speech.precision(true), speech.precision(false), speech.system(), kinds);
      if (errors >= 0) classes.print(out);
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
