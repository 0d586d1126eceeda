package org.dateline.clean;

import java.time.LocalDate;

/**
 * A publication date stated by the page itself, already converted to the page's local date (the offset the page
 * gives is kept, never converted to UTC). {@code kind} says where it came from; {@code raw} is the value as found.
 * {@code [earliest, latest]} holds the page's local day: one day when the value states it (a local offset, a naive
 * local time, a bare date, a URL path, a written date), two when the value is a UTC instant and nothing on the page
 * says which side of midnight the writer was on; {@code date} is then the UTC calendar day.
 */
public record DateHint(LocalDate date, Kind kind, String raw, LocalDate earliest, LocalDate latest) {
  public DateHint {
    if (date == null || kind == null || raw == null) throw new IllegalArgumentException("a date hint needs a date, a kind and a raw value");
    if (earliest == null) earliest = date;
    if (latest == null) latest = date;
    if (date.isBefore(earliest) || date.isAfter(latest))
      throw new IllegalArgumentException("hint date %s outside [%s, %s]".formatted(date, earliest, latest));
  }

  /** A hint that states its local day. */
  public DateHint(LocalDate date, Kind kind, String raw) {
    this(date, kind, raw, date, date);
  }

  /**
   * Whether the value is a UTC time written with an explicit zero offset ("+00:00"): unlike "Z", which instant
   * formatters write whatever the writer's zone, a zero offset is often the site's own (London, Lisbon in winter),
   * so with nothing else to go on its own day is the page's day.
   */
  public boolean zeroOffset() {
    return !pinsDay() && raw.matches(".*[+-]00:?00\\s*$");
  }

  /** Whether the hint names one local day. */
  public boolean pinsDay() {
    return earliest.equals(latest);
  }

  public enum Kind {
    /** JSON-LD datePublished. */
    JSON_LD,
    /** article:published_time and similar meta tags. */
    META,
    /**
     * the date a feed (RSS pubDate, dc:date, Atom published) or a news sitemap (news:publication_date) that listed
     * the page gave it: the outlet's own system stating when it published.
     */
    FEED,
    /** a date-bearing URL path (/2026/02/13/). */
    URL,
    /** a full date in a visible date line ("Tuesday, February 26, 2008"). */
    TEXT_LINE,
    /** a {@code <time datetime>} element: often the visible date, but also the update time or a teaser's. */
    TIME_ELEMENT
  }
}
