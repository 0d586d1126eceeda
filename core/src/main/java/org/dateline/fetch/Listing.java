package org.dateline.fetch;

import java.net.URI;

/**
 * One page a feed or sitemap lists: its absolute URL (relative links resolved against the listing's), its title
 * when given, and the publication date the listing gives for it as ISO 8601 with the offset it was written with
 * ("2026-02-10T09:30:00-05:00"; "Z" for GMT), or null.
 */
public record Listing(URI url, String title, String date) {
  public Listing {
    if (url == null || !url.isAbsolute()) throw new IllegalArgumentException("a listed page needs an absolute URL, was " + url);
  }
}
