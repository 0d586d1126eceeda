package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyTextTest {
  static final String SOURCE = "Subscribe now\nKORVEN -- Talks opened.\n\nShare\n\"We will stay,\" Vetrov said.\n";

  @Test
  void bodyJoinsKeptParagraphsAndMapsOffsetsBack() {
    Span lead = new Span(14, 37), quote = new Span(45, 73);
    BodyText body = new BodyText(SOURCE, List.of(lead, quote));
    assertThat(body.text()).isEqualTo("KORVEN -- Talks opened.\n\n\"We will stay,\" Vetrov said.");
    int vetrov = body.text().indexOf("Vetrov");
    Span inBody = new Span(vetrov, vetrov + 6);
    assertThat(body.toSource(inBody).of(SOURCE)).isEqualTo("Vetrov");
    assertThat(body.paragraphAt(vetrov)).isEqualTo(1);
    assertThat(body.bodyParagraphs()).extracting(s -> s.of(body.text())).containsExactly(lead.of(SOURCE), quote.of(SOURCE));
  }

  @Test
  void aSpanAcrossTheBreakMapsFromItsStartToItsEnd() {
    BodyText body = new BodyText(SOURCE, List.of(new Span(14, 37), new Span(45, 73)));
    assertThat(body.toSource(new Span(10, 30))).isEqualTo(new Span(24, 50));
  }

  @Test
  void badParagraphsAreRejectedWithTheReason() {
    assertThatThrownBy(() -> new BodyText("short", List.of(new Span(0, 10))))
        .hasMessage("paragraph Span[start=0, end=10] beyond source of length 5");
    assertThatThrownBy(() -> new Span(5, 2)).hasMessage("bad span [5,2)");
  }
}
