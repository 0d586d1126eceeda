package org.dateline.eval;

import java.util.List;
import java.util.Map;

/**
 * Figures of a dating run over articles with gold dates. Every exact date also counts as a one-day range.
 * {@code medianWidthDays} is over ranges bounded at both ends; {@code unbounded} counts the others. {@code errors}
 * lists the articles whose range misses the gold date, {@code rows} every article (file, gold, earliest, latest,
 * basis, and for a range why no day was pinned), for looking at what the evidence left open; {@code whyOpen} counts
 * the articles given only a range by that reason.
 */
public record DateScores(int articles, int exact, int exactRight, int ranges, int rangesContaining,
    double medianWidthDays, int unbounded, Map<String, int[]> byBasis, List<String> errors, List<String> rows,
    Map<String, Integer> whyOpen) {
  public DateScores {
    byBasis = Map.copyOf(byBasis);
    errors = List.copyOf(errors);
    rows = List.copyOf(rows);
    whyOpen = Map.copyOf(whyOpen);
  }

  public double exactShare() {
    return share(exact, articles);
  }

  public double exactPrecision() {
    return share(exactRight, exact);
  }

  public double rangeRecall() {
    return share(rangesContaining, ranges);
  }

  private static double share(int n, int of) {
    return of == 0 ? Double.NaN : (double) n / of;
  }
}
