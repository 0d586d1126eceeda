package org.dateline.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The source score's own misses, matched exactly as {@link SpanScore} matches them (lenient, one to one over the whole
 * article, whatever content each source belongs to): system sources no gold source takes (each costs precision) and
 * gold sources no system source takes (each costs recall). {@link SourceGap} says whose fault a miss is; this lists
 * the misses themselves, with the content each source was given for, so a rule can be judged by the sources it wins
 * and loses.
 */
final class SourceMisses {
  private final int examples;
  private final List<String> unmatchedSystem = new ArrayList<>(), unmatchedGold = new ArrayList<>();
  private int systemCount, goldCount;

  SourceMisses(int examples) {
    this.examples = examples;
  }

  void add(String article, String text, List<PolnearErrors.SystemStatement> sys, List<GoldAttribution> gold) {
    List<GoldAttribution> sysSpans = sys.stream().map(PolnearErrors.SystemStatement::spans).filter(a -> !a.source().isEmpty()).toList();
    List<GoldAttribution> goldSpans = gold.stream().filter(a -> !a.source().isEmpty()).toList();
    int[] pair = SpanScore.pairs(text, SpanScore.field(sysSpans, GoldAttribution::source),
        SpanScore.field(goldSpans, GoldAttribution::source), false);
    boolean[] taken = new boolean[goldSpans.size()];
    for (int s = 0; s < pair.length; s++) {
      if (pair[s] >= 0) taken[pair[s]] = true;
      else keep(unmatchedSystem, systemCount++, article, text, sysSpans.get(s));
    }
    for (int g = 0; g < taken.length; g++) if (!taken[g]) keep(unmatchedGold, goldCount++, article, text, goldSpans.get(g));
  }

  private void keep(List<String> into, int seen, String article, String text, GoldAttribution a) {
    if (seen < examples) into.add("%s | %s | %s | %s".formatted(article, PolnearErrors.show(text, a.source()),
        PolnearErrors.show(text, a.cue()), PolnearErrors.show(text, a.content())));
  }

  void print(PrintStream out) {
    out.printf("%nsystem sources no gold source matches (source | cue | content), first %d of %d:%n", unmatchedSystem.size(), systemCount);
    for (String e : unmatchedSystem) out.println("  " + e);
    out.printf("%ngold sources no system source matches (source | cue | content), first %d of %d:%n", unmatchedGold.size(), goldCount);
    for (String e : unmatchedGold) out.println("  " + e);
  }
}
