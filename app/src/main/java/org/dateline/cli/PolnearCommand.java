package org.dateline.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.eval.AttributionScore;
import org.dateline.eval.CoreNlpQuotes;
import org.dateline.eval.GoldAttribution;
import org.dateline.eval.Polnear;
import org.dateline.eval.SpanScore;
import org.dateline.eval.StatementEval;
import org.dateline.pipeline.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval polnear DIR}: statements against PolNeAR's attributions (first annotator per article). */
@Command(name = "polnear", mixinStandardHelpOptions = true,
    description = "Score statements (content, cue, source spans) against a PolNeAR split: DIR/text/*.txt and DIR/attributions/*.ann.",
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:scored", "1:the split could not be read", "2:usage error"})
final class PolnearCommand implements Callable<Integer> {
  enum SystemName { dateline, corenlp_quote, both }

  @Parameters(index = "0", paramLabel = "DIR", description = "A PolNeAR split directory.")
  Path dir;

  @Option(names = "--system", defaultValue = "dateline", converter = SystemConverter.class,
      description = "dateline, corenlp-quote (CoreNLP's quote attribution) or both. Default: ${DEFAULT-VALUE}.")
  SystemName system;

  @Option(names = "--limit", defaultValue = "0", description = "Score only the first N articles (0: all).")
  int limit;

  @Option(names = "--errors", description = "Print unmatched system and gold contents (for error analysis).")
  boolean errors;

  static final class SystemConverter implements picocli.CommandLine.ITypeConverter<SystemName> {
    @Override
    public SystemName convert(String v) {
      return switch (v) {
        case "dateline" -> SystemName.dateline;
        case "corenlp-quote" -> SystemName.corenlp_quote;
        case "both" -> SystemName.both;
        default -> throw new picocli.CommandLine.TypeConversionException("expected dateline, corenlp-quote or both but was '" + v + "'");
      };
    }
  }

  @Override
  public Integer call() {
    List<Polnear.Article> articles;
    try {
      articles = Polnear.read(dir);
    } catch (java.io.IOException e) {
      System.err.println("dateline eval polnear: " + e.getMessage());
      return 1;
    }
    if (limit > 0 && articles.size() > limit) articles = articles.subList(0, limit);
    System.out.printf("PolNeAR %s: %d articles, %d gold attributions (first annotator)%n", dir, articles.size(),
        articles.stream().mapToInt(a -> a.gold().size()).sum());
    System.out.printf("%-14s %-8s %7s %7s %7s %7s %7s %7s%n", "system", "field", "P-ex", "R-ex", "F1-ex", "P-len", "R-len", "F1-len");
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

  private static void report(String name, AttributionScore s, int n, long nanos) {
    row(name, "content", s.content);
    row(name, "source", s.source);
    row(name, "cue", s.cue);
    double secs = nanos / 1e9;
    System.out.printf("%-14s speaker right on %.4f of %d found contents; %.2f articles/s (%.1f s); peak heap %d MB%n",
        name, s.speakerRight(), s.matchedContents(), n / secs, secs, peakHeapMb());
  }

  private static void row(String name, String field, SpanScore s) {
    System.out.printf("%-14s %-8s %7.3f %7.3f %7.3f %7.3f %7.3f %7.3f   (system %d, gold %d)%n", name, field,
        s.precision(true), s.recall(true), s.f1(true), s.precision(false), s.recall(false), s.f1(false), s.system(), s.gold());
  }

  private void printErrors(Polnear.Article a, List<GoldAttribution> sys) {
    String t = a.text();
    for (GoldAttribution s : sys) {
      boolean hit = a.gold().stream().anyMatch(g -> SpanScore.lenientMatch(t, s.content(), g.content()));
      if (!hit) System.out.printf("FP %s | %s | %s | %s%n", a.name(), show(t, s.source()), show(t, s.cue()), show(t, s.content()));
      for (GoldAttribution g : a.gold()) {
        if (SpanScore.lenientMatch(t, s.content(), g.content()) && !SpanScore.exactMatch(t, s.content(), g.content())) {
          System.out.printf("EXT %s | sys=%s%n    gold=%s%n", a.name(), show(t, s.content()), show(t, g.content()));
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
      System.out.printf("%s %s | %s | %s | %s%n", near == null ? "FN" : "FN~", a.name(), show(t, g.source()), show(t, g.cue()), show(t, g.content()));
      if (near != null) System.out.printf("    sys=%s%n", show(t, near.content()));
    }
    for (GoldAttribution s : sys) {
      for (GoldAttribution g : a.gold()) {
        if (!SpanScore.lenientMatch(t, s.content(), g.content())) continue;
        if (!g.source().isEmpty() && (s.source().isEmpty() || !SpanScore.lenientMatch(t, s.source(), g.source())))
          System.out.printf("SPK %s | sys=%s gold=%s | %s%n", a.name(), show(t, s.source()), show(t, g.source()), show(t, s.content()));
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
