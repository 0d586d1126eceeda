package org.dateline.clean;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.RemovalReason;
import org.dateline.model.Span;

/** One non-blank line of a plain text, trimmed, with what every rule asks of it, worked out once: whether a blank
 * line precedes it, its chrome shape, its words and its script. */
record TextLine(Span span, String text, boolean afterBlank, RemovalReason shape, int words, Script script) {
  TextLine(Span span, String text, boolean afterBlank) {
    this(span, text, afterBlank, Chrome.reason(text), Chrome.words(text), Script.of(text));
  }

  static List<TextLine> lines(String src) {
    List<TextLine> out = new ArrayList<>();
    int i = 0, n = src.length();
    boolean blank = true;
    while (i <= n) {
      int e = src.indexOf('\n', i);
      if (e < 0) e = n;
      Span s = trim(src, i, e);
      if (s.length() == 0) {
        blank = true;
      } else {
        out.add(new TextLine(s, s.of(src), blank));
        blank = false;
      }
      if (e >= n) break;
      i = e + 1;
    }
    return out;
  }

  static Span trim(String s, int start, int end) {
    while (start < end && Character.isWhitespace(s.charAt(start))) start++;
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
    return new Span(start, end);
  }
}
