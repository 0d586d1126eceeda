package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Span;

/**
 * The quoted words of a partial quote: the passages between quote marks inside its content spans, without the marks.
 * The content of a partial statement is the reported clause ("the region is “far from stable” after …"), which is
 * what an annotator marks and what the reader sees highlighted; its text is only the words the speaker is quoted as
 * using ("far from stable"). A mark opened in a span and closed just past its end (the clause cut before the
 * closing mark) still closes there; a mark closed in a span and opened just before it still opens there.
 */
public final class QuotedWords {
  /** How far past a span's end (or before its start) the other mark of a cut quote may be: a comma or full stop and spaces. */
  private static final int REACH = 3;

  private QuotedWords() {}

  /** The quoted passages inside {@code spans} of {@code text}, in order; empty when none has both its marks. */
  public static List<Span> in(String text, List<Span> spans) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      int open = -1;
      for (int k = s.start(); k < s.end(); k++) {
        char ch = text.charAt(k);
        if (open < 0 && opens(text, k)) {
          open = k;
        } else if (open >= 0 && closes(ch, text.charAt(open))) {
          add(text, out, open + 1, k);
          open = -1;
        } else if (open < 0 && out.isEmpty() && (ch == '”' || ch == '»') && k > s.start()) {
          // closed inside the span, opened just before it: "“far from stable” after …" cut after the opening mark
          for (int b = s.start() - 1; b >= Math.max(0, s.start() - REACH); b--)
            if (closes(ch, text.charAt(b))) {
              add(text, out, b + 1, k);
              break;
            }
        }
      }
      if (open >= 0) {
        for (int k = s.end(); k < Math.min(text.length(), s.end() + REACH); k++)
          if (closes(text.charAt(k), text.charAt(open))) {
            add(text, out, open + 1, k);
            break;
          }
      }
    }
    return out;
  }

  /**
   * The final pass: a reported statement's piece that opens a quote and ends before its closing mark takes the
   * quoted passage in to that mark. Just past its end (`agreed to act in a "measured way".` cut before the mark), or
   * further on in the paragraph: the parse cut the clause inside the speaker's own words (`said that Cruz has
   * “taken every punch, and he is standing tall.”` cut at the comma, `said that “if turnout is large we will do
   * fine. If it is low, that is another story.”` cut at the full stop), and a quotation is the speaker's to its
   * close. A statement read inside the passage so taken in is the speaker's words now, not one of its own.
   */
  static void closeCutQuotes(Context c, Findings f) {
    for (Found found : List.copyOf(f.all())) {
      if (found.kind == org.dateline.model.Statement.Kind.DIRECT || !f.all().contains(found)) continue;
      for (java.util.ListIterator<Span> it = found.content.listIterator(); it.hasNext(); ) {
        Span s = it.next();
        int end = Math.max(closingPast(c.text, s), closingInParagraph(c, s));
        if (end <= s.end()) continue;
        Span taken = new Span(s.end(), end);
        it.set(new Span(s.start(), end));
        f.removeIf(other -> other != found && other.kind != org.dateline.model.Statement.Kind.DIRECT && taken.contains(other.cue));
      }
    }
  }

  /**
   * The end of the closing mark of a quoted passage that opens inside {@code s} and closes past its end in the same
   * paragraph, or -1.
   */
  static int closingInParagraph(Context c, Span s) {
    for (QuoteScanner.Quoted q : c.quotes) {
      Span outer = q.outer();
      if (outer.start() >= s.end()) break;
      if (outer.start() < s.start() || outer.end() <= s.end() || q.spans().size() > 1) continue;
      if (c.paragraphAt(outer.start()) == c.paragraphAt(outer.end() - 1)) return outer.end();
    }
    return -1;
  }

  /** The end of the closing mark just past {@code s} that closes a mark opened inside it, or -1. */
  static int closingPast(String text, Span s) {
    int open = -1;
    for (int k = s.start(); k < s.end(); k++) {
      char ch = text.charAt(k);
      if (open < 0 && opens(text, k)) open = k;
      else if (open >= 0 && closes(ch, text.charAt(open))) open = -1;
    }
    if (open < 0) return -1;
    for (int k = s.end(); k < Math.min(text.length(), s.end() + REACH); k++) {
      if (closes(text.charAt(k), text.charAt(open))) return k + 1;
      if (Character.isLetterOrDigit(text.charAt(k))) return -1;
    }
    return -1;
  }

  /** An opening mark: a curly or guillemet opener, or a straight mark at a word start. */
  private static boolean opens(String text, int k) {
    char ch = text.charAt(k);
    if (ch == '"') return k + 1 < text.length() && !Character.isWhitespace(text.charAt(k + 1)) && (k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1)));
    return ch == '“' || ch == '«' || ch == '„';
  }

  private static boolean closes(char ch, char open) {
    return switch (open) {
      case '"' -> ch == '"';
      case '“' -> ch == '”' || ch == '"';
      case '„' -> ch == '“' || ch == '”';
      case '«' -> ch == '»';
      default -> false;
    };
  }

  private static void add(String text, List<Span> out, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end > start) out.add(new Span(start, end));
  }
}
