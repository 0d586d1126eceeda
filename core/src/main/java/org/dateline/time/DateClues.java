package org.dateline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the text says about its own date when no full date is stated: the dateline's month and day, the weekday the
 * story uses for that same day (empty when none, or when its weekdays disagree; two days in a row when the story
 * names only an evening, "late Monday", which is the day itself or the day before), and bounds on the year from
 * years spoken of as past ({@code minYear}) and from the fetch date or the clock ({@code maxYear}). Null fields are
 * unknown. {@code firmWeekday}: the weekday went with a verb of saying ("said Friday") or its clause's verb follows
 * it ("Rice Monday condemned"), which agency copy almost never uses for the day before; other uses ("the fire on
 * Monday") name the day before about one time in twenty.
 */
public record DateClues(MonthDay monthDay, Set<DayOfWeek> weekdays, boolean firmWeekday, Integer minYear, Integer maxYear) {
  public DateClues {
    weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
    if (minYear != null && maxYear != null && minYear > maxYear)
      throw new IllegalArgumentException("year bounds [%d, %d] are empty".formatted(minYear, maxYear));
  }

  public static DateClues none() {
    return new DateClues(null, Set.of(), false, null, null);
  }

  /** Whether the month-day and one weekday are both known, so that a year can be tested against them. */
  public boolean testable() {
    return monthDay != null && weekdays.size() == 1;
  }

  /** Whether the month-day and a weekday (or an evening's pair of days) are known. */
  public boolean dated() {
    return monthDay != null && !weekdays.isEmpty();
  }

  /**
   * The weekdays the day of publication may fall on: the stated ones and, for a lone weekday that is not firm, the
   * day after it (news often names the day before: "the fire that raged on Monday" in a Tuesday story).
   */
  public Set<DayOfWeek> possibleDays() {
    if (firmWeekday || weekdays.size() != 1) return weekdays;
    DayOfWeek day = weekdays.iterator().next();
    return Set.of(day, day.plus(1));
  }

  /** These clues with the publication day read as the day after each stated weekday (a firm one too). */
  public DateClues dayAfter() {
    return shifted(1);
  }

  /**
   * These clues with the publication day read as the day before each stated weekday: a dateline dated by the
   * agency's clock while the lead names the local day, already the next ("MANILA, Dec 5 -- ... said Wednesday").
   */
  public DateClues dayBefore() {
    return shifted(-1);
  }

  /** These clues with each stated weekday moved by {@code days}, read as firm. */
  private DateClues shifted(int days) {
    Set<DayOfWeek> moved = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek w : weekdays) moved.add(w.plus(days));
    return new DateClues(monthDay, moved, true, minYear, maxYear);
  }

  /** Whether {@code year} fits the bounds and puts the month-day on one of the {@link #possibleDays()}. */
  public boolean fitsPossibly(int year) {
    return dated() && new DateClues(monthDay, possibleDays(), true, minYear, maxYear).fits(year);
  }

  /** Whether {@code year} agrees with every clue: inside the year bounds, the month-day exists and falls on the weekday. */
  public boolean fits(int year) {
    if (minYear != null && year < minYear) return false;
    if (maxYear != null && year > maxYear) return false;
    if (monthDay == null) return true;
    if (!monthDay.isValidYear(year)) return false;
    return weekdays.isEmpty() || weekdays.contains(monthDay.atYear(year).getDayOfWeek());
  }

  /** The years in {@code [from, to]} that fit every clue, ascending. */
  public List<Integer> years(int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int y = Math.max(from, minYear == null ? from : minYear); y <= Math.min(to, maxYear == null ? to : maxYear); y++)
      if (fits(y)) out.add(y);
    return out;
  }

  /** The day in {@code year} these clues name; only meaningful when the month-day is known and the year fits. */
  public LocalDate on(int year) {
    return monthDay.atYear(year);
  }
}
