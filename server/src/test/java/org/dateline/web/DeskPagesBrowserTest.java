package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of the desk in headless Chromium (fit, titles, focus, axe-core at two sizes), stories and their
 * timeline, charts and filters, a malformed address, and hostile article text shown as text.
 */
class DeskPagesBrowserTest extends DeskBrowser {
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

  /** The pages a reader meets, by address. */
  static List<String> pages() {
    String statement = statementBy("Ilse Marren");
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
    Chromium.viewport(browser, size);
    String axe = Chromium.axe();
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
      Chromium.clearViewport(browser);
    }
    assertThat(problems).isEmpty();
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
