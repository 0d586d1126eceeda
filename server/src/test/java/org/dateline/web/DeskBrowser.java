package org.dateline.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.dateline.store.Fixtures;
import org.dateline.store.Fixtures.Quote;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk's browser tests' common ground: a server over invented articles (hostile text, more statements than a page
 * holds, a body that speaks, an article dated only to a range) and one headless Chromium, both per test class, so a
 * correction made in one class never shows in another. (docs/timeline.png comes from {@link SamplesEndToEndTest}.)
 */
abstract class DeskBrowser {
  static final int HARVEST = 60;
  static final String XSS_HEADLINE = "Xss <script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";
  static final String XSS_QUOTE = "<a href=\"javascript:window.__xss=3\">click</a> <b onmouseover=\"window.__xss=4\">bold</b>";
  @TempDir static Path dir;
  @TempDir static Path profile;
  static TestServer server;
  static ChromeDriver browser;

  @BeforeAll
  static void start() {
    Chromium.assumeInstalled("browser tests");
    server = new TestServer(dir, List.of(Fixtures.article("xss/1", "Evil <i>Times</i>", "2026-02-15", XSS_HEADLINE,
        new Quote("Mallory <img src=y onerror=\"window.__xss=5\">", XSS_QUOTE)),
        // more statements than a page holds, in two outlets, for paging and filters
        Fixtures.article("bulletin/1", "Lake Bulletin", "2026-04-01", "Harvest fair opens",
            IntStream.range(0, HARVEST).mapToObj(i -> new Quote("Orla Venn", "Harvest stall " + i + " is open")).toArray(Quote[]::new)),
        Fixtures.article("courier/1", "Esker Courier", "2026-04-02", "Harvest fair closes",
            new Quote("Orla Venn", "The harvest fair closes on Sunday")),
        // a body that speaks: its own page, never a person's, and not in the list of people
        Fixtures.article("courier/2", "Esker Courier", "2026-04-03", "Weir to open",
            new Quote("Esker Water Board", "The sluices open on Monday", org.dateline.model.Person.Kind.ORGANISATION)),
        rangedWithChrome()));
    browser = Chromium.start(profile, "1280,900");
  }

  /**
   * An article known only to lie in a week (its dateline's day and weekday fit two years' Mondays), with the site
   * chrome its cleaner removed.
   */
  static org.dateline.model.ArticleRecord rangedWithChrome() {
    var r = Fixtures.article("gazette/1", "Esker Gazette", "2026-02-12", "Sluice gates stay shut at Karsa",
        new Quote("Jarek Holm", "The sluices stay shut until the survey is done"));
    java.time.LocalDate lo = java.time.LocalDate.parse("2025-02-10"), hi = java.time.LocalDate.parse("2026-02-09");
    return new org.dateline.model.ArticleRecord(r.source(), r.url(), r.outlet(), r.headline(), r.section(), r.byline(), r.dateline(),
        new org.dateline.model.Published(null, lo, hi, org.dateline.model.Basis.of(org.dateline.model.Evidence.DATELINE, org.dateline.model.Evidence.WEEKDAY),
            List.of(lo, hi)),
        r.body(), List.of(new org.dateline.model.Removal("Subscribe for full access", org.dateline.model.RemovalReason.SUBSCRIBE),
            new org.dateline.model.Removal("Share this article", org.dateline.model.RemovalReason.SHARE)),
        // the chrome stays in the source text the spans point into (after the article here, so the spans hold);
        // "Share this article" ran over two lines
        r.people(), r.statements(), r.times(), r.warnings(), r.sourceText() + "Subscribe for full access\n\nShare\nthis article\n");
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.quit();
    if (server != null) server.close();
  }

  void open(String hash) {
    browser.get(server.url("/" + hash));
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> hash.isEmpty() ? d.findElement(By.tagName("body")).getAttribute("data-ready") != null
        : (hash).equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  /** Waits through a redraw (elements found before it go stale). */
  void redrawn(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> done) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(done::apply);
  }

  void waitFor(String hash) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> hash.equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  /** The id of the first statement of a speaker named in the fixtures. */
  static String statementBy(String speaker) {
    return server.store.queries().statements(new org.dateline.store.StatementQuery(speaker, null, null, null, null, null, null, 1, 0))
        .items().getFirst().id();
  }

  /** The article dated only to a range. */
  static long ranged() {
    return server.store.queries().statement(statementBy("Jarek Holm")).variants().getFirst().articleId();
  }
}
