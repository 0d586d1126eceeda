package org.dateline.clean;

import org.dateline.model.RemovalReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Removal;
import org.dateline.model.Span;
import org.dateline.read.RawPage;
import org.junit.jupiter.api.Test;

/** HtmlCleaner's body rules on invented pages: standfirst, JSON-LD articleBody fallback, trailing legal notices, tables. */
class HtmlCleanerTest {
  private static final String DEK = "Ferry crossings to the northern islands stop for two weeks while the pier is rebuilt.";
  private static final String P1 = "HALVERSTAD (Islands Wire) \u2014 The harbour board of Halverstad said on Monday that the ferry pier will close from 3 March, "
      + "after divers found the old pilings worn through in several places.";
  private static final String P2 = "Islanders will be carried by a chartered boat from the fishing quay, a longer crossing that the board "
      + "says will run four times a day, weather permitting.";
  private static final String P3 = "The board expects the new pier, built on steel piles, to serve for fifty years, its chair, Ilse Varn, told reporters.";
  private static final String ARTICLE = "<div class=\"story-body\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>";

  private static CleanArticle clean(String head, String body) {
    String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
    return new HtmlCleaner().clean(new RawPage("p.html", RawPage.Format.HTML, html, null, null, List.of()));
  }

  private static void assertSpansOfSource(CleanArticle a) {
    Span previous = null;
    for (Span p : a.body().paragraphs()) {
      assertThat(p.end()).isLessThanOrEqualTo(a.sourceText().length());
      if (previous != null) assertThat(p.start()).isGreaterThanOrEqualTo(previous.end());
      previous = p;
    }
  }

  @Test
  void standfirstThatIsThePagesDescriptionIsKeptAboveTheBody() {
    CleanArticle a = clean("<meta property=\"og:description\" content=\"" + DEK + "\">",
        "<header><h1>Halverstad ferry pier to close for repairs</h1></header><div class=\"dek\">" + DEK + "</div>"
            + "<div class=\"meta\">By Tove Lind</div><div class=\"meta\">2 March 2026</div>" + ARTICLE);
    assertThat(a.body().text()).startsWith(DEK + "\n\n" + P1).endsWith(P3);
    assertThat(a.removed()).extracting(Removal::text).doesNotContain(DEK);
    // the dateline is read from the article's first paragraph, not from the standfirst above it
    assertThat(a.meta().dateline().place()).isEqualTo("HALVERSTAD");
    assertSpansOfSource(a);
  }

  @Test
  void standfirstNotThePagesDescriptionOrFarAboveTheBodyStaysOut() {
    CleanArticle other = clean("<meta name=\"description\" content=\"All the news from the islands.\">",
        "<div class=\"dek\">" + DEK + "</div>" + ARTICLE);
    assertThat(other.body().text()).startsWith(P1);
    StringBuilder between = new StringBuilder();
    for (int i = 0; i < 8; i++) between.append("<div class=\"promo\"><a href=\"/x").append(i).append("\">Weekend market guide ").append(i).append("</a></div>");
    CleanArticle far = clean("<meta property=\"og:description\" content=\"" + DEK + "\">",
        "<div class=\"card\">" + DEK + "</div>" + between + ARTICLE);
    assertThat(far.body().text()).startsWith(P1);
  }

  @Test
  void jsonLdArticleBodyStandsForABodyThePageDoesNotShow() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 8; i++) body.append(i == 0 ? "" : "\\n").append(P2.replace("four", "f" + "o".repeat(i + 1) + "ur"));
    String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry pier to close\","
        + "\"articleBody\":\"" + body + "\"}</script>";
    CleanArticle a = clean(ld, "<div class=\"story-body\"><p>Islanders will be carried by a chartered boat, loading the rest of the story now.</p></div>");
    assertThat(a.body().paragraphs()).hasSize(8);
    assertThat(a.body().text()).startsWith("Islanders will be carried by a chartered boat from the fishing quay");
    assertThat(a.sourceText()).startsWith("Islanders will be carried by a chartered boat, loading");
    assertThat(a.warnings()).anyMatch(w -> w.contains("JSON-LD articleBody"));
    assertThat(a.removed()).extracting(Removal::reason).contains(RemovalReason.STRUCTURED_BODY);
    for (Span p : a.body().paragraphs()) assertThat(p.of(a.sourceText())).startsWith("Islanders will be carried");
    assertSpansOfSource(a);

    // a page that shows its article keeps the visible text, whatever the JSON-LD says
    CleanArticle shown = clean(ld, ARTICLE);
    assertThat(shown.body().text()).startsWith(P1);
    assertThat(shown.warnings()).noneMatch(w -> w.contains("JSON-LD"));
  }

  @Test
  void legalNoticeEndingTheArticleIsRemoved() {
    String notice = "If you buy something through a link on this site we may earn a commission. By using this site you agree "
        + "to our User Agreement and Privacy Policy, and to the collection of your clicks by our partners for advertising.";
    CleanArticle a = clean("", ARTICLE.replace("</div>", "<p>" + notice + "</p></div>"));
    assertThat(a.body().text()).endsWith(P3);
    assertThat(a.removed()).extracting(Removal::text, Removal::reason).contains(org.assertj.core.groups.Tuple.tuple(notice, RemovalReason.COPYRIGHT));

    // the same words inside the story (a paragraph followed by more article) are the story's
    String story = "The board's privacy policy for passenger lists, it said in a note sent to every household on the islands, will not change while the pier is closed.";
    CleanArticle inside = clean("", ARTICLE.replace("<p>" + P3, "<p>" + story + "</p><p>" + P3));
    assertThat(inside.body().text()).contains(story);
  }

  @Test
  void tableRowReadsAsOneLine() {
    String table = "<table><tr><th>Pos.</th><th>Crew</th><th>Points</th></tr><tr><td>1</td><td>Varn Rowing Club</td><td>5040</td></tr>"
        + "<tr><td>2</td><td>Halverstad Oars</td><td>5035</td></tr></table>";
    CleanArticle a = clean("", ARTICLE.replace("</div>", table + "</div>"));
    assertThat(a.body().text()).contains("Pos. Crew Points\n\n1 Varn Rowing Club 5040\n\n2 Halverstad Oars 5035");
    assertSpansOfSource(a);
  }
}
