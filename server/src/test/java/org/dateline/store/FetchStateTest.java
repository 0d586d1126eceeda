package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.dateline.fetch.Validators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What fetching keeps in the store survives closing it: validators, the watcher's feeds and items, archive ids. */
class FetchStateTest {
  @TempDir Path dir;

  @Test
  void stateSurvivesReopeningTheStore() {
    String feed = "https://ledger.invalid/feed.xml", page = "https://ledger.invalid/news/dam-talks";
    Instant failedAt = Instant.parse("2026-02-10T08:00:00Z");
    try (Store s = Store.open(dir, Fixtures.LINKER)) {
      FetchState st = new FetchState(s);
      assertThat(st.get(feed)).isNull();
      assertThat(st.feed(feed)).isEqualTo(FetchState.Feed.ok(feed));
      st.put(feed, new Validators.Conditional("\"v1\"", "Tue, 10 Feb 2026 12:00:00 GMT"));
      st.put(feed, new Validators.Conditional("\"v2\"", null));
      st.polled(new FetchState.Feed(feed, 2, failedAt, "503 Service Unavailable"));
      st.see(page, feed, failedAt);
      st.see(page, "https://ledger.invalid/atom.xml", failedAt); // taken once, whichever feed lists it again
      var r = Fixtures.corpus().get(0);
      assertThat(s.ingest(r, null, "archive/dateline-20260210T080000Z-00000.warc.gz#<urn:uuid:1>")).isEqualTo(Store.Outcome.ADDED);
    }
    try (Store s = Store.open(dir, Fixtures.LINKER)) {
      FetchState st = new FetchState(s);
      assertThat(st.get(feed)).isEqualTo(new Validators.Conditional("\"v2\"", null));
      assertThat(st.feed(feed)).isEqualTo(new FetchState.Feed(feed, 2, failedAt, "503 Service Unavailable"));
      assertThat(st.seen(page)).isTrue();
      assertThat(st.seen(page + "?page=2")).isFalse();
      st.forget(feed);
      assertThat(st.get(feed)).isNull();
      var r = Fixtures.corpus().get(0);
      assertThat(s.archiveOf(r.source())).isEqualTo("archive/dateline-20260210T080000Z-00000.warc.gz#<urn:uuid:1>");
      // the same text again, archived elsewhere: unchanged, and the first archive stays
      assertThat(s.ingest(r, null, "archive/other.warc.gz#<urn:uuid:2>")).isEqualTo(Store.Outcome.UNCHANGED);
      assertThat(s.archiveOf(r.source())).isEqualTo("archive/dateline-20260210T080000Z-00000.warc.gz#<urn:uuid:1>");
    }
  }
}
