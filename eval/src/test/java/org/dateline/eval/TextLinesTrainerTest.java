package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.clean.LineModel.Label;
import org.junit.jupiter.api.Test;

class TextLinesTrainerTest {
  private static final String LEAD = "PORT ELSA - The harbour board voted on Tuesday to close the old ferry pier for repairs that will last until spring.";
  private static final String SECOND = "Board chair Mara Quell said the work could not wait another season after divers found cracked piles.";

  @Test
  void scrapedTextHasALineForEachBlockAndDropsScriptsAndTheHead() {
    String html = "<html><head><title>Pier to close | Elsa Courier</title><meta charset=utf-8></head><body>"
        + "<nav><ul><li>Home</li><li>Local <b>News</b></li></ul></nav><script>var x = 1;</script>"
        + "<article><h1>Pier to close for repairs</h1><p>By Ana Ruiz</p><p>" + LEAD + "</p><p>" + SECOND + "</p>"
        + "<table><tr><td>Tide</td><td>2.1 m</td></tr></table></article><footer>© 2026 Elsa Courier</footer></body></html>";
    ScraperText.Result r = ScraperText.of(html);
    assertThat(r.text().lines().filter(l -> !l.isBlank()).toList())
        .containsExactly("Home", "Local News", "Pier to close for repairs", "By Ana Ruiz", LEAD, SECOND, "Tide 2.1 m", "© 2026 Elsa Courier");
    assertThat(r.text()).doesNotContain("var x").doesNotContain("| Elsa Courier");
    assertThat(r.h1()).containsExactly("Pier to close for repairs");
  }

  @Test
  void linesAreLabelledByTheirOverlapWithTheGold() {
    List<String> lines = List.of("Home", "Pier to close for repairs", "By Ana Ruiz", LEAD, "Divers", SECOND, "Read more", "Tide tables for Port Elsa this week");
    String body = LEAD + "\n\nDivers\n\n" + SECOND;
    Label[] got = TextLinesTrainer.labels(lines, body, List.of("Pier to Close for Repairs"));
    assertThat(got).containsExactly(Label.OTHER, Label.HEADLINE, Label.OTHER, Label.BODY, Label.BODY, Label.BODY, Label.OTHER, Label.OTHER);
  }
}
