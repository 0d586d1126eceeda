package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.dateline.store.Fixtures;
import org.dateline.store.Fixtures.Quote;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium: story list, timeline, search, variants highlighted, and hostile article text.
 * (docs/timeline.png comes from {@link SamplesEndToEndTest}, over the samples.)
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium"), DRIVER = Path.of("/usr/bin/chromedriver");
  static final int HARVEST = 60;
  static final String XSS_HEADLINE = "Xss <script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";
  static final String XSS_QUOTE = "<a href=\"javascript:window.__xss=3\">click</a> <b onmouseover=\"window.__xss=4\">bold</b>";
  @TempDir static Path dir;
  @TempDir static Path profile;
  static TestServer server;
  static ChromeDriver browser;

  @BeforeAll
  static void start() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "browser tests skipped: need Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
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
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build(), options);
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

  @Test
  void aMalformedAddressSaysSoInsteadOfLoadingForever() {
    open("#/person/%E0%A4%A");
    assertThat(browser.findElement(By.cssSelector("main .error, .error")).getText()).startsWith("not a valid address");
  }

  @Test
  void storyListAndTimeline() {
    open("");
    List<WebElement> stories = browser.findElements(By.cssSelector("#stories .story-link"));
    assertThat(stories).extracting(WebElement::getText).contains("Dam talks open in Lisvara", "Festival draws crowds");
    stories.stream().filter(e -> e.getText().equals("Dam talks open in Lisvara")).findFirst().orElseThrow().click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#timeline .stmt")).isEmpty());
    assertThat(browser.findElements(By.cssSelector("#timeline .stmt"))).hasSize(3);
    assertThat(browser.findElements(By.cssSelector("#axis .dot"))).hasSize(2);
    open("#/story/story-dam?outlet=Nord%20Post");
    assertThat(browser.findElements(By.cssSelector("#timeline .stmt"))).hasSize(2);
  }

  @Test
  void searchBoxFindsStatements() {
    open("");
    browser.findElement(By.id("search")).sendKeys("turbines");
    browser.findElement(By.cssSelector("#search-form button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#results .stmt")).isEmpty());
    assertThat(browser.findElement(By.id("search-total")).getText()).isEqualTo("1 statement");
    assertThat(browser.findElement(By.cssSelector("#results .stmt-link")).getText()).isEqualTo("Farmers cannot wait for the turbines");
    // the page says what was asked, in its heading and its title, and the heading has the focus
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Statements matching “turbines”");
    assertThat(browser.getTitle()).isEqualTo("Statements matching “turbines” · Search · Dateline");
    assertThat(browser.switchTo().activeElement().getTagName()).isEqualTo("h1");
  }

  @Test
  void aSurnameAloneFindsThePersonAndAnEmptyResultOffersAWayOn() {
    open("#/search?q=venn");
    assertThat(browser.findElement(By.id("search-total")).getText()).isEqualTo("1–50 of " + (HARVEST + 1) + " statements");
    open("#/search?q=harvest%20lighthouse&outlet=Lake%20Bulletin");
    assertThat(browser.findElement(By.id("search-total")).getText()).isEqualTo("0 statements");
    assertThat(browser.findElements(By.cssSelector("#no-results a"))).extracting(WebElement::getText)
        .contains("Search all statements for “harvest lighthouse”", "harvest", "lighthouse", "stories");
  }

  @Test
  void aFilteredSearchPagesToItsSecondPageAndBack() {
    open("#/search?q=harvest");
    assertThat(browser.findElement(By.id("search-total")).getText()).isEqualTo("1–50 of " + (HARVEST + 1) + " statements");
    // facets: each outlet with its count; choosing one by keyboard does not reload until Apply
    WebElement outlet = browser.findElement(By.id("f-outlet"));
    assertThat(outlet.findElements(By.tagName("option"))).extracting(WebElement::getText)
        .containsExactly("All", "Lake Bulletin (" + HARVEST + ")", "Esker Courier (1)");
    outlet.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
    assertThat(browser.findElement(By.tagName("body")).getAttribute("data-ready")).isEqualTo("#/search?q=harvest");
    new org.openqa.selenium.support.ui.Select(outlet).selectByValue("Lake Bulletin");
    browser.findElement(By.cssSelector("#filters button")).click();
    waitFor("#/search?q=harvest&outlet=Lake+Bulletin");
    assertThat(browser.findElement(By.id("search-total")).getText()).isEqualTo("1–50 of " + HARVEST + " statements");
    assertThat(browser.findElements(By.cssSelector("#results .stmt"))).hasSize(50);
    browser.findElement(By.id("next")).click();
    waitFor("#/search?q=harvest&outlet=Lake+Bulletin&offset=50");
    assertThat(browser.findElement(By.id("search-total")).getText()).isEqualTo("51–" + HARVEST + " of " + HARVEST + " statements");
    assertThat(browser.findElements(By.cssSelector("#results .stmt"))).hasSize(HARVEST - 50);
    assertThat(browser.findElements(By.id("next"))).isEmpty();
    assertThat(browser.findElement(By.id("download-csv")).getAttribute("href"))
        .endsWith("/api/statements/export?q=harvest&outlet=Lake+Bulletin&format=csv");
    assertThat(browser.findElement(By.id("download-excel")).getAttribute("href"))
        .endsWith("/api/statements/export?q=harvest&outlet=Lake+Bulletin&format=csv&excel=1");
    browser.navigate().back();
    waitFor("#/search?q=harvest&outlet=Lake+Bulletin");
    assertThat(browser.findElement(By.id("search-total")).getText()).isEqualTo("1–50 of " + HARVEST + " statements");
  }

  /** The pages a reader meets, by address. */
  static List<String> pages() {
    String statement = server.store.queries().statements(new org.dateline.store.StatementQuery("Ilse Marren", null, null, null, null, null, null, 1, 0))
        .items().getFirst().id();
    long article = server.store.queries().statement(statement).variants().getFirst().articleId();
    return List.of("#/", "#/story/story-dam", "#/search?q=harvest", "#/search?q=nothing%20here", "#/statement/" + statement,
        "#/person/p-ilse-marren", "#/people", "#/organisation/p-esker-water-board", "#/people?kind=organisation", "#/article/" + article, "#/outlets", "#/outlet/Harbour%20Ledger", "#/article/" + ranged());
  }

  /**
   * Every page at a desktop and a phone size: no sideways scroll, its own title, focus on its heading, and no serious
   * or critical accessibility violation by axe-core (vendored in test resources, MPL-2.0: see axe/README.md).
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"1366x900", "390x844"})
  void everyPageFitsHasItsTitleAndFocusAndPassesAxe(String size) throws Exception {
    viewport(browser, size);
    String axe = new String(BrowserTest.class.getResourceAsStream("/axe/axe.min.js").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    JavascriptExecutor js = browser;
    java.util.Set<String> titles = new java.util.HashSet<>();
    List<String> problems = new java.util.ArrayList<>();
    try {
      for (String page : pages()) {
        open(page);
        assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).isEqualTo(Integer.parseInt(size.split("x")[0]));
        long wide = (Long) js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (wide > 0) problems.add(page + " scrolls sideways by " + wide + " px");
        if (!titles.add(browser.getTitle())) problems.add(page + " has the title of another page: " + browser.getTitle());
        if (!browser.switchTo().activeElement().getTagName().equals("h1")) problems.add(page + ": focus is not on the heading");
        // by keyboard from the heading: Tab reaches the page's own controls and links, each visible where it is
        long focusable = (Long) js.executeScript("return document.querySelectorAll('#main a[href], #main button, #main select, #main input, "
            + "#main summary, #main [tabindex]:not([tabindex=\"-1\"])').length");
        for (int i = 0; i < Math.min(3, focusable); i++) {
          browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
          String where = (String) js.executeScript("""
              const e = document.activeElement, r = e.getBoundingClientRect();
              if (!document.getElementById('main').contains(e)) return 'outside the page: ' + e.tagName;
              if (r.width === 0 || r.height === 0) return 'invisible: ' + e.tagName + ' ' + e.textContent.slice(0, 40);
              return null;""");
          if (where != null) problems.add(page + " " + size + ": Tab " + (i + 1) + " from the heading lands " + where);
        }
        js.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<Object> found = (List<Object>) js.executeAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
              .filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => v.impact + ' ' + v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))));""");
        for (Object v : found) problems.add(page + " " + size + ": " + v);
      }
    } finally {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theKeyboardReachesSearchFiltersAndPaging() {
    open("#/search?q=harvest");
    // Tab from the heading walks the page in order: the filters come before the results and the pager
    List<String> seen = new java.util.ArrayList<>();
    // (a date input takes a Tab per part: day, month, year, picker)
    for (int i = 0; i < 24; i++) {
      browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
      WebElement e = browser.switchTo().activeElement();
      seen.add(e.getTagName() + (e.getAttribute("id") == null || e.getAttribute("id").isEmpty() ? "" : "#" + e.getAttribute("id")));
    }
    assertThat(seen).containsSubsequence("select#f-speaker", "select#f-outlet", "select#f-kind", "select#f-story", "input#f-from", "input#f-to", "button#apply");
    browser.findElement(By.id("next")).sendKeys(org.openqa.selenium.Keys.ENTER);
    waitFor("#/search?q=harvest&offset=50");
    assertThat(browser.switchTo().activeElement().getTagName()).isEqualTo("h1");
  }

  /**
   * The page's viewport as WIDTHxHEIGHT CSS pixels: a device-metrics override, since headless Chromium keeps a window
   * at least 500 px wide (a 390 px window would be measured at 500).
   */
  static void viewport(ChromeDriver browser, String size) {
    String[] wh = size.split("x");
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", Integer.parseInt(wh[0]),
        "height", Integer.parseInt(wh[1]), "deviceScaleFactor", 1, "mobile", Integer.parseInt(wh[0]) < 600));
  }

  @Test
  void backReturnsToTheScrollPositionOfALongPage() {
    viewport(browser, "390x844");
    try {
      open("#/search?q=harvest");
      JavascriptExecutor js = browser;
      js.executeScript("window.scrollTo(0, 1500)");
      new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> ((Number) js.executeScript("return window.scrollY")).intValue() == 1500);
      browser.findElements(By.cssSelector("#results .stmt-link")).get(20).click();
      new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> String.valueOf(d.findElement(By.tagName("body")).getAttribute("data-ready")).startsWith("#/statement/"));
      browser.navigate().back();
      waitFor("#/search?q=harvest");
      assertThat(((Number) js.executeScript("return window.scrollY")).intValue()).isEqualTo(1500);
    } finally {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }
  }

  @Test
  void anArticlePageShowsItsTextWithStatementsMarkedAndTheOriginal() {
    String statement = server.store.queries().statements(new org.dateline.store.StatementQuery("Ilse Marren", null, null, null, null, null, null, 1, 0))
        .items().getFirst().id();
    open("#/statement/" + statement);
    browser.findElement(By.cssSelector("#variants .variant .meta a")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> String.valueOf(d.findElement(By.tagName("body")).getAttribute("data-ready")).startsWith("#/article/"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dam talks open in Lisvara");
    assertThat(browser.findElements(By.cssSelector(".article-text mark"))).extracting(WebElement::getText)
        .containsExactly("We will not open the gates before spring", "The accord is clear about the water");
    assertThat(browser.findElement(By.id("original")).getAttribute("href")).isEqualTo("https://example.test/ledger/1");
    assertThat(browser.getTitle()).isEqualTo("Dam talks open in Lisvara · Article · Dateline");
  }

  static long ranged() {
    String statement = server.store.queries().statements(new org.dateline.store.StatementQuery("Jarek Holm", null, null, null, null, null, null, 1, 0))
        .items().getFirst().id();
    return server.store.queries().statement(statement).variants().getFirst().articleId();
  }

  @Test
  void anArticlePageShowsItsDateWithTheEvidenceAndTheRemovedChromeFolded() {
    open("#/article/" + ranged());
    assertThat(browser.findElement(By.id("date-evidence")).getText())
        .isEqualTo("Date: 2025-02-10 – 2026-02-09 · from the dateline’s month and day; the weekday named in the lead · one of 2025-02-10, 2026-02-09");
    WebElement removed = browser.findElement(By.id("removed"));
    assertThat(removed.getAttribute("open")).isNull();
    assertThat(removed.findElement(By.tagName("summary")).getText()).isEqualTo("Removed from the page: 2 pieces of site chrome");
    removed.findElement(By.tagName("summary")).sendKeys(org.openqa.selenium.Keys.ENTER);
    assertThat(removed.findElements(By.tagName("li"))).extracting(WebElement::getText)
        .containsExactly("SUBSCRIBE PROMPT Subscribe for full access", "SHARE BLOCK Share this article");
    // the text shows what the cleaner kept, the statement marked; the switch puts the chrome back in its place
    WebElement text = browser.findElement(By.cssSelector(".article-text"));
    assertThat(text.getText()).contains("The sluices stay shut until the survey is done").doesNotContain("Subscribe").doesNotContain("Share");
    WebElement toggle = browser.findElement(By.id("show-chrome"));
    toggle.sendKeys(org.openqa.selenium.Keys.SPACE);
    assertThat(text.findElements(By.cssSelector(".chrome"))).extracting(WebElement::getText)
        .containsExactly("Subscribe for full access", "Share\nthis article");
    toggle.sendKeys(org.openqa.selenium.Keys.SPACE);
    assertThat(text.getText()).doesNotContain("Subscribe");
  }

  @Test
  void theOutletsPageLeadsToAnOutletItsArticlesAndItsStatements() {
    open("#/outlets");
    assertThat(browser.findElements(By.cssSelector("#outlets li"))).extracting(WebElement::getText)
        .contains("Harbour Ledger — 2 articles · 3 statements · 2026-02-10 – 2026-03-02", "Nord Post — 1 article · 2 statements · 2026-02-11");
    // by keyboard: Tab to the link, Enter
    WebElement ledger = browser.findElement(By.linkText("Harbour Ledger"));
    ledger.sendKeys(org.openqa.selenium.Keys.ENTER);
    waitFor("#/outlet/Harbour%20Ledger");
    assertThat(browser.getTitle()).isEqualTo("Harbour Ledger · Outlet · Dateline");
    assertThat(browser.switchTo().activeElement().getTagName()).isEqualTo("h1");
    assertThat(browser.findElements(By.cssSelector("#outlet-articles li > a:first-child"))).extracting(WebElement::getText)
        .containsExactly("Festival draws crowds", "Dam talks open in Lisvara");
    assertThat(browser.findElements(By.cssSelector("#outlet-speakers li"))).extracting(WebElement::getText)
        .containsExactlyInAnyOrder("Ilse Marren — 1 statement", "Pera Lund — 1 statement", "Tomas Brell — 1 statement");
    browser.findElement(By.id("outlet-statements")).sendKeys(org.openqa.selenium.Keys.ENTER);
    waitFor("#/search?outlet=Harbour%20Ledger");
    assertThat(browser.findElement(By.id("search-total")).getText()).isEqualTo("3 statements");
  }

  @Test
  void outletsAndSpeakersOnAStatementCardAreLinksAndABodyThatSpokeHasItsOwnPage() {
    open("#/search?q=sluices%20monday");
    WebElement card = browser.findElement(By.cssSelector("#results .stmt"));
    assertThat(card.findElements(By.cssSelector(".meta a"))).extracting(e -> e.getText() + " " + e.getAttribute("href").replaceAll(".*#", "#"))
        .containsExactly("Esker Water Board #/organisation/p-esker-water-board", "Esker Courier #/outlet/Esker%20Courier");
    card.findElement(By.linkText("Esker Courier")).sendKeys(org.openqa.selenium.Keys.ENTER);
    waitFor("#/outlet/Esker%20Courier");
    assertThat(browser.findElements(By.cssSelector("#outlet-speakers a"))).extracting(e -> e.getAttribute("href").replaceAll(".*#", "#"))
        .contains("#/organisation/p-esker-water-board", "#/person/p-orla-venn");
    browser.findElement(By.linkText("Esker Water Board")).sendKeys(org.openqa.selenium.Keys.ENTER);
    waitFor("#/organisation/p-esker-water-board");
    assertThat(browser.getTitle()).isEqualTo("Esker Water Board · Organisation · Dateline");
    assertThat(browser.findElement(By.id("speaker-kind")).getText()).startsWith("Organisation quoted as a speaker (not a person)");
    // the people list holds persons; the bodies that spoke are a link away
    open("#/people");
    assertThat(browser.findElements(By.cssSelector("#people li a"))).extracting(WebElement::getText)
        .contains("Orla Venn", "Ilse Marren").doesNotContain("Esker Water Board");
    browser.findElement(By.linkText("Organisations")).click();
    waitFor("#/people?kind=organisation");
    assertThat(browser.findElements(By.cssSelector("#people li a"))).extracting(WebElement::getText).containsExactly("Esker Water Board");
  }

  @Test
  void storyFiltersChangeByArrowKeysWithoutLeavingThePageAndApplyWithTheButton() {
    open("#/story/story-dam");
    WebElement speaker = browser.findElement(By.id("f-speaker"));
    speaker.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
    // still the same page, the focus still in the dropdown
    assertThat(browser.findElement(By.tagName("body")).getAttribute("data-ready")).isEqualTo("#/story/story-dam");
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("f-speaker");
    String chosen = new org.openqa.selenium.support.ui.Select(speaker).getFirstSelectedOption().getText();
    assertThat(chosen).isNotEqualTo("All speakers");
    browser.findElement(By.id("story-apply")).click();
    waitFor("#/story/story-dam?speaker=" + chosen.replace(" ", "+"));
    assertThat(browser.findElements(By.cssSelector("#timeline .stmt .meta a:first-child"))).extracting(WebElement::getText).containsOnly(chosen);
  }

  @Test
  void personAndStoryPagesChartTheirStatementsOverTime() {
    open("#/person/p-orla-venn");
    WebElement chart = browser.findElement(By.cssSelector("#person-chart svg"));
    // 61 statements in one week (2026-03-30 is the Monday before 1 and 2 April): one bar, labelled with its Monday
    assertThat(chart.findElements(By.tagName("rect"))).hasSize(1);
    assertThat(chart.getAttribute("aria-label")).isEqualTo("Statements per week. 2026-03-30: " + (HARVEST + 1));
    assertThat(browser.findElement(By.id("person-outlets")).getText()).isEqualTo("Quoted by: Lake Bulletin, Esker Courier");
    open("#/story/story-dam");
    WebElement story = browser.findElement(By.cssSelector("#story-chart svg"));
    // 10 and 11 February: three speakers stacked over two days
    assertThat(story.getAttribute("aria-label")).isEqualTo("Statements per day by speaker. 2026-02-10: 2, 2026-02-11: 1");
    assertThat(story.findElements(By.cssSelector("rect title"))).extracting(e -> e.getAttribute("textContent"))
        .containsExactlyInAnyOrder("2026-02-10 · Ilse Marren: 1", "2026-02-10 · Tomas Brell: 1", "2026-02-11 · Anna Korven: 1");
    assertThat(browser.findElements(By.cssSelector("#story-chart .legend li"))).extracting(WebElement::getText)
        .containsExactlyInAnyOrder("Ilse Marren", "Tomas Brell", "Anna Korven");
  }

  @Test
  void correctionsMadeFromThePageShowAtOnce() {
    String id = server.store.queries().statements(new org.dateline.store.StatementQuery("Pera Lund", null, null, null, null, null, null, 1, 0))
        .items().getFirst().id();
    open("#/statement/" + id);
    browser.findElement(By.cssSelector("#corrections summary")).click();
    browser.findElement(By.xpath("//form[@class='correction']//button[text()='Reject']")).click();
    redrawn(d -> d.findElement(By.cssSelector("h1 + .meta")).getText().endsWith("REJECTED"));
    assertThat(browser.findElement(By.id("correction-status")).getText()).isEqualTo("Rejected: hidden from lists; Restore takes it back.");
    open("#/search?q=square");
    assertThat(browser.findElement(By.id("search-total")).getText()).isEqualTo("0 statements");
    open("#/statement/" + id);
    browser.findElement(By.cssSelector("#corrections summary")).click();
    browser.findElement(By.xpath("//form[@class='correction']//button[text()='Restore']")).click();
    redrawn(d -> !d.findElement(By.cssSelector("h1 + .meta")).getText().endsWith("REJECTED"));
    open("#/search?q=square");
    assertThat(browser.findElement(By.id("search-total")).getText()).isEqualTo("1 statement");
    // an alias typed on the person page is a name at once, and search finds the person by it
    open("#/person/p-pera-lund");
    browser.findElement(By.cssSelector("#corrections summary")).click();
    browser.findElement(By.id("alias-name")).sendKeys("Mayor Lund-Aberg");
    browser.findElement(By.xpath("//form[@class='correction']//button[text()='Add alias']")).click();
    redrawn(d -> d.findElement(By.cssSelector("h1 + .meta")).getText().contains("Mayor Lund-Aberg"));
    open("#/search?q=aberg");
    assertThat(browser.findElement(By.cssSelector("#results .stmt-link")).getText()).isEqualTo("The square has never been this full");
  }

  /** Waits through a redraw (elements found before it go stale). */
  void redrawn(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> done) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(done::apply);
  }

  void waitFor(String hash) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> hash.equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  @Test
  void statementPageShowsEveryOutletsVariantHighlighted() {
    String id = server.store.queries().statements(new org.dateline.store.StatementQuery("Ilse Marren", null, null, null, null, null, null, 1, 0))
        .items().getFirst().id();
    open("#/statement/" + id);
    List<WebElement> variants = browser.findElements(By.cssSelector("#variants .variant"));
    assertThat(variants).hasSize(2);
    assertThat(variants).extracting(v -> v.findElement(By.tagName("h2")).getText()).containsExactly("Harbour Ledger", "Nord Post");
    for (WebElement v : variants) {
      assertThat(v.findElement(By.cssSelector(".article-text mark")).getText()).isEqualTo("We will not open the gates before spring");
      // the variant's words come from the statement when they are the same, the headline from its article
      assertThat(v.findElement(By.tagName("blockquote")).getText()).isEqualTo("We will not open the gates before spring");
    }
    assertThat(variants.getFirst().findElement(By.cssSelector(".meta")).getText()).startsWith("Dam talks open in Lisvara · 2026-02-10");
  }

  @Test
  void hostileArticleTextShowsAsTextAndRunsNothing() {
    open("");
    assertThat(browser.findElements(By.cssSelector("#stories .story-link"))).extracting(WebElement::getText).contains(XSS_HEADLINE);
    open("#/story/story-xss");
    assertThat(browser.findElement(By.cssSelector("#timeline .stmt-link")).getText()).isEqualTo(XSS_QUOTE);
    String id = server.store.queries().statements(new org.dateline.store.StatementQuery(null, null, null, "story-xss", null, null, null, 1, 0))
        .items().getFirst().id();
    open("#/statement/" + id);
    assertThat(browser.findElement(By.cssSelector(".article-text mark")).getText()).isEqualTo(XSS_QUOTE);
    assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo(XSS_QUOTE);
    // hover everything an attacker might have hung a handler on
    for (WebElement e : browser.findElements(By.cssSelector("#main *"))) new org.openqa.selenium.interactions.Actions(browser).moveToElement(e).perform();
    JavascriptExecutor js = browser;
    assertThat(js.executeScript("return typeof window.__xss")).isEqualTo("undefined");
    assertThat(js.executeScript("return document.querySelectorAll('#main img, #main script, #main b, #main i, #main a[href^=\"javascript\"]').length"))
        .isEqualTo(0L);
    try {
      browser.switchTo().alert();
      throw new AssertionError("an alert opened");
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
  }
}
