package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.dateline.model.RemovalReason;
import org.dateline.read.RawPage;
import org.junit.jupiter.api.Test;

/** The shipped cleaner on an invented page as a scraper saves it (scraped-page.txt): what is article, what is chrome. */
class ScrapedPageGoldenTest {
  private static final List<String> BODY = List.of(
      "VALMOR - Orchard growers from the Kessin valley asked the Valmor council on Monday to delay a new water tariff that would take effect in the spring.",
      "The growers said the tariff, which charges by the cubic metre above a yearly allowance, would double the cost of watering in a dry year like this one.",
      "\"We are not asking for free water, we are asking for a year to fit the drip lines that the tariff assumes we already have,\" said Irma Dovic, who chairs the Kessin Growers' Association.",
      "Council member Piet Aranda said the council would hear the growers again at its meeting next Monday, before the tariff comes to a vote.",
      "Aranda said the allowance had been set from the water board's figures for an average year and could be revised if those figures proved wrong.",
      "The water board has warned that the valley's reservoir stood at a third of its capacity at the end of the summer, the lowest level in twelve years.");

  @Test
  void menusWidgetsAndLinksGoTheArticleStays() throws IOException {
    String src = LineFeaturesTest.resource("scraped-page.txt");
    CleanArticle a = new TextCleaner().clean(new RawPage("gazette.txt", RawPage.Format.TEXT, src, null, null, List.of()));
    assertThat(a.meta().headline()).isEqualTo("Orchard growers ask Valmor council to delay new water tariff");
    assertThat(a.meta().byline()).isEqualTo("Teodor Lansky");
    assertThat(a.meta().dateHints()).extracting(DateHint::date).first().isEqualTo(LocalDate.of(2026, 12, 7));
    List<String> body = a.body().paragraphs().stream().map(s -> s.of(src)).toList();
    // the standfirst under the headline is article text (as the rules keep it); the article's paragraphs follow in
    // order. Known miss: the shipped model cuts the last paragraph, which the photo caption and the related links
    // follow, as after-article
    assertThat(body.get(0)).startsWith("Growers say the tariff would double");
    assertThat(body.subList(1, body.size())).isEqualTo(BODY.subList(0, body.size() - 1));
    assertThat(body).hasSizeGreaterThanOrEqualTo(BODY.size());
    assertThat(String.join("\n", body)).doesNotContain("Share on", "Advertisement", "Related stories", "cookies", "Photo:");
    assertThat(a.removed()).extracting(r -> r.text() + " -> " + r.reason()).contains(
        "Share on Facebook -> " + RemovalReason.SHARE, "Advertisement -> " + RemovalReason.BOILERPLATE,
        "Orchard growers ask Valmor council to delay new water tariff -> " + RemovalReason.HEADLINE);
    assertThat(a.removed()).extracting(r -> r.text())
        .contains("Related stories", "Kessin reservoir falls to lowest level in twelve years", "Accept cookies",
            "Photo: Growers gather outside the council hall in Valmor on Monday. Teodor Lansky/Valmor Gazette");
  }
}
