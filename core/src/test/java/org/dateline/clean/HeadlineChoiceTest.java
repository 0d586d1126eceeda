package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the headline is chosen among the classifier's candidates, and the line cues that tell a headline from its neighbours. */
class HeadlineChoiceTest {
  private static List<TextLine> lines(String... texts) {
    return TextLine.lines(String.join("\n", texts));
  }

  /** The cues of lines with no lead known. */
  private static HeadlineCues cues(List<TextLine> l) {
    LineShape[] shapes = new LineShape[l.size()];
    for (int i = 0; i < shapes.length; i++) shapes[i] = LineShape.of(l, i, Script.main(l, 0));
    return HeadlineCues.of(l, shapes, -1);
  }

  /** Headline probabilities (the second of each row) for the lines, the rest split between body and other. */
  private static double[][] headline(double... p) {
    double[][] out = new double[p.length][];
    for (int i = 0; i < p.length; i++) out[i] = new double[] {(1 - p[i]) / 2, p[i], (1 - p[i]) / 2};
    return out;
  }

  @Test
  void aCaptionUnderItsLabelOrOverItsCreditIsNoHeadline() {
    List<TextLine> l = lines("Korven", "Korven Politics", "Tram driver fined after depot crash in Korven", "Published", "4 days ago",
        "Image caption,", "Ilsa Brandt, 41, of Marrow Lane in Korven drove the tram into the depot wall",
        "A tram driver has been fined for a crash at the Korven depot that closed two lines for a week.");
    assertThat(Headlines.captioned(l, 6)).isTrue();
    assertThat(Headlines.captioned(l, 2)).isFalse();
    // the classifier likes the caption a little more than the headline: the caption is passed over
    double[][] p = headline(0, 0, 0.56, 0, 0, 0, 0.57, 0);
    assertThat(LineDecision.STANDARD.headline(l, p, 7, -1)).isEqualTo(2);

    List<TextLine> credited = lines("Harbor Ledger", "Brandt reopens the Korven tram depot after two years",
        "Image: Dario Venn/Harbor Ledger)", "By Ana Ruiz");
    assertThat(Headlines.captioned(credited, 1)).isTrue();
    // a headline over its byline is no caption, nor one over a credit that is no label ("Gettyimages.com/ XH4D")
    assertThat(Headlines.captioned(lines("Valmor council delays the water tariff vote", "By Ana Ruiz"), 0)).isFalse();
    assertThat(Headlines.captioned(lines("Valmor council delays the water tariff vote", "Stockpix.com/ QX4D"), 0)).isFalse();
  }

  @Test
  void theStandfirstRuleReachesAsFarAsItIsTold() {
    List<TextLine> l = lines("News", "Valmor council delays the water tariff vote", "Growers asked for another month",
        "Farmers from three valleys filled the hall", "By Ana Ruiz",
        "The Valmor council on Tuesday put off its vote on a new water tariff after growers asked for more time.");
    double[][] p = headline(0, 0.5, 0.1, 0.6, 0, 0);
    // the line just above the best is no candidate: the standard rule (reach 1) keeps the best
    assertThat(LineDecision.STANDARD.headline(l, p, 5, -1)).isEqualTo(3);
    LineDecision far = new LineDecision(0.5, 0.05, 0.3, 0.8, 3);
    assertThat(far.headline(l, p, 5, -1)).isEqualTo(1);
  }

  @Test
  void aLineUnderItsBreadcrumbOrItsFirstPrintingIsEchoedAbove() {
    List<TextLine> l = lines("Home News Valley Downtown Valmor rebound?", "Downtown Valmor rebound?", "Tourists came back; office workers did not",
        "Menu", "Valmor council delays the water tariff vote", "Valmor council delays the water tariff vote", "rebound?");
    HeadlineCues c = cues(l);
    assertThat(c.echoAbove).containsExactly(false, true, false, false, false, true, false);
  }

  @Test
  void aBareByOrAuthorLineIsABylineAndTheLineAboveSeesIt() {
    assertThat(LineShape.byline("By", 1)).isTrue();
    assertThat(LineShape.byline("Author:", 1)).isTrue();
    assertThat(LineShape.byline("Written by", 2)).isTrue();
    assertThat(LineShape.byline("By Ana Ruiz", 3)).isTrue();
    assertThat(LineShape.byline("Bypass", 1)).isFalse();
    assertThat(LineShape.byline("Authors Guild", 2)).isFalse();
    List<TextLine> l = lines("Valmor council delays the water tariff vote", "Growers asked for another month", "By", "Ana Ruiz");
    assertThat(cues(l).metaBelow[0]).isEqualTo(2);
  }
}
