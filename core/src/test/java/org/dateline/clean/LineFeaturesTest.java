package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LineFeaturesTest {
  static String resource(String name) throws IOException {
    try (InputStream in = LineFeaturesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * scraped-page.features.tsv holds the features of each line of the invented page as the earlier, name-building
   * LineFeatures computed them (one line per page line: its number, then name=value): the numbered features name
   * the same values; the features added since (how a line relates to the page's title, lead and byline) aside.
   */
  @Test
  void numberedFeaturesNameWhatTheNamedFeaturesWere() throws IOException {
    LineFeatures.Page page = LineFeatures.of(resource("scraped-page.txt"));
    List<String> got = new ArrayList<>();
    for (int i = 0; i < page.features().size(); i++) {
      StringBuilder sb = new StringBuilder().append(i);
      for (var e : new TreeMap<>(page.features().get(i).named()).entrySet())
        if (!ADDED.matcher(e.getKey()).matches()) sb.append('\t').append(e.getKey()).append('=').append(e.getValue());
      got.add(sb.toString());
    }
    assertThat(got).containsExactlyElementsOf(resource("scraped-page.features.tsv").lines().toList());
  }

  private static final java.util.regex.Pattern ADDED = java.util.regex.Pattern.compile("titleEcho|titleLine|echoAbove|leadShare=.*|metaBelow=.*");

  @Test
  void theHeadlineIsSaidAgainInTheTitleAndInTheLead() throws IOException {
    String src = resource("scraped-page.txt");
    LineFeatures.Page page = LineFeatures.of(src);
    int title = page.texts().indexOf("Orchard growers ask Valmor council to delay new water tariff | Valmor Gazette");
    int headline = page.texts().indexOf("Orchard growers ask Valmor council to delay new water tariff");
    Map<String, Double> h = page.features().get(headline).named(), t = page.features().get(title).named();
    assertThat(h).containsKey("titleEcho").doesNotContainKey("titleLine");
    assertThat(t).containsKey("titleLine").doesNotContainKey("titleEcho");
    // "orchard growers valmor council delay water tariff": all seven in the lead ("Orchard growers ... asked the
    // Valmor council ... to delay a new water tariff"): five fifths
    assertThat(h).containsEntry("leadShare=5", 1.0);
    // the byline three lines below (the standfirst between)
    assertThat(h).containsEntry("metaBelow=2", 1.0);
    // only lines above the lead are compared with it
    assertThat(page.features().get(page.texts().size() - 1).named().keySet()).noneMatch(k -> k.startsWith("leadShare="));
  }

  @Test
  void everyFixedFeatureHasOneNumberAndWordsStayWords() {
    LineFeatures.Page page = LineFeatures.of("Home\nShare Share on X\n");
    for (int id = 0; id < LineFeatures.size(); id++) assertThat(LineFeatures.id(LineVocabulary.name(id))).isEqualTo(id);
    Map<String, Double> share = page.features().get(1).named();
    assertThat(share).containsEntry("fw=share", 1.0).containsEntry("sw=share", 1.0).containsEntry("sw=x", 1.0);
    // a word said twice is one feature, as a name in a map was
    assertThat(page.features().get(1).shortWords()).containsExactly("share", "on", "x");
    assertThat(LineFeatures.id("fw=share")).isEqualTo(-1);
  }
}
