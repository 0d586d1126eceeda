package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.dateline.read.RawPage;
import org.junit.jupiter.api.Test;

/** Page metadata from invented pages: JSON-LD (offsets, @graph, arrays), Open Graph, time elements, titles, URLs. */
class HtmlMetadataTest {
  private static final String BODY = "<article><h1>Tram line to reach the old port by 2028</h1>"
      + "<p>The city council of Marrow approved on Thursday an extension of the tram line to the old port, a project debated for ten years.</p>"
      + "<p>Work is due to start in the autumn and cost about 40 million, the council said in a statement after the vote.</p></article>";

  private static CleanArticle clean(String head, String body, String url) {
    String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
    return new HtmlCleaner().clean(new RawPage("p.html", RawPage.Format.HTML, html, url, null, List.of()));
  }

  @Test
  void jsonLdDateKeepsThePagesOwnOffsetAndIgnoresDateModified() {
    CleanArticle a = clean("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        + "\"headline\":\"Tram line to reach the old port by 2028\",\"datePublished\":\"2026-02-20T23:30:00-05:00\","
        + "\"dateModified\":\"2026-02-22T08:00:00-05:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Nora Pell\"},"
        + "{\"@type\":\"Person\",\"name\":\"Ole Brin\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"Marrow Evening Post\"}}</script>",
        BODY, null);
    assertThat(a.meta().dateHints()).extracting(DateHint::date, DateHint::kind)
        .containsExactly(tuple(LocalDate.of(2026, 2, 20), DateHint.Kind.JSON_LD));
    assertThat(a.meta().byline()).isEqualTo("Nora Pell, Ole Brin");
    assertThat(a.meta().outlet()).isEqualTo("Marrow Evening Post");
    assertThat(a.meta().headline()).isEqualTo("Tram line to reach the old port by 2028");
  }

  @Test
  void jsonLdInsideGraphAndArrays() {
    CleanArticle a = clean("<script type=\"application/ld+json\">[{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebSite\",\"name\":\"Marrow Evening Post\"},{\"@type\":\"WebPage\",\"datePublished\":\"2026-01-01\"},"
        + "{\"@type\":[\"ReportageNewsArticle\"],\"headline\":\"Tram line to reach the old port by 2028\","
        + "\"datePublished\":\"2026-03-05T01:10:00+09:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Nora Pell\"}}]}]</script>",
        BODY, null);
    assertThat(a.meta().dateHints()).extracting(DateHint::date).first().isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(a.meta().byline()).isEqualTo("Nora Pell");
  }

  @Test
  void openGraphTitleWithoutSiteSuffixAndArticleTime() {
    CleanArticle a = clean("<title>Tram line to reach the old port by 2028 | Marrow Evening Post</title>"
        + "<meta property=\"og:site_name\" content=\"Marrow Evening Post\">"
        + "<meta property=\"og:title\" content=\"Tram line to reach the old port by 2028 | Marrow Evening Post\">"
        + "<meta property=\"article:published_time\" content=\"2026-02-20T23:30:00-05:00\">"
        + "<meta property=\"article:section\" content=\"City\">"
        + "<meta name=\"author\" content=\"Nora Pell\">", BODY.replace("<h1>Tram line to reach the old port by 2028</h1>", ""), null);
    assertThat(a.meta().headline()).isEqualTo("Tram line to reach the old port by 2028");
    assertThat(a.meta().outlet()).isEqualTo("Marrow Evening Post");
    assertThat(a.meta().section()).isEqualTo("City");
    assertThat(a.meta().byline()).isEqualTo("Nora Pell");
    assertThat(a.meta().dateHints()).extracting(DateHint::date, DateHint::kind)
        .containsExactly(tuple(LocalDate.of(2026, 2, 20), DateHint.Kind.META));
  }

  @Test
  void timeElementAndDateInTheUrl() {
    CleanArticle a = clean("", BODY.replace("</h1>", "</h1><time datetime=\"2026-02-27T18:05:00+01:00\">27 February 2026</time>"),
        "https://marrowpost.example/city/2026/02/27/tram-line");
    assertThat(a.meta().dateHints()).extracting(DateHint::date, DateHint::kind).containsExactly(
        tuple(LocalDate.of(2026, 2, 27), DateHint.Kind.TIME_ELEMENT), tuple(LocalDate.of(2026, 2, 27), DateHint.Kind.TEXT_LINE),
        tuple(LocalDate.of(2026, 2, 27), DateHint.Kind.URL));
  }

  @Test
  void articleParagraphsKeptChromeRemovedWithReasons() {
    CleanArticle a = clean("", "<nav><a href=\"/\">Home</a> <a href=\"/city\">City</a></nav>" + BODY
        + "<div class=\"share-tools\"><p>Share this article</p></div><section class=\"comments\"><p>To participate in the discussion log in or register</p></section>",
        null);
    assertThat(a.body().paragraphs()).hasSize(2);
    assertThat(a.body().text()).startsWith("The city council of Marrow").endsWith("after the vote.");
    assertThat(a.removed()).extracting(r -> r.text()).contains("Tram line to reach the old port by 2028", "Share this article");
    for (var p : a.body().paragraphs()) assertThat(a.sourceText()).contains(p.of(a.sourceText()));
  }

  @Test
  void utcValueTakesTheLocalDayTheSamePageStatesForTheSameInstant() {
    CleanArticle a = clean("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-02-21T04:30:00Z\"}</script>",
        BODY.replace("</h1>", "</h1><time datetime=\"2026-02-20T23:30:00-05:00\">Feb 20</time>"), null);
    assertThat(a.meta().dateHints()).extracting(DateHint::date).containsOnly(LocalDate.of(2026, 2, 20));
  }

  @Test
  void aLoneZuluInstantKeepsTheTwoLocalDaysItsHourAllows() {
    CleanArticle a = clean("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-02-21T04:30:00Z\"}</script>",
        BODY, null);
    DateHint h = a.meta().dateHints().get(0);
    assertThat(h.pinsDay()).isFalse();
    assertThat(List.of(h.earliest(), h.latest())).containsExactly(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 21));
  }

  @Test
  void visibleDateLineByTheHeadlineNotTheUpdateLine() {
    CleanArticle a = clean("", BODY.replace("</h1>", "</h1><div class=\"dates\"><span>Updated</span><span>March 9, 2026</span>"
        + "<span>Published March 2, 2026 at 6:10 p.m.</span></div>"), null);
    assertThat(a.meta().dateHints()).extracting(DateHint::date, DateHint::kind)
        .containsExactly(tuple(LocalDate.of(2026, 3, 2), DateHint.Kind.TEXT_LINE));
  }

  @Test
  void aValueThePageAlsoGivesAsDateModifiedDatesNothing() {
    CleanArticle a = clean("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-02-20T10:00:00-05:00\","
        + "\"dateModified\":\"2026-02-23T08:00:00-05:00\"}</script><meta name=\"datePublished\" content=\"2026-02-23T08:00:00-05:00\">",
        BODY, null);
    assertThat(a.meta().dateHints()).extracting(DateHint::date).containsOnly(LocalDate.of(2026, 2, 20));
  }

  @Test
  void aNumberStartingTheSlugIsNoDay() {
    assertThat(Dates.url("https://marrowpost.example/2026/02/16-new-trams-arrive.html")).isNull();
    assertThat(Dates.url("https://marrowpost.example/news/2026-02-16-new-trams-arrive")).isEqualTo(LocalDate.of(2026, 2, 16));
  }

  @Test
  void datesAsPagesWriteThem() {
    assertThat(Dates.machine("2026-02-20T23:30:00-05:00")).isEqualTo(LocalDate.of(2026, 2, 20));
    assertThat(Dates.machine("2026-02-21T04:30:00Z")).isEqualTo(LocalDate.of(2026, 2, 21));
    assertThat(Dates.machine("20260220")).isEqualTo(LocalDate.of(2026, 2, 20));
    assertThat(Dates.text("Tuesday, February 26, 2008")).isEqualTo(LocalDate.of(2008, 2, 26));
    assertThat(Dates.text("26 Feb. 2008, 10:15")).isEqualTo(LocalDate.of(2008, 2, 26));
    assertThat(Dates.url("https://x.example/a/2026/13/40/b")).isNull();
  }
}
