package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dateline.model.Span;
import org.dateline.read.RawPage;

/** Cleaning never invents text, keeps spans in bounds and ordered, and leaves a clean article as it is. */
class CleaningProperties {
  private static final List<String> CHROME = List.of("Home | News | Sport | Weather", "Subscribe", "Log in", "0",
      "loader", "Share this article", "Facebook", "Related news", "Новости дня", "Photo: Ida Varn / Coastline Daily",
      "Internet Explorer 11 is not supported. For the best experience use a modern browser.",
      "To participate in the discussion log in or register", "© 2026 Coastline Daily. All rights reserved.");
  private static final List<String> WORDS = List.of("the", "council", "harbour", "minister", "said", "on", "Monday",
      "that", "farmers", "would", "receive", "water", "from", "reservoir", "after", "talks", "in", "Lisvara", "river",
      "board", "a", "new", "plan", "for", "south", "valley", "ferry", "workers", "agreed", "to", "meet", "again");

  @Provide
  Arbitrary<String> sentence() {
    return WORDS.isEmpty() ? null : Arbitraries.of(WORDS).list().ofMinSize(14).ofMaxSize(30)
        .map(ws -> {
          String s = String.join(" ", ws);
          return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
        });
  }

  @Provide
  Arbitrary<String> cleanArticle() {
    return sentence().list().ofMinSize(1).ofMaxSize(8).map(ps -> String.join("\n\n", ps));
  }

  @Provide
  Arbitrary<String> scrapedPage() {
    Arbitrary<String> line = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, sentence()),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(CHROME)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange(' ', '~').withChars("\u00A0«»„“—Ж").ofMaxLength(60)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
    return Combinators.combine(line.list().ofMaxSize(30), Arbitraries.of("\n", "\r\n")).as((ls, nl) -> String.join(nl, ls));
  }

  /** Scraped pages made of article sentences and chrome lines only (no random junk lines). */
  @Provide
  Arbitrary<String> chromeAndProse() {
    Arbitrary<String> line = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, sentence()),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(CHROME)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
    return line.list().ofMaxSize(30).map(ls -> String.join("\n", ls));
  }

  private static CleanArticle clean(String text) {
    return new TextCleaner().clean(new RawPage("p.txt", RawPage.Format.TEXT, text, null, null, List.of()));
  }

  @Property(tries = 300)
  void bodyParagraphsAreOrderedSpansOfTheSource(@ForAll("scrapedPage") String page) {
    CleanArticle a = clean(page);
    Span previous = null;
    for (Span p : a.body().paragraphs()) {
      assertThat(p.end()).isLessThanOrEqualTo(page.length());
      if (previous != null) assertThat(p.start()).isGreaterThanOrEqualTo(previous.end());
      assertThat(page).contains(p.of(page));
      previous = p;
    }
    if (a.meta().datelineSpan() != null) assertThat(a.meta().datelineSpan().end()).isLessThanOrEqualTo(page.length());
    List<String> all = new ArrayList<>();
    for (Span p : a.body().paragraphs()) all.add(p.of(page));
    assertThat(a.body().text()).isEqualTo(String.join("\n\n", all));
  }

  @Property(tries = 200)
  void cleaningACleanArticleChangesNothing(@ForAll("cleanArticle") String article) {
    CleanArticle a = clean(article);
    assertThat(a.body().text()).isEqualTo(article);
    assertThat(a.removed()).isEmpty();
  }

  @Property(tries = 200)
  void cleaningTwiceChangesNothing(@ForAll("chromeAndProse") String page) {
    String once = clean(page).body().text();
    if (once.isBlank()) return;
    assertThat(clean(once).body().text()).isEqualTo(once);
  }

  @Property(tries = 100)
  void htmlBodyIsSpansOfTheVisibleText(@ForAll("cleanArticle") String article, @ForAll("scrapedPage") String chrome) {
    StringBuilder html = new StringBuilder("<html><body><nav>");
    for (String l : chrome.split("\r?\n")) html.append("<a href=\"/x\">").append(escape(l)).append("</a> ");
    html.append("</nav><article>");
    for (String p : article.split("\n\n")) html.append("<p>").append(escape(p)).append("</p>");
    html.append("</article></body></html>");
    CleanArticle a = new HtmlCleaner().clean(new RawPage("p.html", RawPage.Format.HTML, html.toString(), null, null, List.of()));
    for (Span p : a.body().paragraphs()) assertThat(p.end()).isLessThanOrEqualTo(a.sourceText().length());
    assertThat(a.body().text()).isEqualTo(article);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
