package org.dateline.time;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.dateline.clean.CleanArticle;
import org.dateline.model.Span;

/**
 * The weekday a story without one of its own names with a verb of saying or of its clause ("the minister said on
 * Tuesday", "the bridge was reopened Tuesday"), anywhere after the dateline, when those agree and no later day of the
 * same week is named as past: too weak to narrow the article's own range, enough to choose between two of the run's
 * years a day apart. Measured on the wire stories left without a weekday: on the train half 16 name the dateline's
 * day, 5 the day before, 2 the day after; on the other 13, 3, none (without the later-day check 5 more there named
 * two days before, one of them dated wrongly). So such a weekday is read as the day itself or the day before, and
 * only the run's years may be chosen with it (a range of its own would miss the day after).
 */
final class LaterWeekday {
  private LaterWeekday() {}

  /** The one weekday the story's said or tied weekdays agree on, or null (none, or they disagree). */
  static DayOfWeek of(CleanArticle article) {
    StoryHead head = StoryHead.of(article);
    if (head.dateline() == null) return null;
    String text = head.text();
    List<Span> paragraphs = head.paragraphs();
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class), named = EnumSet.noneOf(DayOfWeek.class);
    for (int i = head.lead(); i < paragraphs.size(); i++) {
      int from = i == head.lead() ? head.dateline().span().end() : paragraphs.get(i).start();
      for (ClueReader.Mention m : ClueReader.mentions(text.substring(from, paragraphs.get(i).end()))) {
        named.add(m.day());
        if (m.said() || m.tied()) days.add(m.day());
      }
    }
    if (days.size() != 1) return null;
    DayOfWeek day = days.iterator().next();
    // a later day of the same week named as past shows this one was before the story's day (as in the lead)
    return named.contains(day.plus(1)) || named.contains(day.plus(2)) ? null : day;
  }

  /**
   * The one year of {@code years} inside the run ({@code inRun}) where the clues' month-day falls on {@code day} or the
   * day after it, within the clues' year bounds; null when none or several.
   */
  static Integer year(DateClues clues, DayOfWeek day, Set<Integer> years, IntPredicate inRun) {
    DateClues hinted = new DateClues(clues.monthDay(), Set.of(day), false, clues.minYear(), clues.maxYear());
    List<Integer> fit = years.stream().filter(y -> hinted.fitsPossibly(y) && inRun.test(y)).toList();
    return fit.size() == 1 ? fit.get(0) : null;
  }
}
