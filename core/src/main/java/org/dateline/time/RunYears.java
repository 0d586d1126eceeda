package org.dateline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Basis;
import org.dateline.model.Evidence;
import org.dateline.model.Published;

/**
 * Dates what a run's articles left open from the run: the years it was written in, the stretches of those years
 * its exact-dated articles cover, and the stories its articles continue. Applied in this order: run years (one
 * fits), the story (names shared with articles around one reading), the run's span, related stories (passages
 * shared with exact-dated articles).
 */
final class RunYears {
  /** Odds against chance required before a year is taken as one the run was written in. */
  private static final double CHANCE = 1_000;
  /**
   * Rare names an article must share with articles dated around one reading of its weekday (and more than with
   * those around the other) for its story to decide: about one name no more than four articles of a run use, or two
   * used by ten. It only breaks the tie between a weekday's own day and the day before. Measured on agency copy: at
   * 10, 24 of 25 right; at 6, 10 more, all right; at 5, 31 more than at 10, 3 of them wrong.
   */
  private static final double STORY_SUPPORT = 6;
  /**
   * Rare five-word shingles an article must share with one exact-dated article near a reading for its story to date
   * it (a passage of about ten words in a row). Measured on agency copy: 17 of 17 right at 6, none near the other
   * reading; at 3, 25 right and 3 wrong (house phrases of market reports).
   */
  private static final int SHARED_PASSAGE = 6;
  /**
   * Rare shingles an article may share with articles near another reading without blocking the story's: one five-word
   * phrase is a stock phrase or chance, not a passage. Measured on agency copy: 86, 47, 35, 21 and 8 shared near the
   * right year against 1 near the other, all right.
   */
  private static final int STRAY_SHINGLES = 1;

  private RunYears() {}

  /**
   * An article whose year is open takes one from the run only when exactly one of the run's years fits its own
   * month-day, weekday and year bounds. The run's years are those at least two articles pin on their own evidence,
   * and those that articles speaking of that year or the two before as past fit by weekday far more often than
   * chance: a weekday fits a wrong year about one time in seven, so a year is taken only when so many of those
   * articles fit it that chance would do so less than once in {@link #CHANCE} tries.
   */
  static List<Dated> refine(List<Dated> run) {
    Map<Integer, Integer> pinned = new HashMap<>(), fit = new HashMap<>(), tried = new HashMap<>();
    List<DateClues> open = new ArrayList<>();
    for (Dated d : run) {
      if (d.published().isExact()) pinned.merge(d.published().date().getYear(), 1, Integer::sum);
      DateClues c = d.clues();
      if (d.published().isExact() || !c.testable() || c.minYear() == null) continue;
      open.add(c);
      for (int y = c.minYear(); y <= c.minYear() + EvidenceDater.RECENT_YEARS && y <= c.maxYear(); y++) {
        tried.merge(y, 1, Integer::sum);
        if (c.fits(y)) fit.merge(y, 1, Integer::sum);
      }
    }
    Set<Integer> years = new HashSet<>();
    pinned.forEach((y, n) -> {
      if (n >= 2) years.add(y);
    });
    // strongest first, and a year's fits count only where no year already taken fits as well: November 2000 has
    // the weekdays of November 2006, so articles of 2006 that speak of 2000 as past must not make 2000 a run year
    List<Integer> candidates = new ArrayList<>(fit.keySet());
    candidates.sort(Comparator.comparingDouble(y -> binomialTail(tried.get(y), fit.get(y), 1.0 / 7)));
    for (int y : candidates) {
      int n = 0, k = 0;
      for (DateClues c : open) {
        if (y < c.minYear() || y > c.minYear() + EvidenceDater.RECENT_YEARS || y > c.maxYear() || years.stream().anyMatch(c::fits)) continue;
        n++;
        if (c.fits(y)) k++;
      }
      if (k >= 3 && binomialTail(n, k, 1.0 / 7) < 1.0 / CHANCE) years.add(y);
    }
    if (years.isEmpty()) return run;
    List<Dated> out = new ArrayList<>(run.size());
    for (Dated d : run) out.add(refined(d, years));
    // a weekday that may be the day before: the article's story decides, when it clearly continues articles dated
    // around one reading and not the other
    RunNames names = new RunNames(out);
    List<Dated> settled = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      Dated d = out.get(i);
      Reading r = d.published().isExact() || !d.clues().dated() ? null : reading(d.clues(), years);
      if (r == null || r.rivals().isEmpty()) {
        settled.add(d);
        continue;
      }
      DateClues c = d.clues();
      double own = names.support(i, c.on(r.year())), rival = 0;
      for (int y : r.rivals()) rival = Math.max(rival, names.support(i, c.on(y)));
      settled.add(own >= STORY_SUPPORT && own > rival ? exact(d, r.year(), Evidence.STORY) : d);
    }
    return weekdayDates(relatedStories(withinSpan(run, settled, years), years), years);
  }

  /**
   * An article the steps above leave open between two or more of the run's years, whose text gives a month-day with
   * its weekday ({@link WeekdayDates}: "first leg Wednesday, November 30"), takes the one year where every such date
   * falls on its weekday near the article's day. Only readings its own clues allow inside the run's span are weighed.
   */
  private static List<Dated> weekdayDates(List<Dated> run, Set<Integer> years) {
    RunSpan inRun = new RunSpan(run);
    List<Dated> out = new ArrayList<>(run.size());
    for (Dated d : run) {
      DateClues c = d.clues();
      List<WeekdayDates.Anchor> anchors = d.published().isExact() || c.monthDay() == null ? List.of() : WeekdayDates.of(d.article());
      List<Integer> readings = anchors.isEmpty() ? List.of()
          : years.stream().filter(y -> (c.dated() ? c.fitsPossibly(y) : c.fits(y)) && inRun.covers(c.on(y), d)).sorted().toList();
      List<Integer> kept = readings.stream().filter(y -> WeekdayDates.allow(anchors, c.on(y))).toList();
      if (readings.size() < 2 || kept.size() != 1) {
        out.add(d);
        continue;
      }
      int y = kept.get(0);
      out.add(c.dated() && !c.fits(y) ? exactDay(d, y, Evidence.WEEKDAY_DATE, Evidence.WEEKDAY_DAY_BEFORE)
          : exactDay(d, y, Evidence.WEEKDAY_DATE));
    }
    return out;
  }

  /**
   * An article the run's years and span leave open between two or more years takes the one where exact-dated
   * articles within {@link RunNames#STORY_DAYS} of its day tell the same story in the same words (a passage of
   * about ten words no more than {@link RunPassages#RARE} articles share) and where no article near the other
   * readings shares more than {@link #STRAY_SHINGLES} of them. Only readings its own clues allow are weighed: its weekday or the day after
   * it, its year bounds, inside the run's span.
   */
  private static List<Dated> relatedStories(List<Dated> run, Set<Integer> years) {
    RunSpan inRun = new RunSpan(run);
    RunPassages passages = null;
    List<Dated> out = new ArrayList<>(run.size());
    for (int i = 0; i < run.size(); i++) {
      Dated d = run.get(i);
      DateClues c = d.clues();
      if (d.published().isExact() || c.monthDay() == null) {
        out.add(d);
        continue;
      }
      List<Integer> readings = years.stream().filter(y -> (c.dated() ? c.fitsPossibly(y) : c.fits(y)) && inRun.covers(c.on(y), d))
          .sorted().toList();
      if (readings.size() < 2) {
        out.add(d);
        continue;
      }
      if (passages == null) passages = new RunPassages(run);
      Integer told = null;
      boolean elsewhere = false;
      for (int y : readings) {
        int n = passages.shared(i, c.on(y), RunNames.STORY_DAYS);
        if (n >= SHARED_PASSAGE && told == null) told = y;
        else if (n > STRAY_SHINGLES) elsewhere = true;
      }
      out.add(told == null || elsewhere ? d
          : (c.dated() && !c.fits(told) ? exactDay(d, told, Evidence.RUN_RELATED_STORIES, Evidence.WEEKDAY_DAY_BEFORE)
              : exactDay(d, told, Evidence.RUN_RELATED_STORIES)));
    }
    return out;
  }

  /**
   * The run's years stand for the stretches its articles were written in: a date a run year gave that no other
   * exact-dated article comes near is taken back (an April run year says nothing of December). Then an open article
   * whose month-day falls inside those stretches in exactly one run year, on its stated weekday or the day after (news
   * often names the day before), takes that day; one with no weekday, only when the run has articles dated on both
   * sides of its month-day in exactly one of its years (a run of April 1997 and of November 2005 and 2006 dates an
   * "April 18" story without a weekday, never a "November 18" one), else when a weekday said later in the story fits
   * one of them ({@link #laterWeekday}).
   */
  private static List<Dated> withinSpan(List<Dated> original, List<Dated> settled, Set<Integer> years) {
    RunSpan pinned = new RunSpan(settled);
    List<Dated> kept = new ArrayList<>(settled.size());
    for (int i = 0; i < settled.size(); i++) {
      Dated d = settled.get(i);
      boolean byRun = d.published().isExact() && d.published().basis().has(Evidence.RUN_YEARS);
      kept.add(byRun && !pinned.covers(d.published().date(), d) ? original.get(i) : d);
    }
    RunSpan inRun = new RunSpan(kept);
    List<Dated> out = new ArrayList<>(kept.size());
    for (Dated d : kept) {
      DateClues c = d.clues();
      if (!d.published().isExact() && c.monthDay() != null && c.weekdays().isEmpty()) {
        // no weekday to test a year against: only a month-day that the run was being written around in exactly one
        // of its years (articles dated on both sides of it) takes that year
        List<Integer> around = years.stream().filter(y -> c.fits(y) && inRun.between(c.on(y), d)).toList();
        out.add(around.size() == 1 ? exactDay(d, around.get(0), Evidence.RUN_SPAN) : laterWeekday(d, years, inRun));
        continue;
      }
      if (d.published().isExact() || !c.dated()) {
        out.add(d);
        continue;
      }
      List<Integer> inside = years.stream().filter(y -> c.fitsPossibly(y) && inRun.covers(c.on(y), d)).sorted().toList();
      if (inside.isEmpty() && c.firmWeekday() && years.stream().noneMatch(c::fits)) {
        // a firm weekday no run year fits was, after all, the day before ("said here Friday" in a Saturday story):
        // the reading of the day after, when one run year inside the span fits it; failing that, the local day after
        // a dateline dated by the agency's clock ("MANILA, Dec 5 -- ... said Wednesday" filed on a Tuesday in Paris)
        DateClues after = c.dayAfter(), before = c.dayBefore();
        List<Integer> next = years.stream().filter(y -> after.fits(y) && inRun.covers(c.on(y), d)).toList();
        List<Integer> previous = years.stream().filter(y -> before.fits(y) && inRun.covers(c.on(y), d)).toList();
        if (next.size() == 1) {
          out.add(exactDay(d, next.get(0), Evidence.RUN_SPAN, Evidence.WEEKDAY_DAY_BEFORE));
          continue;
        }
        if (next.isEmpty() && previous.size() == 1) {
          out.add(exactDay(d, previous.get(0), Evidence.RUN_SPAN, Evidence.WEEKDAY_DAY_AFTER));
          continue;
        }
      }
      if (inside.isEmpty()) {
        out.add(misreadWeekday(d, years, inRun));
        continue;
      }
      if (inside.size() != 1) {
        out.add(d);
        continue;
      }
      int y = inside.get(0);
      // the article's own range counts only its stated weekday; the clues' year bounds still hold (fitsPossibly)
      out.add((c.fits(y) ? exactDay(d, y, Evidence.RUN_SPAN) : exactDay(d, y, Evidence.RUN_SPAN, Evidence.WEEKDAY_DAY_BEFORE)));
    }
    return out;
  }

  /**
   * A weekday that no run year inside the run's span fits, as the day itself or the day before, was misread or names
   * another day (a digest's second story, an event days before): the month-day alone, when the run was written around
   * it in exactly one of its years, takes that year as a month-day without a weekday does; the basis names no weekday.
   */
  private static Dated misreadWeekday(Dated d, Set<Integer> years, RunSpan inRun) {
    DateClues c = d.clues();
    DateClues bare = new DateClues(c.monthDay(), Set.of(), false, c.minYear(), c.maxYear());
    List<Integer> around = years.stream().filter(y -> bare.fits(y) && inRun.between(c.on(y), d)).toList();
    if (around.size() != 1) return d;
    return new Dated(d.article(), Published.exact(c.on(around.get(0)), basis(bare, Evidence.RUN_SPAN)), c);
  }

  /**
   * A month-day without a weekday the run's years leave open: the weekday said or tied later in the story
   * ({@link LaterWeekday}) may fit one run year inside the run's span, as the day itself or the day before.
   */
  private static Dated laterWeekday(Dated d, Set<Integer> years, RunSpan inRun) {
    DateClues c = d.clues();
    DayOfWeek day = LaterWeekday.of(d.article());
    Integer y = day == null ? null : LaterWeekday.year(c, day, years, year -> inRun.covers(c.on(year), d));
    if (y == null) return d;
    return c.on(y).getDayOfWeek() == day ? exactDay(d, y, Evidence.RUN_SPAN, Evidence.LATER_WEEKDAY)
        : exactDay(d, y, Evidence.RUN_SPAN, Evidence.LATER_WEEKDAY, Evidence.WEEKDAY_DAY_BEFORE);
  }

  /**
   * The one run year the clues fit, and the run years that fit when the weekday was the day before the story's.
   */
  private record Reading(int year, List<Integer> rivals) {}

  /**
   * News often uses the weekday of the day before ("the fire that raged on Monday" in a Tuesday story): unless the
   * weekday is firm, the day of publication is the stated day or the next (an evening already names both). When
   * one run year fits the stated day and others the day after, those others are rivals and the year stays open
   * (the run's span may still tell them apart: {@link #withinSpan}).
   */
  private static Reading reading(DateClues c, Set<Integer> runYears) {
    List<Integer> own = runYears.stream().filter(c::fits).sorted().toList();
    List<Integer> possible = runYears.stream().filter(c::fitsPossibly).sorted().toList();
    if (own.size() != 1) return null;
    return new Reading(own.get(0), possible.stream().filter(y -> !y.equals(own.get(0))).toList());
  }

  private static Dated exact(Dated d, int year, Evidence... more) {
    LocalDate date = d.clues().on(year);
    Published p = d.published();
    if ((p.earliest() != null && date.isBefore(p.earliest())) || (p.latest() != null && date.isAfter(p.latest()))) return d;
    return exactDay(d, year, more);
  }

  private static Dated exactDay(Dated d, int year, Evidence... more) {
    DateClues c = d.clues();
    return new Dated(d.article(), Published.exact(c.on(year), basis(c, more)), c);
  }

  /** The dateline, the weekday evidence the clues name, their year bounds, the run's years and {@code more}. */
  private static Basis basis(DateClues c, Evidence... more) {
    Basis basis = LeadWeekdays.basis(Basis.of(Evidence.DATELINE), c.weekdays());
    if (c.minYear() != null) basis = basis.plus(Evidence.YEAR_CLUES);
    return basis.plus(Evidence.RUN_YEARS, more);
  }

  private static Dated refined(Dated d, Set<Integer> runYears) {
    DateClues c = d.clues();
    if (d.published().isExact() || !c.dated()) return d;
    Reading r = reading(c, runYears);
    return r == null || !r.rivals().isEmpty() ? d : exact(d, r.year());
  }

  /** P(X >= k) for X ~ Binomial(n, p). */
  static double binomialTail(int n, int k, double p) {
    double sum = 0;
    for (int i = k; i <= n; i++) {
      double logTerm = logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log1p(-p);
      sum += Math.exp(logTerm);
    }
    return sum;
  }

  private static double logChoose(int n, int k) {
    double r = 0;
    for (int i = 1; i <= k; i++) r += Math.log(n - k + i) - Math.log(i);
    return r;
  }
}
