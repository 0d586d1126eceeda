package org.dateline.clean;

import java.time.Instant;
import java.util.List;
import org.dateline.model.BodyText;
import org.dateline.model.Removal;
import org.dateline.model.Span;

/**
 * The article a reader sees. {@code sourceText} is what all spans point into: the file content for plain text, the
 * visible text for HTML ({@code visibleText} true, and the record then carries it), followed by the page's JSON-LD
 * articleBody when the visible page holds hardly any of the article (a warning says so). {@code body} holds the kept
 * paragraphs as slices of the source.
 */
public record CleanArticle(String source, String url, String sourceText, boolean visibleText, BodyText body,
    List<Removal> removed, ArticleMeta meta, Instant fetched, List<String> warnings) {
  public CleanArticle {
    removed = List.copyOf(removed);
    warnings = List.copyOf(warnings);
  }

  /**
   * The headline as a span of the source text when it is a verbatim slice before the body (plain text pages and
   * visible HTML text), else null: headlines carry statements too ("Minister: talks will resume").
   */
  public Span headlineSpan() {
    String h = meta.headline();
    if (h == null || h.isBlank()) return null;
    int limit = body.paragraphs().isEmpty() ? sourceText.length() : body.paragraphs().get(0).start();
    int at = sourceText.lastIndexOf(h, limit - h.length());
    return at < 0 ? null : new Span(at, at + h.length());
  }
}
