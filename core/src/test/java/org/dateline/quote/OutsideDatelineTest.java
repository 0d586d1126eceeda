package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.BodyText;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.junit.jupiter.api.Test;

/** The dateline is no speaker and no content, whatever a rule read into it. */
class OutsideDatelineTest {
  private static final String SOURCE = "Talks resume\n\nKORVEN, March 3 (Meridian Wire) - Valdoria's foreign minister said on Wednesday that the talks would resume.";
  private static final BodyText BODY = new BodyText(SOURCE, List.of(new Span(0, 12), new Span(14, SOURCE.length())));
  private static final Span DATELINE = span(SOURCE, "KORVEN, March 3 (Meridian Wire)");

  private static Span span(String text, String words) {
    int at = text.indexOf(words);
    return new Span(at, at + words.length());
  }

  @Test
  void aStatementWhoseSpeakerIsTheDatelinePlaceGoes() {
    String body = BODY.text();
    Attribution lead = new Attribution(Statement.Kind.DIRECT, List.of(span(body, "Valdoria's foreign minister said on Wednesday that the talks would resume.")),
        span(body, " - "), span(body, "KORVEN"));
    assertThat(OutsideDateline.apply(List.of(lead), BODY, DATELINE)).isEmpty();
  }

  @Test
  void contentStartingInTheDatelineStartsAfterIt() {
    String body = BODY.text();
    Span from = span(body, "(Meridian Wire) - Valdoria's foreign minister");
    Attribution run = new Attribution(Statement.Kind.INDIRECT, List.of(new Span(from.start(), body.indexOf(" said"))),
        span(body, "said"), null);
    List<Attribution> kept = OutsideDateline.apply(List.of(run), BODY, DATELINE);
    assertThat(kept).singleElement().satisfies(a -> assertThat(a.content().get(0).of(body)).isEqualTo(" - Valdoria's foreign minister"));
  }

  @Test
  void noDatelineKeepsEverything() {
    String body = BODY.text();
    Attribution a = new Attribution(Statement.Kind.INDIRECT, List.of(span(body, "the talks would resume")), span(body, "said"),
        span(body, "Valdoria's foreign minister"));
    assertThat(OutsideDateline.apply(List.of(a), BODY, null)).containsExactly(a);
  }
}
