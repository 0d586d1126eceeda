package org.dateline.time;

import java.time.DateTimeException;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Span;

/**
 * Finds the dateline opening an agency story: "MADRID, April 18 (AFP) --", "SEOUL. Nov. 28 (Xinhua) --",
 * "BOSTON, Massachusetts, Dec 11 --", "KORVEN, February 13, 2026 (Meridian Wire) --", "HARBIN, Nov. 22, (Tidewire)
 * --" (a stray comma before the agency) and the dateless
 * "CITY (Agency) --". Only the start of a paragraph can hold one.
 */
public final class Datelines {
  /** A dateline found: place, month-day and year when written, the agency in brackets, where it lies. */
  public record Found(String place, MonthDay monthDay, Integer year, String agency, Span span) {}

  static final String MONTH = "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?"
      + "|Aug(?:ust|\\.)?|Sep(?:tember|t\\.|\\.|t)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
  private static final String PLACE = "[A-Z][A-Z.'’\\-]*(?:\\s+[A-Z][A-Z.'’\\-]*)*(?:,\\s+[A-Z][A-Za-z.'’\\-]*(?:\\s+[A-Z][A-Za-z.'’\\-]*)*){0,2}";
  private static final String DASH = "(?:--|–|—|-|:)";
  private static final Pattern DATED = Pattern.compile("^(?<place>" + PLACE + ")[,.]?\\s+(?<month>" + MONTH
      + ")\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>(?:19|20)\\d\\d))?,?\\s*(?:\\((?<agency>[^()\\n]{1,40})\\)\\s*)?"
      + DASH);
  private static final Pattern DATELESS = Pattern.compile("^(?<place>" + PLACE + ")\\s*\\((?<agency>[^()\\n]{1,40})\\)\\s*" + DASH);
  private static final Map<String, Month> MONTHS = Map.ofEntries(Map.entry("jan", Month.JANUARY),
      Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH), Map.entry("apr", Month.APRIL),
      Map.entry("may", Month.MAY), Map.entry("jun", Month.JUNE), Map.entry("jul", Month.JULY),
      Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER), Map.entry("oct", Month.OCTOBER),
      Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));

  private Datelines() {}

  /** The dateline at {@code start} of {@code text}, or null. The span is into {@code text}. */
  public static Found at(String text, int start) {
    int end = Math.min(text.length(), start + 200);
    CharSequence head = text.subSequence(start, end);
    Matcher m = DATED.matcher(head);
    if (m.find()) {
      MonthDay md = monthDay(m.group("month"), m.group("day"));
      if (md != null) {
        Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
        if (year != null && !md.isValidYear(year)) year = null;
        return new Found(m.group("place").strip(), md, year, m.group("agency"), new Span(start, start + m.end()));
      }
    }
    m = DATELESS.matcher(head);
    if (m.find()) return new Found(m.group("place").strip(), null, null, m.group("agency"), new Span(start, start + m.end()));
    return null;
  }

  /** A month name or abbreviation and a day number as a month-day, or null when no such day exists. */
  static MonthDay monthDay(String month, String day) {
    Month mo = month(month);
    if (mo == null) return null;
    try {
      return MonthDay.of(mo, Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  static Month month(String name) {
    if (name.length() < 3) return null;
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }
}
