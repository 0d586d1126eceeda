package org.dateline.clean;

import java.util.List;
import org.dateline.model.Dateline;
import org.dateline.model.Span;

/**
 * Metadata recovered while cleaning. Any field may be null when the page does not give it. {@code agency} is the
 * news agency the dateline names ("KORVEN, March 4 (Meridian Wire) -"), kept apart from {@code outlet}, the site
 * that published the story. {@code datelineSpan} locates the dateline in the source text.
 */
public record ArticleMeta(String outlet, String agency, String headline, String section, String byline,
    Dateline dateline, Span datelineSpan, List<DateHint> dateHints) {
  public ArticleMeta {
    dateHints = List.copyOf(dateHints);
  }

  /** Metadata without an agency. */
  public ArticleMeta(String outlet, String headline, String section, String byline, Dateline dateline,
      Span datelineSpan, List<DateHint> dateHints) {
    this(outlet, null, headline, section, byline, dateline, datelineSpan, dateHints);
  }

  public static ArticleMeta empty() {
    return new ArticleMeta(null, null, null, null, null, null, null, List.of());
  }
}
