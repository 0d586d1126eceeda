package org.dateline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The stretches of time a run was written in, as its exact-dated articles show them: a run of agency copy from April
 * 1997 and from November of 2005 and 2006 has years 1997, 2005 and 2006, but no article of December 1997. A date a
 * run year gives an open article is taken only inside these stretches.
 */
final class RunSpan {
  /** Exact-dated articles this many days either side of a date put it inside the run. */
  static final int DAYS = 61;
  /** How many other exact-dated articles must lie that near. */
  static final int NEIGHBOURS = 2;
  private final List<LocalDate> dates = new ArrayList<>();

  RunSpan(List<Dated> run) {
    for (Dated d : run) if (d.published().isExact()) dates.add(d.published().date());
    Collections.sort(dates);
  }

  /** Whether at least {@link #NEIGHBOURS} exact-dated articles other than {@code self} lie within {@link #DAYS} of {@code day}. */
  boolean covers(LocalDate day, Dated self) {
    int from = lowerBound(day.minusDays(DAYS)), to = lowerBound(day.plusDays(DAYS + 1));
    int n = to - from;
    if (self.published().isExact()) {
      LocalDate own = self.published().date();
      if (!own.isBefore(day.minusDays(DAYS)) && !own.isAfter(day.plusDays(DAYS))) n--;
    }
    return n >= NEIGHBOURS;
  }

  /**
   * Whether exact-dated articles other than {@code self} lie on both sides of {@code day} (on or before it, on or after
   * it), each within {@link #DAYS}: the run was being written around that day.
   */
  boolean between(LocalDate day, Dated self) {
    LocalDate own = self.published().isExact() ? self.published().date() : null;
    boolean before = false, after = false;
    for (int i = lowerBound(day.minusDays(DAYS)); i < dates.size() && !dates.get(i).isAfter(day.plusDays(DAYS)); i++) {
      LocalDate d = dates.get(i);
      if (d.equals(own)) {
        own = null; // one entry is the article itself
        continue;
      }
      if (!d.isAfter(day)) before = true;
      if (!d.isBefore(day)) after = true;
    }
    return before && after;
  }

  private int lowerBound(LocalDate d) {
    int i = Collections.binarySearch(dates, d);
    if (i < 0) return -i - 1;
    while (i > 0 && dates.get(i - 1).equals(d)) i--;
    return i;
  }
}
