package org.dateline.read;

import java.time.Instant;
import java.util.List;

/**
 * One page as read from disk, stdin, a WARC record or the web, decoded to text. {@code content} is the whole file
 * for plain text and the HTML markup for HTML. {@code fetched} is the crawl time (WARC-Date, or the response's
 * {@code Date} when earlier) when known: an upper bound on the publication date. {@code listedDate} is the
 * publication date a feed or news sitemap that listed the page gave for it, as ISO 8601 with the offset it was
 * written with, else null.
 */
public record RawPage(String source, Format format, String content, String url, Instant fetched, List<String> warnings,
    String listedDate) {
  public RawPage {
    warnings = List.copyOf(warnings);
  }

  /** A page no listing dated. */
  public RawPage(String source, Format format, String content, String url, Instant fetched, List<String> warnings) {
    this(source, format, content, url, fetched, warnings, null);
  }

  public RawPage withListedDate(String date) {
    return new RawPage(source, format, content, url, fetched, warnings, date);
  }

  public enum Format { TEXT, HTML }
}
