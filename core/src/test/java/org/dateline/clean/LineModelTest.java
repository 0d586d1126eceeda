package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.RemovalReason;
import org.dateline.read.RawPage;
import org.junit.jupiter.api.Test;

class LineModelTest {
  private static final List<String> BODY = List.of(
      "PORT ELSA - The harbour board voted on Tuesday to close the old ferry pier for repairs that will last until spring.",
      "Board chair Mara Quell said the work could not wait another season after divers found cracked piles under the deck.",
      "\"We have patched it for ten years, and the patches are now older than some of the ferries,\" Quell said at the meeting.",
      "Ferries to Tamsk Island will leave from the north quay while the pier is closed, the board said in a statement.",
      "Fishermen who moor at the pier were offered berths in the marina at the winter rate until the work is finished.",
      "The repairs are expected to cost 4.2 million crowns, most of it from the regional harbour fund approved last year.");

  /** An invented page as a scraper saves it: menus, a promotion, the article, share buttons, related links, a footer. */
  private static String scraped() {
    List<String> l = new ArrayList<>(List.of("Skip to main content", "Elsa Courier", "Home", "Local", "Harbour", "Business", "Sport",
        "Opinion", "Weather", "Obituaries", "Subscribe", "Sign in", "Search", "", "Get the Courier's morning briefing in your inbox",
        "", "Local", "", "Harbour board votes to close old ferry pier for repairs", "", "By Ana Ruiz", "December 1, 2026", ""));
    for (String p : BODY) {
      l.add(p);
      l.add("");
    }
    l.addAll(List.of("Share on Facebook", "Share on X", "Email", "", "Related stories", "Tamsk ferry timetable changes for winter",
        "Marina fees rise for the first time in a decade", "North quay gets new lights", "Council names new harbour master",
        "Storm damage closes coastal path", "", "About us", "Contact", "Advertise", "Careers", "Privacy policy", "Terms of use",
        "Cookie settings", "© 2026 Elsa Courier Media"));
    return String.join("\n", l) + "\n";
  }

  @Test
  void theShippedModelFindsHeadlineAndBodyOfAScrapedPage() {
    String src = scraped();
    CleanArticle a = new TextCleaner().clean(new RawPage("courier.txt", RawPage.Format.TEXT, src, null, null, List.of()));
    assertThat(a.meta().headline()).isEqualTo("Harbour board votes to close old ferry pier for repairs");
    assertThat(a.body().paragraphs().stream().map(s -> s.of(src)).toList()).containsExactlyElementsOf(BODY);
    // what was cut is still a named removal
    assertThat(a.removed()).anySatisfy(r -> assertThat(r.reason()).isEqualTo(RemovalReason.HEADLINE));
    assertThat(a.removed()).allSatisfy(r -> assertThat(r.reason()).isNotNull());
  }

  @Test
  void weightsSurviveWritingAndReading() throws Exception {
    LineModel m = new LineModel(Map.of("w=<4", new double[] {-1.5, 0.25, 2}, "prose", new double[] {3, -1, -2},
        "sw=menu", new double[] {-1, 0, 1}, "posx", new double[] {0.5, 0, 0}), new double[] {0.1, -2, 0.3});
    StringWriter w = new StringWriter();
    m.write(w);
    LineModel back = LineModel.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
    List<LineFeatures.Vector> lines = List.of(vector(0.2, null, List.of(), "prose"), vector(0.9, "menu", List.of("menu"), "w=<4"));
    double[][] a = m.probabilities(lines), b = back.probabilities(lines);
    for (int i = 0; i < a.length; i++) assertThat(b[i]).containsExactly(a[i], org.assertj.core.data.Offset.offset(1e-6));
    assertThat(a[0][LineModel.Label.BODY.ordinal()]).isGreaterThan(0.9);
    assertThat(a[1][LineModel.Label.OTHER.ordinal()]).isGreaterThan(a[1][LineModel.Label.BODY.ordinal()]);
    // the second line's sum by hand: bias + w=<4 + sw=menu + 0.9 * posx
    double[] s = {0.1 - 1.5 - 1 + 0.45, -2 + 0.25, 0.3 + 2 + 1};
    double z = Math.exp(s[0]) + Math.exp(s[1]) + Math.exp(s[2]);
    assertThat(a[1][0]).isCloseTo(Math.exp(s[0]) / z, org.assertj.core.data.Offset.offset(1e-9));
  }

  private static LineFeatures.Vector vector(double position, String first, List<String> shortWords, String... on) {
    int[] ids = java.util.Arrays.stream(on).mapToInt(LineFeatures::id).toArray();
    return new LineFeatures.Vector(ids, position, first, shortWords);
  }
}
