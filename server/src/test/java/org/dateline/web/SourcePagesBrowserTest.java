package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Articles, statements, outlets and speakers in headless Chromium: a statement's variants and its article with
 * the statements marked, date evidence and removed chrome, outlet and speaker links, and corrections made from a page.
 */
class SourcePagesBrowserTest extends DeskBrowser {
  @Test
  void anArticlePageShowsItsTextWithStatementsMarkedAndTheOriginal() {
    String statement = statementBy("Ilse Marren");
    open("#/statement/" + statement);
    browser.findElement(By.cssSelector("#variants .variant .meta a")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> String.valueOf(d.findElement(By.tagName("body")).getAttribute("data-ready")).startsWith("#/article/"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dam talks open in Lisvara");
    assertThat(browser.findElements(By.cssSelector(".article-text mark"))).extracting(WebElement::getText)
        .containsExactly("We will not open the gates before spring", "The accord is clear about the water");
    assertThat(browser.findElement(By.id("original")).getAttribute("href")).isEqualTo("https://example.test/ledger/1");
    assertThat(browser.getTitle()).isEqualTo("Dam talks open in Lisvara · Article · Dateline");
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
  void statementPageShowsEveryOutletsVariantHighlighted() {
    String id = statementBy("Ilse Marren");
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
  void correctionsMadeFromThePageShowAtOnce() {
    String id = statementBy("Pera Lund");
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
}
