package org.dateline.quote;

import java.util.ListIterator;
import org.dateline.model.Span;
import org.dateline.model.Statement;

/**
 * No reported statement crosses a paragraph boundary, nor a subheading's line end. The sentence splitter may run a
 * subheading into the paragraph under it ("Valdoria backs Ostria⏎Valdoria has condemned …, its ministry said"), and
 * a rule reading that sentence then takes both; a content is cut back to one side of the break: the cue's side, or
 * the side nearest the cue. A line end is a break when the line is short (no hard-wrapped body line), has no
 * closing punctuation and the next line opens with a capital: a subheading over its paragraph. Direct quotes are
 * left alone: their marks, not the parse, bound them, and a quote running on over paragraphs is joined piece by piece.
 */
final class ParagraphBounds {
  /** Longest subheading line, in characters: hard-wrapped body lines are longer. */
  private static final int SUBHEADING = 60;

  private ParagraphBounds() {}

  /** {@code content} cut back to the side of any break inside it nearest the cue, or null when nothing is left. */
  static Span cut(Context c, Span content, Span cue) {
    int a = content.start(), b = content.end();
    for (int k = content.start(); k < content.end(); k++) {
      if (!breakAt(c, k)) continue;
      if (cue != null && cue.start() > k) a = k + 1; // the cue is past the break: keep what follows it
      else b = Math.min(b, k);
    }
    return trim(c.text, a, b);
  }

  /** The final pass: every piece of every reported statement cut at breaks; a statement left with nothing goes. */
  static void clip(Context c, Findings f) {
    f.removeIf(found -> {
      if (found.kind == Statement.Kind.DIRECT) {
        if (found.source != null) found.source = speaker(c, found.source, found.cue);
        return false;
      }
      for (ListIterator<Span> it = found.content.listIterator(); it.hasNext(); ) {
        Span s = it.next(), cut = cut(c, s, found.cue);
        if (cut == null) it.remove();
        else if (!cut.equals(s)) it.set(cut);
      }
      // the speaker's words too: "Ostria⏎Valdoria has condemned …" names Valdoria, not the subheading's last word
      if (found.source != null && !found.content.isEmpty()) found.source = speaker(c, found.source, found.cue);
      return found.content.isEmpty();
    });
  }

  /** A speaker mention cut at a break inside it, kept as it is otherwise (a one-letter "I" too). */
  private static Span speaker(Context c, Span source, Span cue) {
    if (c.text.substring(source.start(), source.end()).indexOf('\n') < 0) return source;
    return cut(c, source, cue);
  }

  /** Whether offset {@code k} is a line end between paragraphs, or after a subheading. */
  private static boolean breakAt(Context c, int k) {
    String t = c.text;
    if (t.charAt(k) != '\n') return false;
    if (c.paragraphAt(k) != c.paragraphAt(Math.min(t.length() - 1, k + 1))) return true;
    int lineStart = t.lastIndexOf('\n', k - 1) + 1;
    int end = k;
    while (end > lineStart && Character.isWhitespace(t.charAt(end - 1))) end--;
    if (end == lineStart || end - lineStart > SUBHEADING || ".!?:;,\"”’)…".indexOf(t.charAt(end - 1)) >= 0) return false;
    int next = k + 1;
    while (next < t.length() && t.charAt(next) == ' ') next++;
    return next < t.length() && Character.isUpperCase(t.charAt(next));
  }

  /** The span without spaces and trailing commas, semicolons and colons, or null when under two characters are left. */
  private static Span trim(String text, int a, int b) {
    while (a < b && Character.isWhitespace(text.charAt(a))) a++;
    while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || ",;:".indexOf(text.charAt(b - 1)) >= 0)) b--;
    return b - a < 2 ? null : new Span(a, b);
  }
}
