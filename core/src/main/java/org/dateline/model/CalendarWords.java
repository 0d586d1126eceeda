package org.dateline.model;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The calendar's words as English news writes them, lower case, from {@code java.time}'s own names: one list for
 * every rule that must tell a date word from a name, a topic or an outlet.
 */
public final class CalendarWords {
  /** "january" to "december". */
  public static final Set<String> MONTHS = names(Month.values(), TextStyle.FULL);
  /** "jan" to "dec" (and "may", whole already) and "sept". */
  public static final Set<String> MONTH_ABBREVIATIONS = plus(names(Month.values(), TextStyle.SHORT), "sept");
  /** "monday" to "sunday". */
  public static final Set<String> WEEKDAYS = names(DayOfWeek.values(), TextStyle.FULL);
  /** Months, their abbreviations and weekdays. */
  public static final Set<String> ALL = plus(union(MONTHS, MONTH_ABBREVIATIONS), WEEKDAYS.toArray(String[]::new));

  private CalendarWords() {}

  /** {@code base} and {@code more}, as one unmodifiable set. */
  public static Set<String> plus(Set<String> base, String... more) {
    return union(base, Set.of(more));
  }

  /** Every word of the sets, as one unmodifiable set. */
  @SafeVarargs
  public static Set<String> union(Set<String>... sets) {
    Set<String> out = new HashSet<>();
    for (Set<String> s : sets) out.addAll(s);
    return Set.copyOf(out);
  }

  private static Set<String> names(java.time.temporal.TemporalAccessor[] values, TextStyle style) {
    return Arrays.stream(values).map(v -> switch (v) {
      case Month m -> m.getDisplayName(style, Locale.ENGLISH);
      case DayOfWeek d -> d.getDisplayName(style, Locale.ENGLISH);
      default -> throw new IllegalArgumentException(v.toString());
    }).map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }
}
