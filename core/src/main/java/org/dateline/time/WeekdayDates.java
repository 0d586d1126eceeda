package org.dateline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.clean.CleanArticle;

/**
 * Month-days a story's text puts right beside a weekday ("first leg Wednesday, November 30", "on Monday (Nov. 28)",
 * "Nov. 28 (Monday)"): a calendar statement, not a reading of how news uses weekdays, so each pins its year to the
 * weekday's cycle (a November 30 that is a Wednesday is 2005 or 2011, never 2006). A story's own day lies within
 * {@link #REACH_DAYS} of the dates it gives that way; a reading of its year that puts some such date on another
 * weekday is ruled out. A month-day followed by a year ("Monday, Nov. 28, 2005") states its year and is left to the
 * year clues; one with another number after it ("Nov. 28 1-0") is a score or a list, not a date.
 */
final class WeekdayDates {
  /** How far from the story's own day a date it gives with its weekday may lie: a season's fixtures, a summit ahead. */
  static final int REACH_DAYS = 120;
  private static final String WEEKDAY = "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String DATE = "(?<month>" + Datelines.MONTH + ")\\.?\\s+(?<day>\\d{1,2})\\b(?![,.]?\\s*\\d)";
  private static final Pattern WEEKDAY_THEN_DATE = Pattern.compile("\\b" + WEEKDAY + "\\s*(?:,|\\()\\s*" + DATE);
  private static final Pattern DATE_THEN_WEEKDAY = Pattern.compile("\\b" + DATE + "\\s*(?:,|\\()\\s*" + WEEKDAY + "\\b");

  /** A month-day and the weekday the text gives it. */
  record Anchor(MonthDay monthDay, DayOfWeek weekday) {
    /** Whether, in a year putting it within {@link #REACH_DAYS} of {@code day}, this month-day falls on its weekday. */
    boolean near(LocalDate day) {
      for (int y = day.getYear() - 1; y <= day.getYear() + 1; y++) {
        if (!monthDay.isValidYear(y)) continue;
        LocalDate date = monthDay.atYear(y);
        if (Math.abs(date.toEpochDay() - day.toEpochDay()) <= REACH_DAYS) return date.getDayOfWeek() == weekday;
      }
      return false;
    }
  }

  private WeekdayDates() {}

  /**
   * The weekday-dates of the story after its dateline. A plain-text story is read whole from its dateline on:
   * cleaning drops short lines such as a fixture list's date headings ("Wednesday, November 30 (GMT)"), which the
   * story still gives; a page only in the body kept (a page's header or footer dates the visit, not the story).
   */
  static List<Anchor> of(CleanArticle article) {
    StoryHead head = StoryHead.of(article);
    if (head.dateline() == null) return List.of();
    String dateline = head.text().substring(head.dateline().span().start(), head.dateline().span().end());
    int at = article.visibleText() ? -1 : article.sourceText().indexOf(dateline);
    return at < 0 ? in(head.text().substring(head.dateline().span().end())) : in(article.sourceText().substring(at + dateline.length()));
  }

  /** The weekday-dates written in {@code text}, in the order found. */
  static List<Anchor> in(String text) {
    List<Anchor> out = new ArrayList<>();
    for (Pattern p : List.of(WEEKDAY_THEN_DATE, DATE_THEN_WEEKDAY)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        MonthDay md = Datelines.monthDay(m.group("month"), m.group("day"));
        if (md != null) out.add(new Anchor(md, DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT))));
      }
    }
    return out;
  }

  /** Whether every anchor falls on its weekday near {@code day}; true when there are none. */
  static boolean allow(List<Anchor> anchors, LocalDate day) {
    return anchors.stream().allMatch(a -> a.near(day));
  }
}
