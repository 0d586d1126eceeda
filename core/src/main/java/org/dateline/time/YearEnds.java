package org.dateline.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounds from whole years the text speaks of: a year's end spoken of as past ("By the end of 2005, China had 800
 * firms abroad") puts the article in a later year; a bare year spoken of as still to come ("will top 500,000 in
 * 2005", "is to be finished by 2008") puts it no later than that year. {@link ClueReader#pastYear} and
 * {@link ClueReader#futureBound} read the other forms (a year in a past clause, a month still to come).
 */
final class YearEnds {
  /** "by the end of 2005", "at the end of 2005", "as of end-2005", "at end 2005". */
  private static final Pattern END_OF = Pattern.compile(
      "\\b(?:by|at|as\\s+of|until|till)\\s+(?:the\\s+)?end(?:\\s+of|-|\\s+)\\s*((?:19|20)\\d\\d)\\b(?![-–/]\\d)", Pattern.CASE_INSENSITIVE);
  /** A bare year after a preposition: "in 2005", "by 2008", "during 2006" (no month: those are futureBound's). */
  private static final Pattern BARE_YEAR = Pattern.compile("\\b(?:in|by|during|for|before|until)\\s+((?:19|20)\\d\\d)\\b(?![-–/]\\d)");

  /**
   * Words that put a bare year ahead: a modal or a schedule, not a bare infinitive ("tried in vain to be a founding
   * member in 1995" is past).
   */
  private static final Pattern WILL = Pattern.compile(
      "\\b(?:will|shall|'ll|is\\s+to|are\\s+to|(?:is|are)\\s+(?:expected|scheduled|set|due|planned)\\s+to)\\b", Pattern.CASE_INSENSITIVE);

  private YearEnds() {}

  /**
   * The year after the latest year whose end the text speaks of as past (a past verb in the clause, no word of the
   * future besides the phrase's own "by"); null when none.
   */
  static Integer afterYearEnd(String text) {
    Integer best = null;
    Matcher m = END_OF.matcher(text);
    while (m.find()) {
      // a fronted phrase ("By the end of 2024, Ostrel had ...") takes its verb from the rest of its sentence
      String clause = ClueReader.around(text, m.start(), m.end(), ClueReader::sentenceBreak);
      int at = clause.indexOf(m.group());
      String rest = at < 0 ? clause : clause.substring(0, at) + clause.substring(at + m.group().length());
      if (ClueReader.FUTURE_IN_CLAUSE.matcher(rest).find() || !ClueReader.PAST_IN_CLAUSE.matcher(rest).find()) continue;
      int y = Integer.parseInt(m.group(1)) + 1;
      if (best == null || y > best) best = y;
    }
    return best;
  }

  /**
   * The last day of the earliest bare year the text speaks of as still to come: a word of the future close before it
   * in its clause and no past ("was to be held in 2005"); null when none.
   */
  static LocalDate comingYearEnd(String text) {
    LocalDate best = null;
    Matcher m = BARE_YEAR.matcher(text);
    while (m.find()) {
      String clause = ClueReader.clause(text, m.start(), m.end());
      int at = clause.indexOf(m.group());
      if (at < 0 || !WILL.matcher(clause.substring(Math.max(0, at - ClueReader.COMING_REACH), at)).find()
          || ClueReader.NOT_COMING.matcher(clause).find())
        continue;
      LocalDate end = LocalDate.of(Integer.parseInt(m.group(1)), 12, 31);
      if (best == null || end.isBefore(best)) best = end;
    }
    return best;
  }
}
