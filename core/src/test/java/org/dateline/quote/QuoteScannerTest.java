package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dateline.clean.TextCleaner;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

/** The quote-mark scanner alone: no NLP. */
class QuoteScannerTest {
  private static List<String> quotes(String text) {
    return QuoteScanner.scan(text, TextCleaner.paragraphs(text)).stream()
        .map(q -> String.join(" // ", q.spans().stream().map(s -> s.of(text)).toList())).toList();
  }

  @Test
  void everyStyle() {
    assertThat(quotes("a \"one two\" b “three four” c ‘five six’ d 'seven eight' e «nine ten» f „eleven twelve“"))
        .containsExactly("one two", "three four", "five six", "seven eight", "nine ten", "eleven twelve");
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertThat(quotes("It's the farmers' market and the mayor's plan.")).isEmpty();
  }

  @Test
  void nestedQuoteIsPartOfOuter() {
    assertThat(quotes("“He said ‘no’ twice,” she said.")).containsExactly("He said ‘no’ twice,");
  }

  @Test
  void curlyQuoteNestedInCurlyQuoteIsPartOfOuter() {
    assertThat(quotes("“I would rather live in what he calls “chaos” than in his order,” said Ines Dale."))
        .containsExactly("I would rather live in what he calls “chaos” than in his order,");
  }

  @Test
  void multiParagraphQuoteHasOneSpanPerParagraph() {
    assertThat(quotes("“First part.\n\n“Second part.\n\n“Last part,” he said."))
        .containsExactly("First part. // Second part. // Last part,");
  }

  @Test
  void twoApostrophesAreADoubleQuote() {
    assertThat(quotes("''We agree,'' she said.")).containsExactly("We agree,");
  }

  @Property
  void spansStayInBoundsAndOrdered(@ForAll String text) {
    Span previous = null;
    for (QuoteScanner.Quoted q : QuoteScanner.scan(text, TextCleaner.paragraphs(text))) {
      for (Span s : q.spans()) {
        assertThat(s.end()).isLessThanOrEqualTo(text.length());
        if (previous != null) assertThat(s.start()).isGreaterThanOrEqualTo(previous.end());
        previous = s;
      }
    }
  }
}
