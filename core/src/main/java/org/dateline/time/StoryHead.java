package org.dateline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.clean.CleanArticle;
import org.dateline.model.Span;

/**
 * Where a story starts: the text searched, its blocks, the block holding the dateline, and a line above it that is
 * only a date. Searched in the body's first blocks, else in the raw source's top lines (cleaning may have taken the
 * dateline for part of the headline block).
 */
record StoryHead(String text, List<Span> paragraphs, int lead, Datelines.Found dateline, LocalDate dateLine) {
  /** Blocks at the top of the body searched for a dateline or a date line. */
  private static final int HEAD_PARAGRAPHS = 3;
  /** Lines of the raw source searched when the body's head holds no dateline. */
  private static final int SOURCE_LINES = 40;
  /** A line at least this long is prose, not page furniture. */
  private static final int PROSE_LINE = 80;

  /** The head of {@code article}: its body's first blocks, else its source's top lines. */
  static StoryHead of(CleanArticle article) {
    String body = article.body().text();
    StoryHead head = find(body, article.body().bodyParagraphs(), HEAD_PARAGRAPHS, false);
    if (head.dateline() == null && head.dateLine() == null && !article.sourceText().equals(body)) {
      // cleaning may have left the dateline in what it took for the headline block: read the source's top lines
      String src = article.sourceText();
      head = find(src, lines(src, SOURCE_LINES), SOURCE_LINES, true);
    }
    return head;
  }

  /**
   * Searches the first {@code blocks} blocks, line by line, for a dateline and for a line that is only a date.
   * From raw source lines a date line counts only when prose follows within three lines: a page header's date
   * ("Monday, November 23, 2026" over the menu) is the day of the visit, not of the story.
   */
  private static StoryHead find(String text, List<Span> paragraphs, int blocks, boolean needProse) {
    LocalDate dateLine = null;
    for (int i = 0; i < Math.min(blocks, paragraphs.size()); i++) {
      Span para = paragraphs.get(i);
      for (int at = para.start(); at < para.end(); ) {
        int eol = text.indexOf('\n', at);
        if (eol < 0 || eol > para.end()) eol = para.end();
        if (dateLine == null) {
          LocalDate d = ClueReader.dateLine(text.substring(at, eol));
          if (d != null && (!needProse || proseFollows(paragraphs, i, text))) dateLine = d;
        }
        Datelines.Found found = Datelines.at(text, at);
        // a dateline lies within its paragraph; a match running on into the next one is a false start
        if (found != null && found.span().end() <= para.end()) return new StoryHead(text, paragraphs, i, found, dateLine);
        at = eol + 1;
      }
    }
    return new StoryHead(text, paragraphs, -1, null, dateLine);
  }

  private static boolean proseFollows(List<Span> lines, int i, String text) {
    for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) if (lines.get(j).length() >= PROSE_LINE) return true;
    return false;
  }

  /** The first {@code max} non-blank lines of {@code text}, trimmed. */
  private static List<Span> lines(String text, int max) {
    List<Span> out = new ArrayList<>();
    int at = 0;
    while (at < text.length() && out.size() < max) {
      int eol = text.indexOf('\n', at);
      if (eol < 0) eol = text.length();
      int s = at, e = eol;
      while (s < e && Character.isWhitespace(text.charAt(s))) s++;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
      if (e > s) out.add(new Span(s, e));
      at = eol + 1;
    }
    return out;
  }
}
