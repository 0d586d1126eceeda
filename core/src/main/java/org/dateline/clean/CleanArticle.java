package org.dateline.clean;

import java.time.Instant;
import java.util.List;
import org.dateline.model.BodyText;
import org.dateline.model.Removal;

/**
 * The article a reader sees. {@code sourceText} is what all spans point into: the file content for plain text, the
 * visible text for HTML ({@code visibleText} true, and the record then carries it). {@code body} holds the kept
 * paragraphs as slices of the source.
 */
public record CleanArticle(String source, String url, String sourceText, boolean visibleText, BodyText body,
    List<Removal> removed, ArticleMeta meta, Instant fetched, List<String> warnings) {
  public CleanArticle {
    removed = List.copyOf(removed);
    warnings = List.copyOf(warnings);
  }
}
