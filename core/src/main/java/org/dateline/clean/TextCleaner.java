package org.dateline.clean;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.BodyText;
import org.dateline.model.Removal;
import org.dateline.model.Span;
import org.dateline.read.RawPage;

/** Cleans scraped plain text: paragraphs are runs of non-blank lines; the first line is the headline. */
public final class TextCleaner implements Cleaner {

  @Override
  public CleanArticle clean(RawPage page) {
    String src = page.content();
    List<Span> paragraphs = paragraphs(src);
    List<Removal> removed = new ArrayList<>();
    String headline = null;
    if (paragraphs.size() > 1) {
      headline = paragraphs.get(0).of(src).strip();
      paragraphs = paragraphs.subList(1, paragraphs.size());
    }
    return new CleanArticle(page.source(), page.url(), src, false, new BodyText(src, paragraphs), removed,
        new ArticleMeta(null, headline, null, null, null, null, List.of()), page.fetched(), page.warnings());
  }

  /** Blocks of consecutive non-blank lines, trimmed of surrounding whitespace. */
  static List<Span> paragraphs(String src) {
    List<Span> out = new ArrayList<>();
    int i = 0, n = src.length();
    while (i < n) {
      int lineEnd = src.indexOf('\n', i);
      if (lineEnd < 0) lineEnd = n;
      if (src.substring(i, lineEnd).isBlank()) {
        i = lineEnd + 1;
        continue;
      }
      int start = i, end = lineEnd;
      int j = lineEnd + 1;
      while (j < n) {
        int e = src.indexOf('\n', j);
        if (e < 0) e = n;
        if (src.substring(j, e).isBlank()) break;
        end = e;
        j = e + 1;
      }
      out.add(trim(src, start, end));
      i = j;
    }
    return out;
  }

  static Span trim(String s, int start, int end) {
    while (start < end && Character.isWhitespace(s.charAt(start))) start++;
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
    return new Span(start, end);
  }
}
