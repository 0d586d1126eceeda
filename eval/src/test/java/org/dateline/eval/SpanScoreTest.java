package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

class SpanScoreTest {
  private static final String TEXT = "“We will win,” said Ana Ruiz, the coach.";

  @Test
  void exactIgnoresQuoteMarksAndPunctuation() {
    assertThat(SpanScore.exactMatch(TEXT, List.of(new Span(0, 14)), List.of(new Span(1, 12)))).isTrue();
    assertThat(SpanScore.exactMatch(TEXT, List.of(new Span(1, 8)), List.of(new Span(1, 12)))).isFalse();
  }

  @Test
  void exactComparesPiecesInTextOrder() {
    // brat may list a split content's pieces in any order
    assertThat(SpanScore.exactMatch(TEXT, List.of(new Span(1, 4), new Span(6, 12)), List.of(new Span(6, 12), new Span(1, 4)))).isTrue();
  }

  @Test
  void lenientNeedsHalfOfTheLongerSpan() {
    assertThat(SpanScore.lenientMatch(TEXT, List.of(new Span(1, 8)), List.of(new Span(1, 12)))).isTrue(); // 7 of 11
    assertThat(SpanScore.lenientMatch(TEXT, List.of(new Span(1, 4)), List.of(new Span(1, 12)))).isFalse(); // 3 of 11
  }

  @Test
  void scoresMatchOneToOne() {
    SpanScore s = new SpanScore();
    s.add(TEXT, List.of(List.of(new Span(1, 12)), List.of(new Span(1, 12))), List.of(List.of(new Span(0, 14))));
    assertThat(s.precision(true)).isEqualTo(0.5);
    assertThat(s.recall(true)).isEqualTo(1.0);
  }

  @Test
  void readsBratRelations() {
    List<GoldAttribution> gold = Polnear.parse(List.of(
        "T1\tSource 20 27\tAna Ruiz", "T2\tCue 15 19\tsaid", "T3\tContent 0 14;30 35\tx", "T4\tAttribution 15 19\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1", "E2\tAttribution:T4 Content:T3 Cue:T2"));
    assertThat(gold).hasSize(2);
    assertThat(gold.get(0).content()).containsExactly(new Span(0, 14), new Span(30, 35));
    assertThat(gold.get(0).source()).containsExactly(new Span(20, 27));
    assertThat(gold.get(1).source()).isEmpty();
  }
}
