package org.dateline.clean;

import java.util.List;
import org.dateline.model.RemovalReason;

/**
 * A line's own shape as the line classifier reads it ({@link LineFeatures}), worked out once per line and read for
 * the line and for its neighbours. Binned quantities are bin numbers ({@link LineVocabulary#bin}); {@code start}
 * is upper, lower, digit, quote or other; {@code caps} is -1 for a line without words.
 */
record LineShape(int words, int chars, boolean sentence, boolean prose, boolean title, boolean between,
    RemovalReason chrome, boolean tail, boolean byline, boolean date, boolean afterBlank, int start, boolean allCaps,
    int caps, int digits, boolean ellipsis, boolean otherScript, boolean pipe) {
  /** The bounds of the binned quantities: words, characters, capitalised words in tenths, digits in twentieths. */
  static final int[] WORDS = {1, 2, 3, 4, 6, 9, 13, 21, 31, 51, 101}, CHARS = {10, 20, 40, 70, 100, 150, 250, 500},
      CAPS = {2, 4, 6, 8, 10}, DIGITS = {1, 2, 5, 10};

  static LineShape of(List<TextLine> lines, int i, Script main) {
    TextLine l = lines.get(i);
    String t = l.text();
    int w = l.words();
    char c = t.charAt(0);
    int start = Character.isUpperCase(c) ? 0 : Character.isLowerCase(c) ? 1 : Character.isDigit(c) ? 2 : "\"“‘'«„".indexOf(c) >= 0 ? 3 : 4;
    int letters = 0, upper = 0, digits = 0, capWords = 0, allWords = 0;
    boolean inWord = false;
    for (int k = 0; k < t.length(); k++) {
      char ch = t.charAt(k);
      if (Character.isLetter(ch)) {
        letters++;
        if (Character.isUpperCase(ch)) upper++;
      }
      if (Character.isDigit(ch)) digits++;
      boolean wch = Character.isLetterOrDigit(ch);
      if (wch && !inWord) {
        allWords++;
        if (Character.isUpperCase(ch)) capWords++;
      }
      inWord = wch;
    }
    boolean date = w <= 16 && Chrome.writtenDate(t) != null;
    return new LineShape(LineVocabulary.bin(w, WORDS), LineVocabulary.bin(t.length(), CHARS),
        // the costlier shape tests only where they can hold: a headline or a between line is short, prose long
        Chrome.endsSentence(t), TextRules.prose(l), w <= 30 && Headlines.titleShaped(l, date), w <= 20 && Headlines.between(t, w, date),
        l.shape(), w <= 8 && ArticleBlock.TAIL_HEADER.matcher(t).matches(), byline(t, w),
        date, l.afterBlank(), start, letters >= 4 && upper == letters,
        allWords == 0 ? -1 : LineVocabulary.bin(10 * capWords / allWords, CAPS),
        LineVocabulary.bin(t.isEmpty() ? 0 : 20 * digits / t.length(), DIGITS),
        t.endsWith("...") || t.endsWith("…"), l.script().otherThan(main), t.indexOf('|') >= 0);
  }

  /** "By Ana Ruiz", or a bare "By" or "Author:" whose name stands on the next line. */
  static boolean byline(String t, int words) {
    return words <= 2 && BARE_BY.matcher(t).matches() || TextRules.BYLINE.matcher(t).matches();
  }

  private static final java.util.regex.Pattern BARE_BY = java.util.regex.Pattern.compile(
      "(?:by|written by|words by|story by|author|authors)\\s*:?", java.util.regex.Pattern.CASE_INSENSITIVE);
}
