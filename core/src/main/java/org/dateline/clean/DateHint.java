package org.dateline.clean;

import java.time.LocalDate;

/**
 * A publication date stated by the page itself, already converted to the page's local date (the offset the page
 * gives is kept, never converted to UTC). {@code kind} says where it came from; {@code raw} is the value as found.
 */
public record DateHint(LocalDate date, Kind kind, String raw) {
  public enum Kind {
    /** JSON-LD datePublished. */
    JSON_LD,
    /** article:published_time and similar meta tags. */
    META,
    /** a {@code <time datetime>} element. */
    TIME_ELEMENT,
    /** a full date in a visible date line ("Tuesday, February 26, 2008"). */
    TEXT_LINE,
    /** a date-bearing URL path (/2026/02/13/). */
    URL
  }
}
