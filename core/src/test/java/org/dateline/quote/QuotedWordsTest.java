package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

/** A partial quote's text: exactly the words inside the marks, however the clause around them was cut. */
class QuotedWordsTest {
  private static List<String> words(String text, String clause) {
    int at = text.indexOf(clause);
    return QuotedWords.in(text, List.of(new Span(at, at + clause.length()))).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void theQuotedWordsInsideTheClause() {
    String text = "Vetrov said the region is “far from stable” after a week of shelling near Dresk.";
    assertThat(words(text, "the region is “far from stable” after a week of shelling near Dresk")).containsExactly("far from stable");
  }

  @Test
  void aClauseCutBeforeTheClosingMarkStillClosesThere() {
    String text = "Vetrov said the region is “far from stable” after a week.";
    assertThat(words(text, "is “far from stable")).containsExactly("far from stable");
    String straight = "The two delegations agreed to act in a \"measured way\".";
    assertThat(words(straight, "to act in a \"measured way")).containsExactly("measured way");
  }

  @Test
  void severalPassagesInOrderAndNoneWithoutMarks() {
    String text = "Holm called the exchange \"a first step\" and the talks \"overdue\" on Friday.";
    assertThat(words(text, "the exchange \"a first step\" and the talks \"overdue\"")).containsExactly("a first step", "overdue");
    assertThat(words(text, "on Friday")).isEmpty();
  }

  @Test
  void aClosingMarkJustPastTheSpanIsTakenIn() {
    String text = "The two delegations agreed to act in a \"measured way\".";
    int at = text.indexOf("to act");
    Span cut = new Span(at, text.indexOf("way") + 3);
    assertThat(QuotedWords.closingPast(text, cut)).isEqualTo(text.indexOf("way") + 4);
    assertThat(QuotedWords.closingPast(text, new Span(at, text.indexOf(" in a")))).isEqualTo(-1);
  }
}
