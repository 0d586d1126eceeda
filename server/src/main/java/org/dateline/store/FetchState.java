package org.dateline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import org.dateline.fetch.Validators;

/**
 * What fetching keeps in the store between runs: each URL's validators for conditional GETs, and the watcher's
 * state (each feed's failures and next poll, the items already taken), so a restarted watcher fetches nothing twice.
 */
public final class FetchState implements Validators {
  private final Store store;

  /**
   * A watched feed's standing: failures in a row, when the last one was (null when none) and its reason. When to try
   * again is the watcher's to decide from these, with its own interval.
   */
  public record Feed(String url, int failures, Instant lastFailure, String lastError) {
    public static Feed ok(String url) {
      return new Feed(url, 0, null, null);
    }
  }

  public FetchState(Store store) {
    this.store = store;
  }

  @Override
  public Conditional get(String url) {
    return store.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT etag, last_modified FROM fetch_validators WHERE url = ?")) {
        ps.setString(1, url);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? new Conditional(rs.getString(1), rs.getString(2)) : null;
        }
      }
    });
  }

  @Override
  public void put(String url, Conditional v) {
    store.write(c -> Sql.update(c, """
        INSERT INTO fetch_validators(url, etag, last_modified) VALUES (?, ?, ?)
        ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified""",
        url, v.etag(), v.lastModified()));
  }

  /** Drops the validators of {@code url}: its next fetch is a whole one, not a conditional one. */
  public void forget(String url) {
    store.write(c -> Sql.update(c, "DELETE FROM fetch_validators WHERE url = ?", url));
  }

  /** The feed's standing; a feed never polled has no failures and is due now. */
  public Feed feed(String url) {
    return store.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT failures, last_failure, last_error FROM watch_feeds WHERE url = ?")) {
        ps.setString(1, url);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) return Feed.ok(url);
          String last = rs.getString(2);
          return new Feed(url, rs.getInt(1), last == null ? null : Instant.parse(last), rs.getString(3));
        }
      }
    });
  }

  public void polled(Feed f) {
    store.write(c -> Sql.update(c, """
        INSERT INTO watch_feeds(url, failures, last_failure, last_error) VALUES (?, ?, ?, ?)
        ON CONFLICT(url) DO UPDATE SET failures = excluded.failures, last_failure = excluded.last_failure, last_error = excluded.last_error""",
        f.url(), f.failures(), f.lastFailure() == null ? null : f.lastFailure().toString(), f.lastError()));
  }

  /** Whether the watcher has taken this item already (from any feed). */
  public boolean seen(String url) {
    return store.read(c -> Sql.exists(c, "SELECT 1 FROM watch_seen WHERE url = ?", url));
  }

  public void see(String url, String feed, Instant when) {
    store.write(c -> Sql.update(c, "INSERT OR IGNORE INTO watch_seen(url, feed, first_seen) VALUES (?, ?, ?)", url, feed, when.toString()));
  }
}
