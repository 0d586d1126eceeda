package org.dateline.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.BodyText;
import org.dateline.model.Published;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;
import org.dateline.nlp.Parsed;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Timex;
import org.dateline.nlp.Token;
import org.dateline.quote.Attribution;

/**
 * Temporal expressions of the body mapped to the source, and the date each statement was made.
 *
 * <p>SUTime resolves an expression without a year against the document date as if it were near it in either
 * direction: "July" in a March story becomes the coming July, "Monday" may become the next Monday. In a sentence
 * told in the past tense such a value after the publication date is moved back by its period (a week for a
 * weekday, a year for a month or month-day); in one that points ahead ("set for", "until") a value before it is
 * moved forward.
 */
public class TimeTagger {
  private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern HAS_YEAR = Pattern.compile("\\b(1[89]|20)\\d\\d\\b|'\\d\\d\\b");
  private static final Pattern MONTH_NAME = Pattern.compile(
      "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\\b\\.?");
  private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");
  private static final Pattern POINTS_AHEAD = Pattern.compile(
      "(?i)\\b(set|scheduled|due|planned|slated|expected|postponed|delayed|moved|pushed|deadline|until|till|by|before|next|coming)\\b|\\bfor\\s+$");
  /** A statement's time expression must lie this close to its cue (in characters) to govern it. */
  private static final int NEAR_CUE = 80;

  /** Every expression of the body with its source span and its value, corrected for tense when SUTime overshoots. */
  public List<TimeExpression> times(Parsed parsed, BodyText body, Published published) {
    LocalDate anchor = published.date();
    List<TimeExpression> out = new ArrayList<>();
    for (Timex t : parsed.timexes()) out.add(new TimeExpression(t.text(), body.toSource(t.span()), corrected(t, parsed, anchor)));
    return out;
  }

  /** As {@link #times(Parsed, BodyText, Published)} with no publication date: values as SUTime gave them. */
  public List<TimeExpression> times(Parsed parsed, BodyText body) {
    return times(parsed, body, Published.unknown());
  }

  /**
   * The day a statement was made: the date expression nearest its cue in the cue's sentence ("said on Monday",
   * "told lawmakers on Wednesday"), not inside what was said and not after the publication date (a future
   * reference, "set for December 19", dates the content, not the saying); else the publication date when that is
   * one day; else null. Without an exact publication date only an expression that names its year counts, since
   * SUTime then had no document date to resolve "Monday" against.
   */
  public LocalDate dateOf(Attribution attribution, Parsed parsed, Published published) {
    Span cue = attribution.cue();
    if (cue == null) return published.date();
    Sentence sentence = sentenceOf(parsed, cue.start());
    LocalDate best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Timex t : parsed.timexes()) {
      if (sentence == null || t.sentence() != sentence.index()) continue;
      if (!"DATE".equals(t.type())) continue;
      if (attribution.content().stream().anyMatch(c -> c.overlaps(t.span()))) continue;
      int distance = t.span().start() >= cue.end() ? t.span().start() - cue.end() : cue.start() - t.span().end();
      if (distance < 0) distance = 0;
      if (distance > NEAR_CUE || distance >= bestDistance) continue;
      boolean absolute = HAS_YEAR.matcher(t.text()).find();
      if (published.date() == null && !absolute) continue;
      LocalDate day = day(corrected(t, parsed, published.date()));
      if (day == null) continue;
      if (published.latest() != null && day.isAfter(published.latest())) continue;
      best = day;
      bestDistance = distance;
    }
    return best != null ? best : published.date();
  }

  /**
   * SUTime's value for an expression that names no year, moved by its period when it contradicts the sentence: back
   * when it lies after {@code anchor} in a past-tense sentence, forward when it lies before {@code anchor} but the
   * sentence points ahead of it ("was set for December 19", "until Friday").
   */
  static String corrected(Timex t, Parsed parsed, LocalDate anchor) {
    String value = t.value();
    if (anchor == null || value == null || HAS_YEAR.matcher(t.text()).find()) return value;
    Sentence s = t.sentence() >= 0 && t.sentence() < parsed.sentences().size() ? parsed.sentences().get(t.sentence()) : null;
    if (s == null) return value;
    String before = parsed.text().substring(s.span().start(), Math.max(s.span().start(), t.span().start()));
    boolean ahead = POINTS_AHEAD.matcher(before).find();
    boolean past = !ahead && pastTense(s);
    if (!ahead && !past) return value;
    boolean weekday = WEEKDAY.matcher(t.text()).find();
    // only a weekday or a month name has a period to move by; "evening" or "the day" keep SUTime's reading
    if (!weekday && !MONTH_NAME.matcher(t.text()).find()) return value;
    LocalDate day = day(value);
    // "the March 8 referendum": a day naming an event is the event's, whatever the tense of the sentence around it
    // (a January article "was quiet ... the campaign for the March 8 referendum"): the reading nearest the article
    if (day != null && namesEvent(t, s)) return nearest(day, anchor, weekday) + value.substring(10);
    if (day != null) {
      if (past && day.isAfter(anchor)) return (weekday ? day.minusWeeks(1) : day.minusYears(1)) + value.substring(10);
      if (ahead && day.isBefore(anchor)) return (weekday ? day.plusWeeks(1) : day.plusYears(1)) + value.substring(10);
      return value;
    }
    Matcher m = MONTH_VALUE.matcher(value);
    if (m.find()) {
      int year = Integer.parseInt(m.group(1)), month = Integer.parseInt(m.group(2));
      int cmp = Integer.compare(year * 12 + month, anchor.getYear() * 12 + anchor.getMonthValue());
      if (past && cmp > 0) return "%04d-%02d".formatted(year - 1, month);
      if (ahead && cmp < 0) return "%04d-%02d".formatted(year + 1, month);
    }
    return value;
  }

  /**
   * Whether the expression is a determiner's modifier of a common noun ("the March 8 referendum", "its Monday
   * session"): it names an event rather than saying when the sentence's verb happened.
   */
  private static boolean namesEvent(Timex t, Sentence s) {
    Token before = null, after = null;
    for (Token tok : s.tokens()) {
      if (tok.span().end() <= t.span().start()) before = tok;
      else if (tok.span().start() >= t.span().end()) {
        after = tok;
        break;
      }
    }
    return before != null && after != null && before.tag() != null && after.tag() != null
        && (before.tag().equals("DT") || before.tag().equals("PRP$") || before.tag().equals("POS"))
        && (after.tag().equals("NN") || after.tag().equals("NNS"));
  }

  /** The reading of {@code day} (moved by years, or by weeks for a weekday) nearest {@code anchor}. */
  private static LocalDate nearest(LocalDate day, LocalDate anchor, boolean weekday) {
    LocalDate best = day;
    for (int k = -1; k <= 1; k += 2) {
      LocalDate other = weekday ? day.plusWeeks(k) : day.plusYears(k);
      if (Math.abs(other.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay())) best = other;
    }
    return best;
  }

  /** A past-tense sentence: a past-tense verb and no modal of the future. */
  private static boolean pastTense(Sentence s) {
    boolean past = false;
    for (Token tok : s.tokens()) {
      if ("VBD".equals(tok.tag())) past = true;
      if ("MD".equals(tok.tag()) && tok.word().toLowerCase(Locale.ROOT).matches("will|'ll|shall|wo")) return false;
    }
    return past;
  }

  static LocalDate day(String value) {
    if (value == null) return null;
    Matcher d = DAY_VALUE.matcher(value);
    if (!d.find()) return null;
    try {
      return LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Sentence sentenceOf(Parsed parsed, int offset) {
    for (Sentence s : parsed.sentences()) if (s.span().start() <= offset && offset < s.span().end()) return s;
    return null;
  }
}
