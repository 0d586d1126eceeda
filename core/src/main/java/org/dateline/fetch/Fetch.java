package org.dateline.fetch;

import java.net.URI;
import java.time.Instant;

/** What fetching one URL gave: a response to use, "not modified since last time", or a failure with its reason. */
public sealed interface Fetch {
  URI requested();

  /**
   * A 200 response. {@code url} is where the redirects ended; {@code captured} the capture time written as the
   * WARC-Date; {@code dateHeader} the response's {@code Date}, if any; {@code etag}/{@code lastModified} its
   * validators for the next conditional GET.
   */
  record Ok(URI requested, URI url, String contentType, byte[] body, Instant captured, String dateHeader, String etag,
      String lastModified, Archive.Archived archived) implements Fetch {}

  /** A 304: the copy fetched last time is still current. */
  record NotModified(URI requested) implements Fetch {}

  /** {@code reason} as a user reads it: "404 Not Found", "robots.txt disallows it", ... */
  record Failed(URI requested, Problem problem, String reason) implements Fetch {}

  /** Why a fetch failed; transient problems (a server error, a timeout, the network) are worth trying again later. */
  enum Problem {
    NOT_FOUND(false), SERVER_ERROR(true), CLIENT_ERROR(false), TIMEOUT(true), NETWORK(true), ROBOTS(false),
    NOT_HTML(false), TOO_LARGE(false), REFUSED(false), TOO_MANY_REDIRECTS(false),
    /** the response could not be written to the archive (a full disk): nothing unarchived is used */
    ARCHIVE(true);

    private final boolean transient_;

    Problem(boolean transient_) {
      this.transient_ = transient_;
    }

    public boolean isTransient() {
      return transient_;
    }
  }
}
