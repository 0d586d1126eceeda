package org.dateline.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates as pages write them. Machine values ({@code 2026-02-20T23:30:00-05:00}) give the calendar date written
 * before the time: that is the page's own local date, whatever its offset, so nothing is converted through UTC.
 */
public final class Dates {
  private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:$|[T\\s_]|[+-]\\d|Z)");
  private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:$|T)");
  private static final String MONTHS =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String WEEKDAY =
      "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
  /** "Tuesday, February 26, 2008", "Feb. 26, 2008", "26 February 2008", "Tue, 26 Feb 2008". */
  static final Pattern TEXT = Pattern.compile(
      // a scraper that drops the space between elements glues the date to a name or to its own copy:
      // "Ana RuizDecember 20, 2026", "Published On 9 Oct 20269 Oct 2026", and to its time: "Dec 22, 202610:30 AM"
      "(?:\\b|(?<=\\p{Ll}))" + WEEKDAY + "(?:" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
          + MONTHS + ",?\\s+(\\d{4}))(?:\\b|(?=\\d{1,2}\\s)|(?=\\d{1,2}:\\d\\d))",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$|\\.)|/((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?:/|-|$|\\.)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:/|-|_|\\.|$)");
  private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private Dates() {}

  /** The local date of a machine-readable date value, or null when it is not one. */
  public static LocalDate machine(String value) {
    if (value == null) return null;
    Matcher m = ISO.matcher(value);
    if (m.find()) return date(m.group(1), m.group(2), m.group(3));
    m = COMPACT.matcher(value);
    if (m.find()) return date(m.group(1), m.group(2), m.group(3));
    return text(value);
  }

  /** The first full written date in the text ("February 26, 2008"), or null. */
  public static LocalDate text(String s) {
    if (s == null) return null;
    Matcher m = TEXT.matcher(s);
    while (m.find()) {
      LocalDate d = m.group(1) != null ? date(m.group(3), month(m.group(1)), m.group(2))
          : date(m.group(6), month(m.group(5)), m.group(4));
      if (d != null) return d;
    }
    return null;
  }

  /**
   * A numeric date as a date line writes it ("12/22/2026", "9/8/2026 12:15 PM PT", "2026/12/22", "12-22-26"): year
   * first, or month first, as US sites write it, unless the first number cannot be a month; when both orders are
   * possible and give different days ("3/4/2026"), month first only where a US time zone follows ("9/8/2026 12:15 PM
   * PT"), else null, since a wrong exact date is worse than none. A two-digit year is this century's.
   */
  public static LocalDate numeric(String s) {
    if (s == null || s.indexOf('/') < 0 && s.indexOf('-') < 0) return null;
    // year first ("2026/12/20 at 8:39 AM"): only one order is written so
    Matcher y = YEAR_FIRST.matcher(s);
    if (y.find()) return date(y.group(1), y.group(2), y.group(3));
    Matcher m = NUMERIC.matcher(s);
    if (!m.find()) return null;
    String year = m.group(4).length() == 2 ? "20" + m.group(4) : m.group(4);
    int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3));
    if (a > 12) return date(year, m.group(3), m.group(1));
    if (b > 12 || a == b || US_ZONE.matcher(s).find(m.end())) return date(year, m.group(1), m.group(3));
    return null;
  }

  private static final Pattern YEAR_FIRST = Pattern.compile("(?<![\\d/])((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?![\\d/])");
  /** "12/22/2026", "12-22-2026", "12/22/26": the same separator twice, a year of four digits or two. */
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/-])(\\d{1,2})([/-])(\\d{1,2})\\2((?:19|20)\\d{2}|\\d{2})(?![\\d/-])");
  /** A US time zone after the date ("12:15 PM PT", "4:02 pm EST"): the date before it is written month first. */
  private static final Pattern US_ZONE = Pattern.compile("\\b(?:[ECMP][SD]?T|AK[SD]T|H[SD]T)\\b");

  /**
   * The date in a URL path (/2026/02/13/, /2026-02-13-slug, /20260213/), or null. After /2026/12/ a number that
   * starts the slug ("/16-new-officers") is a title's, not a day.
   */
  public static LocalDate url(String url) {
    if (url == null) return null;
    Matcher m = URL_DATE.matcher(url);
    while (m.find()) {
      LocalDate d = m.group(1) != null ? date(m.group(1), m.group(2), m.group(3))
          : m.group(4) != null ? date(m.group(4), m.group(5), m.group(6)) : date(m.group(7), m.group(8), m.group(9));
      if (d != null) return d;
    }
    return null;
  }

  private static String month(String name) {
    Integer n = MONTH_NUMBERS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    return n == null ? null : n.toString();
  }

  private static LocalDate date(String y, String mo, String d) {
    if (y == null || mo == null || d == null) return null;
    try {
      int year = Integer.parseInt(y);
      if (year < 1900 || year > 2100) return null;
      return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }
}
