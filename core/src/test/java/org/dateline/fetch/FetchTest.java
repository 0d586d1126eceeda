package org.dateline.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Published;
import org.dateline.pipeline.Pipeline;
import org.dateline.read.Inputs;
import org.dateline.read.RawPage;
import org.dateline.read.ReadResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching against a real local HTTP server: listings, politeness, safety, named failures and the archive. */
class FetchTest {
  static NewsSite site;
  @TempDir Path dir;

  static final String SAID = "\"We will keep the crossing open through the winter,\" said Ansel Brandt, the harbour master.";

  @BeforeAll
  static void start() throws IOException {
    site = new NewsSite();
    String b = site.base();
    site.put("/robots.txt", NewsSite.Page.of("text/plain", "User-agent: *\nDisallow: /private/\n"))
        .html("/news/2026/02/10/dam-talks.html", NewsSite.article("Talks on the Karsa dam resume", "LINNHOLM", "Ida Vesk", "",
            "Negotiators from both river states met again on the dam dispute.", SAID))
        .html("/news/ferry-resumes", NewsSite.article("Ferry service to Osterby resumes", null, "Tomas Lerch", "",
            "The ferry to Osterby sailed again after a week of storms.", SAID))
        .html("/news/port-strike", NewsSite.article("Dockers end strike at Varn port", null, "Ida Vesk",
            "<meta property=\"article:published_time\" content=\"2026-02-12T07:00:00+02:00\">",
            "Dockers at Varn returned to work on Thursday.", SAID))
        .html("/news/moved", NewsSite.article("Bridge toll scrapped", null, "Tomas Lerch", "", "The council scrapped the toll.", SAID))
        .html("/news/harvest-fair", NewsSite.article("Harvest fair draws record crowd", null, "Mara Holt", "", "Crowds came to the fair.", SAID))
        .html("/news/odd-date", NewsSite.article("Lighthouse keeper retires", null, "Mara Holt", "", "The keeper retired.", SAID))
        .html("/news/council-vote", NewsSite.article("Council votes on harbour plan", null, "Ida Vesk", "", "The council voted.", SAID))
        .html("/private/memo", NewsSite.article("Internal memo", null, "Staff", "", "Not for crawlers."))
        .put("/broken", NewsSite.status(500))
        .put("/slow", new NewsSite.Page(200, "text/html", NewsSite.article("Slow", null, "X", "", "Slow page.").getBytes(), Map.of(), 3000))
        .html("/huge", NewsSite.article("Huge", null, "X", "", "x".repeat(300_000)))
        .put("/old-link", NewsSite.redirect(301, "/news/moved"))
        .put("/loop1", NewsSite.redirect(302, "/loop2"))
        .put("/loop2", NewsSite.redirect(302, "/loop1"))
        .put("/chart.png", new NewsSite.Page(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}, Map.of(), 0))
        .put("/rss.xml", NewsSite.Page.of("application/rss+xml", NewsSite.rss(
            b + "/news/2026/02/10/dam-talks.html", "Talks on the Karsa dam resume", "Tue, 10 Feb 2026 23:30:00 -0500",
            "news/ferry-resumes", "Ferry service to Osterby resumes", "Wed, 11 Feb 2026 01:15:00 GMT",
            "/private/memo", "Internal memo", null,
            "/missing", "Gone", null,
            "/broken", "Broken", null,
            "/slow", "Slow", null,
            "/huge", "Huge", null,
            "/old-link", "Bridge toll scrapped", "Thu, 12 Feb 2026 10:00:00 +0000",
            "/chart.png", "Chart", null,
            "/loop1", "Loop", null)))
        .put("/atom.xml", NewsSite.Page.of("application/atom+xml", NewsSite.atom(
            b + "/news/2026/02/10/dam-talks.html#comments", "Talks on the Karsa dam resume", "2026-02-11T05:30:00+01:00",
            b + "/news/port-strike", "Dockers end strike at Varn port", "2026-02-12T07:00:00+02:00")))
        .put("/rdf.xml", NewsSite.Page.of("application/rdf+xml", NewsSite.rdf(
            b + "/news/harvest-fair", "Harvest fair draws record crowd", "2026-02-09",
            b + "/news/odd-date", "Lighthouse keeper retires", "sometime last week")))
        .put("/sitemap.xml", NewsSite.Page.of("application/xml", NewsSite.newsSitemap(
            b + "/news/council-vote", "Council votes on harbour plan", "2026-02-13T18:45:00-08:00")))
        .put("/sitemap-index.xml", NewsSite.Page.of("application/xml", "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>" + b + "/sitemap.xml</loc></sitemap></sitemapindex>"))
        .put("/sitemap.xml.gz", new NewsSite.Page(200, "application/x-gzip", gzip(NewsSite.newsSitemap(
            b + "/news/harvest-fair", "Harvest fair draws record crowd", "2026-02-09T10:00:00+01:00")), Map.of(), 0))
        .put("/bad.xml", NewsSite.Page.of("application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>Unclosed"));
  }

  static byte[] gzip(String s) {
    var out = new java.io.ByteArrayOutputStream();
    try (var z = new java.util.zip.GZIPOutputStream(out)) {
      z.write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void aGzippedSitemapIsRead() {
    Run r = crawl(settings(), Validators.inMemory(), site.url("/sitemap.xml.gz"));
    assertThat(r.page(site.url("/news/harvest-fair")).listedDate()).isEqualTo("2026-02-09T10:00:00+01:00");
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  FetchSettings settings() {
    return new FetchSettings("mailto:desk@ledger.invalid", Duration.ZERO, Duration.ofSeconds(2), 100_000, 3, true);
  }

  record Run(Map<String, ReadResult> results, Fetcher fetcher, Path archive) {
    RawPage page(String url) {
      ReadResult r = results.get(url);
      assertThat(r).as(url + " in " + results.keySet()).isInstanceOf(ReadResult.Page.class);
      return ((ReadResult.Page) r).page();
    }

    String failure(String url) {
      ReadResult r = results.get(url);
      assertThat(r).as(url + " in " + results.keySet()).isInstanceOf(ReadResult.Failure.class);
      return ((ReadResult.Failure) r).reason();
    }
  }

  Run crawl(FetchSettings s, Validators v, String... urls) {
    Path archive = dir.resolve("archive");
    Map<String, ReadResult> out = new LinkedHashMap<>();
    try (Fetcher f = new Fetcher(s, new Archive(archive, Archive.DEFAULT_ROTATE_BYTES, s.userAgent(), Clock.systemUTC()), v, Clock.systemUTC())) {
      new Crawl(f, new Crawl.Events() {}).fetch(List.of(urls), r -> out.put(r.source(), r));
      return new Run(out, f, archive);
    }
  }

  @Test
  void feedsInThreeFormatsAndANewsSitemapGiveTheirPagesWithTheirDatesAsWritten() {
    int before = site.hits().size();
    Run r = crawl(settings(), Validators.inMemory(), site.url("/rss.xml"), site.url("/atom.xml"), site.url("/rdf.xml"), site.url("/sitemap-index.xml"));
    // RSS's RFC 822 dates keep their offset; GMT stays UTC; a relative link is resolved against the feed
    assertThat(r.page(site.url("/news/2026/02/10/dam-talks.html")).listedDate()).isEqualTo("2026-02-10T23:30:00-05:00");
    assertThat(r.page(site.url("/news/ferry-resumes")).listedDate()).isEqualTo("2026-02-11T01:15:00Z");
    assertThat(r.page(site.url("/news/moved")).listedDate()).isEqualTo("2026-02-12T10:00:00+00:00");
    assertThat(r.page(site.url("/news/port-strike")).listedDate()).isEqualTo("2026-02-12T07:00:00+02:00");
    assertThat(r.page(site.url("/news/harvest-fair")).listedDate()).isEqualTo("2026-02-09");
    assertThat(r.page(site.url("/news/odd-date")).listedDate()).isNull();
    assertThat(r.page(site.url("/news/council-vote")).listedDate()).isEqualTo("2026-02-13T18:45:00-08:00");
    // listed by RSS and (with a fragment) by Atom: fetched once, dated by the first listing
    assertThat(site.hits().subList(before, site.hits().size())).filteredOn(h -> h.path().equals("/news/2026/02/10/dam-talks.html")).hasSize(1);
    assertThat(r.page(site.url("/news/ferry-resumes")).fetched()).isNotNull();
  }

  @Test
  void everyFailureIsNamedWithItsUrlAndReasonAndTheRunGoesOn() {
    Run r = crawl(settings(), Validators.inMemory(), site.url("/rss.xml"), site.url("/bad.xml"), "ftp://ledger.invalid/x", "news/relative");
    assertThat(r.failure(site.url("/private/memo"))).isEqualTo("robots.txt disallows it");
    assertThat(r.failure(site.url("/missing"))).isEqualTo("404 Not Found");
    assertThat(r.failure(site.url("/broken"))).isEqualTo("500 Internal Server Error");
    assertThat(r.failure(site.url("/slow"))).isEqualTo("timed out after 2 s");
    assertThat(r.failure(site.url("/huge"))).isEqualTo("response is over the limit of 100,000 bytes (--max-bytes)");
    assertThat(r.failure(site.url("/chart.png"))).isEqualTo("not HTML (Content-Type: image/png)");
    assertThat(r.failure(site.url("/loop1"))).isEqualTo("more than 3 redirects");
    assertThat(r.failure(site.url("/bad.xml"))).startsWith("bad feed XML: ");
    assertThat(r.failure("ftp://ledger.invalid/x")).isEqualTo("not an http or https URL (scheme ftp)");
    assertThat(r.failure("news/relative")).isEqualTo("not an absolute URL");
    assertThat(site.hitsOn("/private/memo")).isZero();
    // the redirect is followed and the page named by where it ended
    assertThat(r.page(site.url("/news/moved")).url()).isEqualTo(site.url("/news/moved"));
  }

  @Test
  void loopbackAndPrivateAddressesAreRefusedUnlessAllowed() {
    Run r = crawl(settings().withAllowPrivate(false), Validators.inMemory(), site.url("/news/port-strike"), "http://10.1.2.3/news", "http://[::1]/x");
    assertThat(r.failure(site.url("/news/port-strike")))
        .isEqualTo("host 127.0.0.1 resolves to the non-public address 127.0.0.1 (--allow-private permits it)");
    assertThat(r.failure("http://10.1.2.3/news")).contains("non-public address 10.1.2.3");
    assertThat(r.failure("http://[::1]/x")).contains("non-public address");
    assertThat(AddressGuard.refusal(URI.create("http://192.168.4.20/"), false)).contains("non-public");
    assertThat(AddressGuard.refusal(URI.create("http://169.254.169.254/latest/meta-data/"), false)).contains("non-public");
    assertThat(AddressGuard.refusal(URI.create("http://100.64.0.1/"), false)).contains("non-public");
    assertThat(AddressGuard.refusal(URI.create("http://8.8.8.8/"), false)).isNull();
  }

  @Test
  void aSecondFetchIsConditionalAndAChangedPageIsFetchedAgain() {
    Validators v = Validators.inMemory();
    String path = "/news/changing";
    site.html(path, NewsSite.article("Storm closes the coast road", null, "Ida Vesk", "", "The road closed at noon.", SAID));
    Run first = crawl(settings(), v, site.url(path), site.url("/atom.xml"));
    assertThat(first.page(site.url(path)).content()).contains("closed at noon");
    Run second = crawl(settings(), v, site.url(path), site.url("/atom.xml"));
    assertThat(second.results()).doesNotContainKey(site.url(path));
    assertThat(second.fetcher().stats().notModified()).isEqualTo(2);
    assertThat(site.hits()).filteredOn(h -> h.path().equals(path) && h.notModified()).hasSize(1);
    site.html(path, NewsSite.article("Storm closes the coast road", null, "Ida Vesk", "", "The road reopened at six.", SAID));
    Run third = crawl(settings(), v, site.url(path));
    assertThat(third.page(site.url(path)).content()).contains("reopened at six");
  }

  @Test
  void requestsToOneHostAreSpacedByTheDelayAndNameDatelineAndItsContact() {
    FetchSettings s = settings().withDelay(Duration.ofMillis(250));
    int before = site.hits().size();
    crawl(s, Validators.inMemory(), site.url("/atom.xml"), site.url("/news/harvest-fair"));
    List<NewsSite.Hit> hits = site.hits().subList(before, site.hits().size());
    assertThat(hits).hasSizeGreaterThanOrEqualTo(4); // robots.txt, the feed, two entries, the page
    for (int i = 1; i < hits.size(); i++)
      assertThat((hits.get(i).nanos() - hits.get(i - 1).nanos()) / 1_000_000).as("gap before " + hits.get(i).path()).isGreaterThanOrEqualTo(250);
    assertThat(hits).allSatisfy(h -> assertThat(h.userAgent()).matches("Dateline/\\S+ \\(\\+mailto:desk@ledger\\.invalid\\)"));
  }

  @Test
  void theArchiveReadsBackToTheSamePagesWithTheirListingsDates() {
    Run r = crawl(settings(), Validators.inMemory(), site.url("/rss.xml"), site.url("/atom.xml"), site.url("/sitemap.xml"));
    List<RawPage> fetched = r.results().values().stream().filter(x -> x instanceof ReadResult.Page)
        .map(x -> ((ReadResult.Page) x).page()).toList();
    List<RawPage> reread = new ArrayList<>();
    Inputs inputs = new Inputs(Inputs.DEFAULT_MAX_BYTES, System.in);
    for (String f : inputs.expand(List.of(r.archive().toString()), x -> {})) inputs.read(f, x -> {
      if (x instanceof ReadResult.Page p) reread.add(p.page());
    });
    assertThat(reread).hasSameSizeAs(fetched);
    for (int i = 0; i < fetched.size(); i++) {
      RawPage a = fetched.get(i), b = reread.get(i);
      assertThat(b.source()).endsWith("#" + a.source());
      assertThat(b.withListedDate(null)).isEqualTo(new RawPage(b.source(), a.format(), a.content(), a.url(), a.fetched(), a.warnings()));
      assertThat(b.listedDate()).isEqualTo(a.listedDate());
    }
  }

  @Test
  void aListingsDateDatesAPageThatStatesNone() {
    Run r = crawl(settings(), Validators.inMemory(), site.url("/rss.xml"), site.url("/atom.xml"), site.url("/sitemap.xml"));
    Pipeline p = Pipeline.standard((text, date, when) -> {
      throw new AssertionError("preparing needs no NLP");
    });
    // a local time with its offset is the page's own day, though it is the next day in UTC
    Published dam = p.prepare(r.page(site.url("/news/2026/02/10/dam-talks.html"))).published();
    assertThat(dam.date()).isEqualTo(LocalDate.of(2026, 2, 10));
    assertThat(dam.basis().has(org.dateline.model.Evidence.FEED)).isTrue();
    Published council = p.prepare(r.page(site.url("/news/council-vote"))).published();
    assertThat(council).isEqualTo(Published.exact(LocalDate.of(2026, 2, 13), org.dateline.model.Basis.parse("feed")));
    // a GMT time early in the day leaves the day before possible, as a page's own UTC value does
    Published ferry = p.prepare(r.page(site.url("/news/ferry-resumes"))).published();
    assertThat(ferry.earliest()).isEqualTo(LocalDate.of(2026, 2, 10));
    assertThat(ferry.latest()).isEqualTo(LocalDate.of(2026, 2, 11));
    // the page's own meta date and the feed's agree
    assertThat(p.prepare(r.page(site.url("/news/port-strike"))).published()).isEqualTo(Published.exact(LocalDate.of(2026, 2, 12), org.dateline.model.Basis.parse("meta+feed")));
  }

  @Test
  void oddFeedDatesAreReadOrLeftOut() {
    assertThat(Listings.normalise("Tue, 10 Feb 2026 09:30:00 EST")).isEqualTo("2026-02-10T09:30:00-05:00");
    assertThat(Listings.normalise("10 Feb 2026 09:30 +0100")).isEqualTo("2026-02-10T09:30:00+01:00");
    assertThat(Listings.normalise("2026-02-10T09:30:00.000Z")).isEqualTo("2026-02-10T09:30:00.000Z");
    assertThat(Listings.normalise("yesterday")).isNull();
    assertThat(Listings.normalise("")).isNull();
  }
}
