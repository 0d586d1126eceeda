package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Span;

/**
 * Finds quoted passages by their marks, paragraph by paragraph. A passage is the text between an opening and its
 * closing mark (marks excluded); a paragraph that opens a quote and never closes it continues into the next
 * paragraph when that one opens with a quote mark again (the newspaper convention for multi-paragraph quotes), so
 * one passage may have one span per paragraph. Quotes nested inside a passage are part of it.
 */
final class QuoteScanner {
  /** A quoted passage: one span per paragraph it covers, inside the marks. */
  record Quoted(List<Span> spans, Span outer) {
    Quoted {
      spans = List.copyOf(spans);
    }
  }

  private QuoteScanner() {}

  static List<Quoted> scan(String original, List<Span> paragraphs) {
    String text = forMarks(original);
    List<Quoted> out = new ArrayList<>();
    int n = paragraphs.size();
    int p = 0, i = 0;
    while (p < n) {
      Span para = paragraphs.get(p);
      if (i < para.start()) i = para.start();
      if (i >= para.end()) {
        p++;
        continue;
      }
      if (!isOpener(text, i, para)) {
        i++;
        continue;
      }
      int close = closer(text, i, para.end());
      if (close >= 0) {
        if (close > i + 1) {
          List<Span> inner = trimAll(text, List.of(new Span(i + 1, close)));
          if (!inner.isEmpty()) out.add(new Quoted(inner, new Span(i, close + 1)));
        }
        i = close + 1;
        continue;
      }
      // unclosed: a multi-paragraph quote when the following paragraphs reopen with a mark
      List<Span> spans = new ArrayList<>();
      spans.add(new Span(i + 1, para.end()));
      int q = p + 1, end = -1;
      while (q < n) {
        Span next = paragraphs.get(q);
        if (next.length() == 0 || !isOpenChar(text.charAt(next.start()))) break;
        int cl = closer(text, next.start(), next.end());
        if (cl >= 0) {
          spans.add(new Span(next.start() + 1, cl));
          end = cl + 1;
          break;
        }
        spans.add(new Span(next.start() + 1, next.end()));
        q++;
      }
      if (spans.size() > 1) {
        Span last = spans.get(spans.size() - 1);
        out.add(new Quoted(trimAll(text, spans), new Span(i, end >= 0 ? end : last.end())));
        p = Math.min(q, n);
        i = end >= 0 ? end : (q < n ? paragraphs.get(q).start() : text.length());
        continue;
      }
      if (i == para.start() && para.end() - i > 2) {
        // a lone unclosed quote counts only when it opens its paragraph (sloppy closing marks are common)
        out.add(new Quoted(trimAll(text, spans), new Span(i, para.end())));
        p++;
        continue;
      }
      i++;
    }
    return out;
  }

  /**
   * The text as the marks are read, offsets kept: no-break spaces as plain spaces (pages set them between a quote
   * and its attribution, {@code said.\u00A0"Everybody sues"}, and a mark after one must read as set off), and two
   * apostrophes as a double quote. Some wires (the NYT archive among them) write a double quote as two apostrophes:
   * they become a straight double quote with a space on the inner side, so {@code ''Yes,'' he said} scans like
   * {@code " Yes," he said}.
   */
  static String forMarks(String text) {
    boolean apostrophes = text.contains("''");
    if (!apostrophes && text.chars().noneMatch(QuoteScanner::noBreakSpace)) return text;
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) if (noBreakSpace(c[i])) c[i] = ' ';
    for (int i = 0; apostrophes && i + 1 < c.length; i++) {
      if (c[i] != '\'' || c[i + 1] != '\'') continue;
      boolean before = i > 0 && !Character.isWhitespace(c[i - 1]) && "([—–-\"".indexOf(c[i - 1]) < 0;
      if (before) {
        c[i] = '"';
        c[i + 1] = ' ';
      } else {
        c[i] = ' ';
        c[i + 1] = '"';
      }
      i++;
    }
    return new String(c);
  }

  /** The no-break spaces, which {@link Character#isWhitespace} does not count. */
  private static boolean noBreakSpace(int c) {
    return c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  private static List<Span> trimAll(String text, List<Span> spans) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      int a = s.start(), b = s.end();
      while (a < b && Character.isWhitespace(text.charAt(a))) a++;
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
      if (b > a) out.add(new Span(a, b));
    }
    return out;
  }

  static boolean isOpenChar(char c) {
    return c == '"' || c == '“' || c == '„' || c == '«' || c == '‘' || c == '\'';
  }

  private static boolean isOpener(String text, int i, Span para) {
    char c = text.charAt(i);
    char before = i > para.start() ? text.charAt(i - 1) : ' ';
    char after = i + 1 < para.end() ? text.charAt(i + 1) : ' ';
    return switch (c) {
      case '“', '„', '«' -> true;
      case '”' -> i == para.start() && Character.isLetterOrDigit(after); // a wrong-way mark opening a paragraph
      case '"' -> !Character.isLetterOrDigit(before) && !Character.isWhitespace(after) || i == para.start();
      case '‘', '\'' -> (Character.isWhitespace(before) || "([—–-:“\"".indexOf(before) >= 0 || i == para.start())
          && Character.isLetterOrDigit(after);
      default -> false;
    };
  }

  /** Index of the mark closing the quote opened at {@code open}, or -1 when it is not closed before {@code limit}. */
  private static int closer(String text, int open, int limit) {
    char o = text.charAt(open);
    int depth = 0; // curly quotes nested in curly quotes: “… what he calls “hell” than …”
    for (int j = open + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (o == '“' && c == '“' && j + 1 < limit && Character.isLetterOrDigit(text.charAt(j + 1))
          && (Character.isWhitespace(text.charAt(j - 1)) || "([—–-".indexOf(text.charAt(j - 1)) >= 0)) {
        depth++;
        continue;
      }
      if (depth > 0 && c == '”') {
        depth--;
        continue;
      }
      boolean closes = switch (o) {
        // (a straight mark closes a curly one when it ends a word: “Immunity deals should not be required," he said)
        case '“', '”' -> c == '”' || (c == '“' || c == '"') && (j + 1 >= limit || !Character.isLetterOrDigit(text.charAt(j + 1)))
            && j > open + 1 && !Character.isWhitespace(text.charAt(j - 1));
        case '„' -> c == '“' || c == '”';
        case '«' -> c == '»';
        case '"' -> c == '"' || c == '”';
        case '‘' -> c == '’' && (j + 1 >= limit || !Character.isLetter(text.charAt(j + 1)));
        case '\'' -> c == '\'' && (j + 1 >= limit || !Character.isLetter(text.charAt(j + 1))) && !Character.isWhitespace(text.charAt(j - 1))
            && !(j + 1 < limit && text.charAt(j - 1) == 's' && Character.isWhitespace(text.charAt(j + 1)) && j - open > 40);
        default -> false;
      };
      if (closes) return j;
      // a double-quoted passage does not end at a nested single-quote or guillemet; a single-quoted one ends at the paragraph
    }
    return -1;
  }
}
