package org.dateline.fetch;

import java.time.Duration;

/**
 * How politely and safely pages are fetched. {@code contact} (a URL or an e-mail address) goes into the User-Agent
 * so a site's operator can reach whoever runs the crawl; {@code delay} is the least time between two requests to one
 * host (a longer robots.txt Crawl-delay wins); {@code timeout} bounds connecting and each response, body included;
 * {@code maxBytes} bounds one response body; {@code allowPrivate} permits loopback and private addresses, which a
 * fetched page could otherwise use to make Dateline call internal services.
 */
public record FetchSettings(String contact, Duration delay, Duration timeout, long maxBytes, int maxRedirects,
    boolean allowPrivate) {
  /** The robots.txt token Dateline obeys rules for, and the first word of its User-Agent. */
  public static final String AGENT = "Dateline";
  public static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
  public static final int DEFAULT_MAX_REDIRECTS = 5;

  public FetchSettings {
    if (contact != null && contact.isBlank()) contact = null;
    if (contact != null && contact.chars().anyMatch(c -> c < 0x20 || c == ')' || c == '(' || c > 0x7e))
      throw new IllegalArgumentException("contact must be printable ASCII without parentheses, was '" + contact + "'");
    if (delay == null || delay.isNegative()) throw new IllegalArgumentException("delay must be zero or more, was " + delay);
    if (timeout == null || timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    if (maxBytes < 1) throw new IllegalArgumentException("max bytes must be positive, was " + maxBytes);
    if (maxRedirects < 0) throw new IllegalArgumentException("max redirects must be zero or more, was " + maxRedirects);
  }

  public static FetchSettings defaults() {
    return new FetchSettings(null, DEFAULT_DELAY, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, false);
  }

  public FetchSettings withDelay(Duration d) {
    return new FetchSettings(contact, d, timeout, maxBytes, maxRedirects, allowPrivate);
  }

  public FetchSettings withTimeout(Duration t) {
    return new FetchSettings(contact, delay, t, maxBytes, maxRedirects, allowPrivate);
  }

  public FetchSettings withMaxBytes(long n) {
    return new FetchSettings(contact, delay, timeout, n, maxRedirects, allowPrivate);
  }

  public FetchSettings withAllowPrivate(boolean allow) {
    return new FetchSettings(contact, delay, timeout, maxBytes, maxRedirects, allow);
  }

  /** "Dateline/0.1 (+https://example.org/contact)": the product, its version and, when set, how to reach the operator. */
  public String userAgent() {
    String v = FetchSettings.class.getPackage().getImplementationVersion();
    return AGENT + "/" + (v == null ? "dev" : v) + (contact == null ? "" : " (+" + contact + ")");
  }
}
