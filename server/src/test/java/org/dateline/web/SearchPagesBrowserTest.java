package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in headless Chromium: results, prefixes, an empty result's way on, filters and paging, keyboard
 * order, and Back to the scroll position.
 */
class SearchPagesBrowserTest extends DeskBrowser {
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

  @Test
  void backReturnsToTheScrollPositionOfALongPage() {
    Chromium.viewport(browser, "390x844");
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
      Chromium.clearViewport(browser);
    }
  }
}
