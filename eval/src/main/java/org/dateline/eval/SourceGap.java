package org.dateline.eval;

import java.io.PrintStream;
import java.util.List;
import org.dateline.model.Span;

/**
 * Where the source score's misses come from. The source F1 matches system source spans to gold source spans one to
 * one over the whole article, whatever content each belongs to (as the content score matches contents), so a gold
 * attribution whose content the system missed also misses its source: that share of the gap is the statement
 * finder's, not the speaker resolver's. Each gold source is put in one class by what became of its content (paired
 * leniently as {@link PolnearErrors} pairs them), and each system source likewise.
 */
final class SourceGap {
  /** Gold sources by their content's fate. */
  private long goldContentMissed, goldContentBelowHalf, goldRight, goldWrong, goldSystemNone;
  /** System sources by their content's fate. */
  private long sysUnpaired, sysWhereGoldHasNone, sysRight, sysWrong;

  /** {@code pair[s]}: the gold content system content {@code s} is paired with, or -1. */
  void add(String text, List<PolnearErrors.SystemStatement> sys, List<GoldAttribution> gold, int[] pair) {
    int[] pairOfGold = new int[gold.size()];
    java.util.Arrays.fill(pairOfGold, -1);
    for (int s = 0; s < sys.size(); s++) if (pair[s] >= 0) pairOfGold[pair[s]] = s;
    for (int g = 0; g < gold.size(); g++) {
      List<Span> gs = gold.get(g).source();
      if (gs.isEmpty()) continue;
      if (pairOfGold[g] < 0) {
        List<Span> gc = gold.get(g).content();
        if (sys.stream().anyMatch(s -> SpanScore.overlap(s.spans().content(), gc) > 0)) goldContentBelowHalf++;
        else goldContentMissed++;
        continue;
      }
      List<Span> ss = sys.get(pairOfGold[g]).spans().source();
      if (ss.isEmpty()) goldSystemNone++;
      else if (SpanScore.lenientMatch(text, ss, gs)) goldRight++;
      else goldWrong++;
    }
    for (int s = 0; s < sys.size(); s++) {
      List<Span> ss = sys.get(s).spans().source();
      if (ss.isEmpty()) continue;
      if (pair[s] < 0) sysUnpaired++;
      else if (gold.get(pair[s]).source().isEmpty()) sysWhereGoldHasNone++;
      else if (SpanScore.lenientMatch(text, ss, gold.get(pair[s]).source())) sysRight++;
      else sysWrong++;
    }
  }

  void print(PrintStream out) {
    long gold = goldContentMissed + goldContentBelowHalf + goldRight + goldWrong + goldSystemNone;
    long sys = sysUnpaired + sysWhereGoldHasNone + sysRight + sysWrong;
    out.printf("source gap: of %d gold sources, content missed %d, content below half %d (the finder's); content found:"
        + " source right %d, wrong %d, none given %d (the speaker's)%n", gold, goldContentMissed, goldContentBelowHalf,
        goldRight, goldWrong, goldSystemNone);
    out.printf("            of %d system sources, content unpaired %d (the finder's); content paired: right %d, wrong %d,"
        + " where gold has none %d (the speaker's)%n", sys, sysUnpaired, sysRight, sysWrong, sysWhereGoldHasNone);
  }

  long goldRight() {
    return goldRight;
  }

  long goldContentMissed() {
    return goldContentMissed;
  }
}
