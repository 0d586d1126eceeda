package org.dateline.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The events an article speaks of by their day, and whether as past or as expected: "since the referendum on March
 * 8", "two months after the referendum on March 8" (past: the article comes after the event); "set to vote on
 * December 19", "ahead of the referendum on March 8", "by May 2" (expected: it comes before it). A day with no such
 * word before it in its sentence ("the March 8 referendum") says nothing of the order and is not read.
 *
 * <p>An event's year, when the text does not write it, is the one year in which its day falls near the dated
 * articles of the article's story ({@link #dayOf}): a story's articles speak of the story's events.
 */
public final class EventReferences {
  /** Whether the article comes after the event (it speaks of it as past) or before it (as expected). */
  public enum As { PAST, EXPECTED }

  /** One reference: the words from the cue to the day ({@code phrase}), the day's month-day, its year when written. */
  public record Reference(As as, String phrase, MonthDay monthDay, Integer year) {}

  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  /** "March 8", "8 March", with an optional year: "March 8, 2026". */
  private static final Pattern DAY = Pattern.compile(
      "(?i)\\b(?:" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ")\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?");
  /**
   * The words that order the article against the event, nearest the day first. Past: since, after, following.
   * Expected: set/scheduled/due/planned/slated/expected (for, to), by, before, ahead of, until, to hold, will.
   */
  private static final Pattern CUE = Pattern.compile(
      "(?i)\\b(since|after|following|set|scheduled|due|planned|slated|expected|by|before|ahead\\s+of|until|till|to\\s+hold|will)\\b");
  /** The cue lies at most this many words before the day, in the day's sentence. */
  private static final int CUE_WORDS = 8;
  /**
   * An event lies this many days at most from the story's dated articles: its day falls in one year only (a
   * story's span plus half a year either side is shorter than two years when the story is shorter than a year).
   */
  public static final int NEAR_STORY_DAYS = 183;

  private EventReferences() {}

  /** The references of {@code text} with a cue before them, in text order. */
  public static List<Reference> read(String text) {
    List<Reference> out = new ArrayList<>();
    if (text == null) return out;
    Matcher m = DAY.matcher(text);
    while (m.find()) {
      String month = m.group(1) != null ? m.group(1) : m.group(4);
      int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
      MonthDay md;
      try {
        md = MonthDay.of(month(month), day);
      } catch (DateTimeException e) {
        continue;
      }
      Integer year = m.group(5) == null ? null : Integer.valueOf(m.group(5));
      int from = sentenceStart(text, m.start());
      String before = text.substring(from, m.start());
      String[] words = before.trim().split("\\s+");
      int keep = Math.min(words.length, CUE_WORDS);
      String window = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - keep, words.length));
      Matcher c = CUE.matcher(window);
      String cue = null;
      int cueAt = -1;
      while (c.find()) {
        cue = c.group(1).toLowerCase(Locale.ROOT);
        cueAt = c.start();
      }
      if (cue == null) continue;
      As as = switch (cue) {
        case "since", "after", "following" -> As.PAST;
        default -> As.EXPECTED;
      };
      String phrase = (window.substring(cueAt) + " " + m.group()).replaceAll("[;()+\"“”]", "").replaceAll("\\s+", " ").trim();
      out.add(new Reference(as, phrase, md, year));
    }
    return out;
  }

  /**
   * The day of {@code ref}: its written year, else the one year in which it lies within {@link #NEAR_STORY_DAYS}
   * of the span of {@code dated} (the story's dated articles); when two years do, the one inside the span if only
   * one is; else null.
   */
  public static LocalDate dayOf(Reference ref, Collection<LocalDate> dated) {
    if (ref.year() != null) return ref.monthDay().isValidYear(ref.year()) ? ref.monthDay().atYear(ref.year()) : null;
    if (dated.isEmpty()) return null;
    LocalDate first = dated.stream().min(LocalDate::compareTo).orElseThrow(), last = dated.stream().max(LocalDate::compareTo).orElseThrow();
    LocalDate lo = first.minusDays(NEAR_STORY_DAYS), hi = last.plusDays(NEAR_STORY_DAYS);
    List<LocalDate> near = new ArrayList<>(), inside = new ArrayList<>();
    for (int y = lo.getYear(); y <= hi.getYear(); y++) {
      if (!ref.monthDay().isValidYear(y)) continue;
      LocalDate d = ref.monthDay().atYear(y);
      if (d.isBefore(lo) || d.isAfter(hi)) continue;
      near.add(d);
      if (!d.isBefore(first) && !d.isAfter(last)) inside.add(d);
    }
    if (near.size() == 1) return near.get(0);
    return inside.size() == 1 ? inside.get(0) : null;
  }

  private static int sentenceStart(String text, int at) {
    for (int i = at - 1; i > 0; i--) {
      char ch = text.charAt(i);
      if (ch == '\n') return i + 1;
      if ((ch == '.' || ch == '!' || ch == '?') && Character.isWhitespace(text.charAt(i + 1))) return i + 1;
    }
    return 0;
  }

  private static int month(String name) {
    String m = name.toLowerCase(Locale.ROOT).replace(".", "").substring(0, 3);
    return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(m) + 1;
  }
}
