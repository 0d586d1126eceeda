package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.quote.StatementAssertions.assertIncludes;
import static org.dateline.quote.StatementAssertions.found;
import static org.dateline.quote.StatementAssertions.indirect;
import static org.dateline.quote.StatementAssertions.partial;

import org.junit.jupiter.api.Test;

/** Golden tests: a report in an "as" clause attributes the clause it hangs on (invented reports). */
class AsAttributionTest {

  @Test
  void asTheOutletReportedOpeningTheSentence() {
    assertIncludes("As the Korven Herald reported on Monday, the port authority received subpoenas as part of a fraud inquiry.",
        indirect("the Korven Herald", "reported", "the port authority received subpoenas as part of a fraud inquiry"));
  }

  @Test
  void asTheyPointOutClosingTheSentenceWithoutTheConnective() {
    assertIncludes("But ignoring the cost of the new pier also carries risks, as several councillors point out.",
        indirect("several councillors", "point", "ignoring the cost of the new pier also carries risks"));
  }

  @Test
  void asSomeonePutItTakesTheClauseAfter() {
    assertIncludes("As Ms. Varga put it in a statement to the Harbour Times in July, the levy is \"a trap for every fisherman on the coast.\"",
        partial("Ms. Varga", "put", "the levy is \"a trap for every fisherman on the coast.\""));
  }

  @Test
  void asSomeoneSpokeIsOnlyWhen() {
    assertThat(found("As the mayor spoke, protesters chanted outside the hall.")).isEmpty();
  }
}
