package org.dateline.quote;

import static org.dateline.quote.StatementAssertions.assertStatements;
import static org.dateline.quote.StatementAssertions.direct;

import org.junit.jupiter.api.Test;

/** A quotation that ends in a quotation of its own: the inner closing mark sits between the punctuation and the outer one. Invented texts. */
class NestedQuotesTest {
  @Test
  void aQuoteEndingInAQuotedPhraseIsStillADirectQuoteOfItsSpeaker() {
    assertStatements("\"I told them, 'Build the pier first,'\" said Jan Holm, a member of the council.",
        direct("Jan Holm, a member of the council", "said", "I told them, 'Build the pier first,'"));
    assertStatements("“The mayor keeps saying ‘trust the process,’” said Ana Ruiz, who runs a bakery on the quay.",
        direct("Ana Ruiz, who runs a bakery on the quay", "said", "The mayor keeps saying ‘trust the process,’"));
  }
}
