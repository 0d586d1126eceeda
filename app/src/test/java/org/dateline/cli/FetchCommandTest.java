package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.fetch.NewsSite;
import org.dateline.json.Json;
import org.dateline.model.ArticleRecord;
import org.dateline.store.Store;
import org.dateline.story.Linkers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fetch and watch end to end against a real local HTTP server, through the real pipeline and store. */
class FetchCommandTest {
  static NewsSite site;
  @TempDir Path dir;

  static final String[] PARAS = {
      "Officials from both river states resumed talks on the Karsa dam on Tuesday, a week after the last round broke down.",
      "\"We have come back to the table because the river does not wait,\" said Ansel Brandt, the Valdorian envoy.",
      "Ostrian negotiator Lena Marsh said her delegation would present a new water-sharing plan on Wednesday."};

  @BeforeAll
  static void start() throws IOException {
    site = new NewsSite();
    String b = site.base();
    site.put("/robots.txt", NewsSite.Page.of("text/plain", "User-agent: *\nDisallow: /private/\n"))
        .html("/news/dam-talks", NewsSite.article("Karsa dam talks resume", "LINNHOLM", "Ida Vesk", "", PARAS))
        .html("/news/ferry", NewsSite.article("Ferry to Osterby sails again", "OSTERBY", "Tomas Lerch", "",
            "The ferry to Osterby sailed again on Monday after a week of storms.",
            "\"The crossing is safe again,\" said harbour master Pia Lund."))
        .html("/news/strike", NewsSite.article("Dockers end strike at Varn port", "VARN", "Ida Vesk",
            "<meta property=\"article:published_time\" content=\"2026-02-12T07:00:00+02:00\">",
            "Dockers at Varn port returned to work on Thursday after a three-day strike.",
            "\"We won what we came for,\" said union leader Jonas Feld."))
        .html("/private/memo", NewsSite.article("Memo", null, "Staff", "", "Not for crawlers."))
        .put("/down.xml", NewsSite.status(503))
        .put("/watch.xml", NewsSite.Page.of("application/rss+xml", NewsSite.rss(
            "/news/dam-talks", "Karsa dam talks resume", "Tue, 10 Feb 2026 23:30:00 -0500",
            "/news/ferry", "Ferry to Osterby sails again", "Mon, 09 Feb 2026 16:00:00 +0100",
            "/private/memo", "Memo", null,
            "/news/gone", "Gone", null,
            "/news/flaky", "Flood barrier holds", null)))
        .put("/news/flaky", NewsSite.status(503))
        .put("/rss.xml", NewsSite.Page.of("application/rss+xml", NewsSite.rss(
            "/news/dam-talks", "Karsa dam talks resume", "Tue, 10 Feb 2026 23:30:00 -0500",
            "/news/ferry", "Ferry to Osterby sails again", "Mon, 09 Feb 2026 16:00:00 +0100",
            "/private/memo", "Memo", null,
            "/news/gone", "Gone", null)))
        .put("/atom.xml", NewsSite.Page.of("application/atom+xml", NewsSite.atom(
            b + "/news/strike", "Dockers end strike at Varn port", "2026-02-12T07:00:00+02:00",
            b + "/news/dam-talks", "Karsa dam talks resume", "2026-02-11T05:30:00+01:00")));
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  static Map<String, ObjectNode> records(Path data) {
    Map<String, ObjectNode> out = new TreeMap<>();
    try (Store s = Store.open(data, Linkers.standard())) {
      for (ArticleRecord r : s.articles()) {
        ObjectNode n = Json.mapper().valueToTree(r);
        n.remove("source");
        out.put(r.url(), n);
      }
    }
    return out;
  }

  @Test
  void fetchStoresTheArticlesOfFeedsAndTheArchiveReingestsToTheSameRecords() throws IOException {
    Path data = dir.resolve("data");
    var r = ExtractCommandTest.run("fetch", "--data", data.toString(), "--allow-private", "--delay", "0s", "--contact", "desk@ledger.invalid",
        site.url("/rss.xml"), site.url("/atom.xml"));
    assertThat(r.exit()).as(r.err()).isEqualTo(Main.SOME_FAILED);
    assertThat(r.err()).contains("dateline: skipped " + site.url("/private/memo") + ": robots.txt disallows it")
        .contains("dateline: skipped " + site.url("/news/gone") + ": 404 Not Found")
        .contains(site.url("/rss.xml") + ": RSS 2.0 listing 4 pages")
        .contains("dateline: stored 3 new, 0 replaced, 0 unchanged");
    Map<String, ObjectNode> fetched = records(data);
    assertThat(fetched).containsOnlyKeys(site.url("/news/dam-talks"), site.url("/news/ferry"), site.url("/news/strike"));
    // the feed's local time dates the page that states no date itself
    assertThat(fetched.get(site.url("/news/dam-talks")).get("published").get("date").asText()).isEqualTo("2026-02-10");
    assertThat(fetched.get(site.url("/news/dam-talks")).get("published").get("basis").asText()).contains("feed");
    try (Store s = Store.open(data, Linkers.standard())) {
      assertThat(s.archiveOf(site.url("/news/ferry"))).matches(".*/archive/dateline-\\d{8}T\\d{6}Z-\\d{5}\\.warc\\.gz#<?urn:uuid:[0-9a-f-]{36}>?");
    }

    // the archive alone, ingested elsewhere, gives the same records: the evidence outlives the site
    Path again = dir.resolve("again");
    var ingest = ExtractCommandTest.run("ingest", "--data", again.toString(), data.resolve("archive").toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    assertThat(records(again)).isEqualTo(fetched);

    // a second fetch asks conditionally and changes nothing
    var second = ExtractCommandTest.run("fetch", "--data", data.toString(), "--allow-private", "--delay", "0s", site.url("/rss.xml"), site.url("/atom.xml"));
    assertThat(second.err()).contains(site.url("/rss.xml") + ": not modified since the last fetch")
        .contains("dateline: stored 0 new, 0 replaced, 0 unchanged");

    // a page changed since: fetched again, the stored article replaced, both versions in the archive
    site.html("/news/ferry", NewsSite.article("Ferry to Osterby sails again", "OSTERBY", "Tomas Lerch", "",
        "The ferry to Osterby sailed again on Monday after a week of storms, an hour late.",
        "\"The crossing is safe again,\" said harbour master Pia Lund."));
    var third = ExtractCommandTest.run("fetch", "--data", data.toString(), "--allow-private", "--delay", "0s", site.url("/news/ferry"));
    assertThat(third.exit()).as(third.err()).isZero();
    assertThat(third.err()).contains("dateline: stored 0 new, 1 replaced, 0 unchanged");
    assertThat(records(data).get(site.url("/news/ferry")).get("body").asText()).contains("an hour late");
  }

  @Test
  void fetchRefusesLoopbackUnlessAllowedAndRejectsBadOptions() {
    var r = ExtractCommandTest.run("fetch", "--data", dir.resolve("d").toString(), site.url("/rss.xml"));
    assertThat(r.exit()).isEqualTo(Main.SOME_FAILED);
    assertThat(r.err()).contains("dateline: skipped " + site.url("/rss.xml")
        + ": host 127.0.0.1 resolves to the non-public address 127.0.0.1 (--allow-private permits it)");
    var bad = ExtractCommandTest.run("fetch", "--delay", "soon", site.url("/rss.xml"));
    assertThat(bad.exit()).isEqualTo(Main.USAGE);
    assertThat(bad.err()).contains("Invalid value for option '--delay': 'soon' is not a duration like 500ms, 2s, 15m, 1h or 1d");
  }

  @Test
  void watchTakesEachNewItemOnceAcrossPollsAndRestartsRetriesWhatMayPassAndBacksOffAFailingFeed() throws IOException {
    Path data = dir.resolve("data");
    Path feeds = dir.resolve("feeds.txt");
    Files.writeString(feeds, "# the story's outlets\n" + site.url("/watch.xml") + "\n" + site.url("/atom.xml") + "\n\n" + site.url("/down.xml") + "\n");
    var r = ExtractCommandTest.run("watch", "--data", data.toString(), "--allow-private", "--delay", "0s", "--every", "1s", "--polls", "2",
        feeds.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(Main.SOME_FAILED);
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines).anySatisfy(l -> assertThat(l).matches("\\S+Z\tnew\t2026-02-10\tHarbour Ledger\tKarsa dam talks resume\t" + site.url("/news/dam-talks")));
    assertThat(r.err()).contains("dateline: poll 1: 3 feeds (0 not modified, 1 failed, 0 backing off), 6 new pages listed, 3 new articles stored")
        .contains("dateline: feed " + site.url("/down.xml") + ": 503 Service Unavailable; 1 failure in a row, next try after ")
        .contains("dateline: skipped " + site.url("/news/flaky") + ": 503 Service Unavailable")
        // the page that failed for a reason that may pass is asked for again, its feed fetched whole to list it
        .containsPattern("dateline: poll 2: 3 feeds \\(1 not modified, [01] failed, [01] backing off\\), 1 new pages listed, 0 new articles stored, [34] requests \\(1 answered 304\\)");

    // restarted (every 15 minutes): the store remembers what was taken and that the failing feed is backing off;
    // the flaky page now answers and is taken
    site.html("/news/flaky", NewsSite.article("Flood barrier holds", "DUNMERE", "Mara Holt", "",
        "The new flood barrier at Dunmere held through the night as the river rose.",
        "\"It did exactly what it was built to do,\" said engineer Oskar Dahl."));
    var again = ExtractCommandTest.run("watch", "--data", data.toString(), "--allow-private", "--delay", "0s", "--polls", "1", feeds.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out().strip().split("\n")).singleElement().asString().endsWith("\tFlood barrier holds\t" + site.url("/news/flaky"));
    assertThat(again.err()).contains("dateline: poll 1: 3 feeds (1 not modified, 0 failed, 1 backing off), 1 new pages listed, 1 new articles stored, 4 requests (1 answered 304)");
  }
}
