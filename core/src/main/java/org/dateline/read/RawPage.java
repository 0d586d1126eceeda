package org.dateline.read;

import java.time.Instant;
import java.util.List;

/**
 * One page as read from disk, stdin or a WARC record, decoded to text. {@code content} is the whole file for
 * plain text and the HTML markup for HTML. {@code fetched} is the crawl time (WARC-Date) when known: an upper bound
 * on the publication date.
 */
public record RawPage(String source, Format format, String content, String url, Instant fetched, List<String> warnings) {
  public RawPage {
    warnings = List.copyOf(warnings);
  }

  public enum Format { TEXT, HTML }
}
