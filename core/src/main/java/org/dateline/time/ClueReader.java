package org.dateline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date evidence of a body text: a full date stated for the dateline's day, the weekday the lead uses for
 * the day of publication, and the latest year the text speaks of as past.
 *
 * <p>Measured on agency copy: the weekday words of the lead paragraph name the publication day nine times in ten;
 * most misses are the day before ("left Libya Sunday" in a Monday story), evenings ("late Wednesday", "Sunday
 * night"), or the future ("will meet Friday", "Sunday's elections"). Those contexts are skipped, and a lead whose
 * remaining weekdays disagree gives none.
 */
public final class ClueReader {
  private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final Pattern NOT_SAME_DAY_BEFORE = Pattern.compile(
      "\\b(late|last|next|this|since|until|till|before|after|by|from|previous|coming|following|eve|through|to|and|or|between|every|each)\\s+(on\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_SAME_DAY_AFTER = Pattern.compile("^('s|’s|s\\b|\\s+(night|evening)\\b"
      + "|\\s+(and|or|through|to|till|until)\\s+(early\\b|late\\b|on\\b|\\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|-)");
  private static final Pattern FUTURE = Pattern.compile(
      "\\b(will|would|'ll|shall|to be|expected|set to|scheduled|due|resumes?|plans?|planned|is to|are to|to meet|to hold|to visit|to travel|hopes?|could|may|might)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SAID_ON = Pattern.compile(
      "\\b(said|says|told|announced|stated|reported|noted|added|stressed|urged|warned|here)\\b(\\s+[\\w'’-]+){0,2}?\\s+(on\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$");
  /** A verb of a clause told in the past: "said", "met", "condemned". */
  private static final String PAST_VERB = "(said|says|told|met|made|took|gave|won|lost|held|began|sent"
      + "|left|became|beat|hit|struck|rose|fell|paid|sought|set|put|cut|led|kept|brought|bought|sold|spoke|wrote|broke|chose"
      + "|drove|flew|fought|grew|threw|ran|saw|went|came|got|shot|quit|shut|bid|[a-z]{2,}ed)";
  /** A weekday followed by the verb of its clause ("Rice Monday condemned", "the cabinet on Tuesday approved"). */
  private static final Pattern THEN_VERB = Pattern.compile("^\\s+" + PAST_VERB + "\\b");
  /**
   * A weekday right after the verb of its clause, without "on" ("were acquitted Thursday", "condemned Monday the
   * attack"). Measured on agency leads whose weekday nothing else ties: 69 of 73 name the dateline's day, 1 the day
   * before; with "on" between ("concluded on Monday", "revealed on Sunday") 4 of 44 name the day before, so "on" is
   * left out.
   */
  private static final Pattern VERB_THEN = Pattern.compile("\\b" + PAST_VERB + "\\s+$");
  /** A market session's close just before a weekday ("closed 0.4 percent lower Thursday", "ended at 1,095.27 points on Friday"). */
  private static final Pattern CLOSE_BEFORE = Pattern.compile("\\b(?:closed|ended|finished)\\s+((?:[^.;]|\\.\\d){0,40})$");
  private static final Pattern MARKET_WORD = Pattern.compile(
      "\\b(higher|lower|up|down|flat|unchanged|at|points?|percent|mixed|firmer|weaker|stronger|high|low|record)\\b");
  /**
   * An agency's list of the day's stories: "stories due to be covered or pursued by Xinhua News Agency on Friday",
   * "the following are domestic news items released by Xinhua on Tuesday".
   */
  private static final Pattern SCHEDULE = Pattern.compile("\\b(?:covered|pursued|released|issued)\\s+by\\s+\\p{Lu}[\\w ]{0,30}?\\s+on\\s+$");
  /**
   * A weekday dating a publication ("figures released Friday", "a poll published on Thursday", "said in a report
   * Wednesday") or a morning ("Tuesday morning", "early on Monday"): agency copy files such a weekday on its own day
   * (measured: 52 of 54 publication weekdays and 30 of 30 mornings in leads name the dateline's day).
   */
  private static final Pattern PUBLISHED_BEFORE = Pattern.compile(
      "(?<!\\b(?:was|were|been|be)\\s)\\b(?:released|published|issued)\\s+(?:on\\s+)?$"
      + "|\\b(?:said|says|stated)\\s+in\\s+(?:a|an|its|his|her|their)\\s+(?:[\\w-]+\\s+)?(?:report|statement|interview|communique)\\s+(?:on\\s+)?$"
      + "|\\bearly\\s+(?:on\\s+)?$");
  /** A weekday's newspaper: "Thursday's Beijing News", "Saturday's The Post", "Monday's edition of the daily". */
  private static final Pattern NEWSPAPER_AFTER = Pattern.compile("^(?:'s|’s)\\s+(?:edition\\s+of\\s+)?(?:the\\s+|The\\s+)?"
      + "(?:\\p{Lu}[\\w.-]*\\s+){0,4}?(?:Daily|News|Times|Post|Herald|Journal|Tribune|Gazette|Observer|Telegraph|Guardian"
      + "|Courier|Chronicle|Standard|Zeitung|Shimbun|newspaper|daily|paper|edition)\\b");
  /**
   * A weekday the story treats as the moment it was filed: a clause of the same moment follows it ("told to stay
   * indoors Tuesday as the smog thickened", "were wounded Monday when a car exploded", "hit a patrol on Tuesday,
   * killing two"), or its sentence reports a killing or a blast ("a bomb exploded Friday", "two soldiers were killed
   * on Sunday"), news wires file the day it happens. Measured on agency leads whose weekday nothing else ties: 48 of
   * 49 with "as", "when" or "while" name the dateline's day (the miss is a "while", left out), 35 of 35 with a
   * participle after a comma ("according to" is left out: a source, not an event), 24 of 24 killings and blasts; a
   * death ("died ... on Sunday", a coach's in a Monday story) is not breaking news and is left out.
   */
  private static final Pattern SAME_MOMENT_AFTER = Pattern.compile("^\\s+(?:as|when)\\b|^\\s*,\\s+(?!according\\b)[a-z]{2,}ing\\b");
  private static final Pattern BREAKING = Pattern.compile("\\b(?:killed|killing|exploded|bomb|attack|wounded)\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * A market's day ("the yen sank to a record low Monday", "oil prices fell on Wednesday"): wires report a session the
   * day it trades. Measured on agency leads whose weekday nothing else ties: 90 of 90 name the dateline's day; the one
   * miss among openings ("Hong Kong shares opened lower Tuesday") is why an opening is left out.
   */
  private static final Pattern MARKET_DAY = Pattern.compile("\\b(?:shares?|stocks?|index|dollar|yen|euro|oil|prices?)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern OPENING = Pattern.compile("\\bopen(?:ed|ing)?\\b", Pattern.CASE_INSENSITIVE);
  private static final int SENTENCE_REACH = 200;
  private static final Pattern ACCORDING_TO = Pattern.compile("\\baccording\\s+to\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern FOR_BEFORE = Pattern.compile("\\bfor\\s+$");
  /** A month still to come: "in January 2027", "from March 1, 2027", "by early 2027", "in the first half of 2027". */
  private static final Pattern COMING_MONTH = Pattern.compile("\\b(?:in|by|from|on|before|until|starting|beginning)\\s+(?:(?<month>"
      + Datelines.MONTH + ")\\.?(?:\\s+\\d{1,2},?)?|(?<part>early|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+first\\s+half\\s+of"
      + "|the\\s+first\\s+quarter\\s+of))\\s+(?<year>(?:19|20)\\d\\d)\\b(?![-–/]\\d)");
  static final Pattern COMING = Pattern.compile(
      "\\b(?:will|shall|'ll|is\\s+to|are\\s+to|to\\s+be|plans?\\s+to|expected\\s+to|scheduled\\s+to|set\\s+to)\\b",
      Pattern.CASE_INSENSITIVE);
  static final int COMING_REACH = 40;
  static final Pattern NOT_COMING = Pattern.compile("\\b(?:was|were|had|has\\s+been|have\\s+been|did|ago|since|said|says|told|last)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MORNING_AFTER = Pattern.compile("^\\s+morning\\b");
  /** An evening of a weekday: "late Wednesday", "late on Wednesday", "Wednesday night", "Wednesday evening". */
  private static final Pattern LATE_BEFORE = Pattern.compile("\\blate\\s+(on\\s+)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NIGHT_AFTER = Pattern.compile("^\\s+(night|evening)\\b");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d$.,/\\-])((?:19|20)\\d\\d)(?![\\d%/])");
  /** A preposition of time before a year, with a month ("in July 2015") or a first year ("in 2008 and 2012") between. */
  private static final Pattern PAST_BEFORE_YEAR = Pattern.compile(
      "\\b(since|in|during|late|early|mid-?|of|from)\\s+(?:" + Datelines.MONTH + "\\.?\\s+|(?:19|20)\\d\\d\\s+(?:and|or)\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  /** "since 2019" starts in the past whatever the verb ("in force since 2019"). */
  private static final Pattern SINCE = Pattern.compile("\\bsince\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPAN_AHEAD = Pattern.compile("^\\s*(to|-|–|and|through)\\s*('?\\d)");
  private static final Pattern FRONTED = Pattern.compile("(?i)(in|since|during|by|on|from|of|late|early)\\s+(" + Datelines.MONTH
      + "\\.?\\s+(\\d{1,2},\\s+)?)?(19|20)\\d\\d");
  /** "to" before a verb; "to the gulf", "to its rivals" are places and people, not plans. */
  private static final Pattern INFINITIVE = Pattern.compile(
      "\\bto\\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|all)\\b)[a-z]+",
      Pattern.CASE_INSENSITIVE);
  static final Pattern FUTURE_IN_CLAUSE = Pattern.compile(
      "\\b(will|would|'ll|shall|plans?|planned|planning|expected|expects|aims?|aimed|targets?|to be|next|by|until|till|before|scheduled|set to|forecasts?|predictions?|projected|could|should|may|might|hopes?|intends?|seeks?|wants?|going to|upcoming|must|need|needs|estimated|estimates|budget|forecast|yet|probably|likely)\\b",
      Pattern.CASE_INSENSITIVE);
  static final Pattern PAST_IN_CLAUSE = Pattern.compile("\\b(was|were|had|did|ago|last|[a-z]{3,}ed|made|went|wrote|won|lost"
      + "|took|gave|told|came|became|began|found|left|met|paid|ran|saw|sent|spent|stood|thought|knew|held|led|got|brought"
      + "|bought|built|fought|grew|rose|fell|broke|chose|drove|flew|kept|sold|spoke|struck|taught|threw)\\b");
  private static final Pattern DATE_LINE = Pattern.compile("(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?("
      + Datelines.MONTH + ")\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d\\d(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,5})?)?");
  private static final Pattern FULL_DATE = Pattern.compile("\\b(" + Datelines.MONTH
      + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s+((?:19|20)\\d\\d)\\b");

  private ClueReader() {}

  /**
   * A weekday word used for a day in the past or today; whether it went with a verb of saying ("said Friday"); and
   * whether it is tied to the report's own news: the verb of its clause follows it directly ("Rice Monday
   * condemned", "the cabinet on Tuesday approved"), it ends a market session's close ("shares closed lower
   * Thursday"), or it dates an agency's list of the day's stories ("to be covered by the agency on Friday").
   */
  public record Mention(DayOfWeek day, boolean said, boolean tied) {}

  /** The weekday the lead uses for the publication day, when its weekdays agree; else empty. */
  public static Set<DayOfWeek> leadWeekdays(String lead) {
    EnumSet<DayOfWeek> found = EnumSet.noneOf(DayOfWeek.class);
    for (Mention m : mentions(lead)) found.add(m.day());
    return found.size() == 1 ? found : Set.of();
  }

  /**
   * Weekday words that can name the day of publication: not evenings ("late Wednesday", "Sunday night"), not
   * spans ("Monday to Wednesday"), not possessives of coming events ("Sunday's elections"), not in a clause about
   * the future ("will meet Friday").
   */
  public static List<Mention> mentions(String text) {
    List<Mention> out = new ArrayList<>();
    Matcher m = WEEKDAY.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 25), m.start());
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
      boolean accordingTo = ACCORDING_TO.matcher(before).find();
      if (!accordingTo && NOT_SAME_DAY_BEFORE.matcher(before).find()) continue;
      // "according to Thursday's Valdor Courier": the day's paper, quoted the day it came out (7 of 7 in agency
      // copy); "a poll for Thursday's Times" is tomorrow's
      if (NEWSPAPER_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60))).find()
          && !FOR_BEFORE.matcher(before).find() && !FUTURE.matcher(clauseBefore(text, m.start(), 60)).find()) {
        out.add(new Mention(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)), false, true));
        continue;
      }
      if (accordingTo) continue;
      if (NOT_SAME_DAY_AFTER.matcher(after).find()) continue;
      // a day's list of stories "due to be covered" names its own day (9 of 9 in agency copy), future words or not
      if (SCHEDULE.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find()) {
        out.add(new Mention(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)), false, true));
        continue;
      }
      if (FUTURE.matcher(clauseBefore(text, m.start(), 60)).find()) continue;
      boolean said = SAID_ON.matcher(text.substring(Math.max(0, m.start() - 40), m.end())).find();
      boolean tied = THEN_VERB.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 25))).find();
      Matcher close = CLOSE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 70), m.start()));
      if (!tied && close.find() && MARKET_WORD.matcher(close.group(1)).find()) tied = true;
      if (!tied && (PUBLISHED_BEFORE.matcher(text.substring(Math.max(0, m.start() - 50), m.start())).find()
          || MORNING_AFTER.matcher(after).find())) tied = true;
      // a sentence ties its first weekday only ("stocks eased Wednesday after highs on Tuesday", "pictures shown on
      // Friday, before the anniversary of his death on Saturday, showing ...")
      String sentence = sentenceBefore(text, m.start());
      boolean firstInSentence = !WEEKDAY.matcher(sentence).find();
      if (!tied && firstInSentence && (VERB_THEN.matcher(text.substring(Math.max(0, m.start() - 25), m.start())).find()
          || SAME_MOMENT_AFTER.matcher(after).find() || BREAKING.matcher(sentence).find()
          || (MARKET_DAY.matcher(sentence).find() && !OPENING.matcher(sentence).find()))) tied = true;
      out.add(new Mention(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)), said, tied));
    }
    return out;
  }

  /**
   * Weekdays named as evenings ("late Wednesday", "Wednesday night"), outside clauses about the future. Measured on
   * agency copy: in a lead such an evening is the day of publication or the day before (28 and 12 of 40), never
   * another day; so it says the day is one of two, not which.
   */
  public static List<DayOfWeek> evenings(String text) {
    List<DayOfWeek> out = new ArrayList<>();
    Matcher m = WEEKDAY.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 25), m.start());
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
      if (!LATE_BEFORE.matcher(before).find() && !NIGHT_AFTER.matcher(after).find()) continue;
      if (FUTURE.matcher(clauseBefore(text, m.start(), 60)).find()) continue;
      out.add(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
    }
    return out;
  }

  /**
   * The latest year the text speaks of as past ("since 1999", "in late 2004 ... was"), a lower bound on the year of
   * publication; null when none. A year counts only after a preposition of time, in a clause with a past verb (or
   * after "since") and no word of the future or of plans.
   */
  public static Integer pastYear(String text) {
    Integer best = null;
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 25), m.start());
      if (!PAST_BEFORE_YEAR.matcher(before).find()) continue;
      String clause = clauseWithVerb(text, m.start(), m.end());
      int at = clause.indexOf(m.group(1));
      String lead = clause.substring(0, at), tail = clause.substring(at + 4);
      // "from 2006 to 2010", "2007-13": a span reaching ahead
      if (SPAN_AHEAD.matcher(tail).find()) continue;
      // an infinitive before the year points ahead ("plans to open in 2030"); after it, it need not ("stalled in
      // late 2024 over how to measure the flow")
      if (FUTURE_IN_CLAUSE.matcher(lead).find() || INFINITIVE.matcher(lead).find() || FUTURE_IN_CLAUSE.matcher(tail).find())
        continue;
      boolean since = SINCE.matcher(before).find();
      if (!(since || PAST_IN_CLAUSE.matcher(clause).find())) continue;
      int y = Integer.parseInt(m.group(1));
      if (best == null || y > best) best = y;
    }
    return best;
  }

  /**
   * The last day the text can have been written on, from a month it speaks of as still to come ("the race is to be
   * held in January 2027", "will begin on March 1, 2027", "by early 2027": before the end of June); null when none. The
   * clause must put a word of the future before the month and hold no past ("was to be held in May 2019", "said").
   */
  public static LocalDate futureBound(String text) {
    LocalDate best = null;
    Matcher m = COMING_MONTH.matcher(text);
    while (m.find()) {
      String clause = clause(text, m.start(), m.end());
      int at = clause.indexOf(m.group());
      // the word of the future governs the month only close before it ("is to be held in", "will begin to implement in")
      if (at < 0 || !COMING.matcher(clause.substring(Math.max(0, at - COMING_REACH), at)).find() || NOT_COMING.matcher(clause).find())
        continue;
      int year = Integer.parseInt(m.group("year"));
      int month = m.group("month") != null ? Datelines.month(m.group("month")).getValue()
          : m.group("part").toLowerCase(Locale.ROOT).startsWith("early") || m.group("part").contains("half") ? 6 : 3;
      LocalDate last = YearMonth.of(year, month).atEndOfMonth();
      if (best == null || last.isBefore(best)) best = last;
    }
    return best;
  }

  /**
   * The latest full date ("September 27, 2016") the text gives to something past, in a clause with a past verb and
   * no word of the future: the article cannot be older. Null when none.
   */
  public static LocalDate pastDate(String text) {
    LocalDate best = null;
    Matcher m = FULL_DATE.matcher(text);
    while (m.find()) {
      MonthDay md = Datelines.monthDay(m.group(1), m.group(2));
      int year = Integer.parseInt(m.group(3));
      if (md == null || !md.isValidYear(year)) continue;
      String clause = clauseWithVerb(text, m.start(), m.end());
      if (FUTURE_IN_CLAUSE.matcher(clause).find() || !PAST_IN_CLAUSE.matcher(clause).find()) continue;
      LocalDate d = md.atYear(year);
      if (best == null || d.isAfter(best)) best = d;
    }
    return best;
  }

  /**
   * The date of a line that is nothing but a date, as pages print above the story ("Tuesday, February 10, 2026",
   * "March 2, 2026 09:15"); null for any other line or when its weekday is not that date's.
   */
  public static LocalDate dateLine(String line) {
    Matcher m = DATE_LINE.matcher(line.strip());
    if (!m.matches()) return null;
    MonthDay md = Datelines.monthDay(m.group(2), m.group(3));
    int year = Integer.parseInt(m.group(4));
    if (md == null || !md.isValidYear(year)) return null;
    LocalDate d = md.atYear(year);
    if (m.group(1) != null && d.getDayOfWeek() != DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT))) return null;
    return d;
  }

  /** A full date in the text ("Nov. 28, 2005") on the given month-day, or null: it states the dateline's year. */
  public static LocalDate statedFor(String text, MonthDay monthDay) {
    Matcher m = FULL_DATE.matcher(text);
    LocalDate found = null;
    while (m.find()) {
      MonthDay md = Datelines.monthDay(m.group(1), m.group(2));
      if (md == null || !md.equals(monthDay)) continue;
      int year = Integer.parseInt(m.group(3));
      if (!md.isValidYear(year)) continue;
      LocalDate d = md.atYear(year);
      if (found != null && !found.equals(d)) return null; // two years for the same day: neither is evidence
      found = d;
    }
    return found;
  }

  /**
   * The clause around [start, end), or the sentence when the clause has no verb of its own ("In 2012, turnout
   * fell"): a fronted phrase of time belongs to the clause after its comma.
   */
  static String clauseWithVerb(String text, int start, int end) {
    String clause = clause(text, start, end);
    if (PAST_IN_CLAUSE.matcher(clause).find() || FUTURE_IN_CLAUSE.matcher(clause).find()) return clause;
    int s = start;
    while (s > 0 && !sentenceBreak(text, s - 1)) s--;
    // only a bare phrase of time that opens its sentence is fronted ("In 2012, turnout fell"); "barrels a day in
    // 2006, the agency said" and "the favourite for the nomination in 2020, he said" are not
    String phrase = text.substring(s, end).strip();
    if (!FRONTED.matcher(phrase).matches() || end >= text.length() || text.charAt(end) != ',') return clause;
    int e = end;
    while (e < text.length() && !sentenceBreak(text, e)) e++;
    return text.substring(s, e);
  }

  static boolean sentenceBreak(String text, int i) {
    char c = text.charAt(i);
    return c == ';' || c == '\n' || (c == '.' && clauseBreak(text, i));
  }

  /** The clause around [start, end): back to the last ; . or line break (or comma not inside a date), forward likewise. */
  static String clause(String text, int start, int end) {
    return around(text, start, end, ClueReader::clauseBreak);
  }

  /** The text around [start, end): back to just after the last break, forward to just before the next. */
  static String around(String text, int start, int end, java.util.function.BiPredicate<String, Integer> breaks) {
    int s = start;
    while (s > 0 && !breaks.test(text, s - 1)) s--;
    int e = end;
    while (e < text.length() && !breaks.test(text, e)) e++;
    return text.substring(s, e);
  }

  private static boolean clauseBreak(String text, int i) {
    char c = text.charAt(i);
    if (c == ';' || c == '\n') return true;
    if (c == '.') return !(i >= 3 && Character.isLetter(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i - 3)) && i + 2 < text.length() && Character.isDigit(text.charAt(i + 2)));
    // "Nov. 28, 2005" and "April 27, 1978": a comma between a day and a year does not end the clause
    return c == ',' && !(i > 0 && Character.isDigit(text.charAt(i - 1)) && i + 2 < text.length() && Character.isDigit(text.charAt(i + 2)));
  }

  /**
   * The sentence up to {@code at}: back to the last ; or line break or a full stop after a word, at most {@link
   * #SENTENCE_REACH} characters ("rose 4.8 points, or 0.9 percent, to close at 5,110.03 on Monday" is one sentence).
   */
  private static String sentenceBefore(String text, int at) {
    int s = at;
    while (s > 0 && at - s < SENTENCE_REACH && !endsSentence(text, s - 1)) s--;
    return text.substring(s, at);
  }

  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    if (c == ';' || c == '\n') return true;
    return c == '.' && i > 0 && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
        && (Character.isLowerCase(text.charAt(i - 1)) || ")\"'".indexOf(text.charAt(i - 1)) >= 0);
  }

  private static String clauseBefore(String text, int at, int max) {
    int s = at;
    while (s > 0 && at - s < max && ",;.\n".indexOf(text.charAt(s - 1)) < 0) s--;
    return text.substring(s, at);
  }
}
