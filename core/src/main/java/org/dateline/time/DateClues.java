package org.dateline.time;

import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.Set;

/**
 * What the text says about its own date when no full date is stated: the dateline's month and day, weekdays used
 * for that same day, and bounds on the year from years mentioned as past or future. Null fields are unknown.
 */
public record DateClues(MonthDay monthDay, Set<DayOfWeek> weekdays, Integer minYear, Integer maxYear) {
  public DateClues {
    weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
  }

  public static DateClues none() {
    return new DateClues(null, Set.of(), null, null);
  }
}
