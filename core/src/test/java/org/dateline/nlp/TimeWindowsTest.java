package org.dateline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dateline.SharedNlp;
import org.junit.jupiter.api.Test;

/** SUTime sees only the stretches around time words, and still finds and resolves every expression in them. */
class TimeWindowsTest {
  private static List<String> times(String text) {
    Parsed p = SharedNlp.nlp().annotate(text, LocalDate.of(2026, 3, 11), tokens -> false);
    return p.timexes().stream().map(t -> t.text() + "=" + t.value()).toList();
  }

  @Test
  void expressionsFarApartInALongSentenceAreEachFound() {
    String text = "The council of the northern district, which met behind closed doors in the old customs house by the "
        + "harbour for most of the afternoon and again after the storm had passed, said on Tuesday that the dam "
        + "on the Karsa would not reopen before the end of next month.";
    // three stretches of the one sentence: each expression resolved against the document date as in a whole sentence
    assertEquals(List.of("afternoon=2026-03-11TAF", "Tuesday=2026-03-10", "the end of next month=2026-04"), times(text));
  }

  @Test
  void aSentenceWithoutATimeWordGivesNothing() {
    assertEquals(List.of(), times("The ferry crew refused to sail, the union's spokesman said."));
  }

  @Test
  void expressionsAtBothEndsOfASentenceKeepTheirSpans() {
    String text = "Yesterday the mayor of the small river town said that the old bridge across the Karsa, which the "
        + "flood had damaged, would open again for cars and lorries in three weeks.";
    Parsed p = SharedNlp.nlp().annotate(text, LocalDate.of(2026, 3, 11), tokens -> false);
    for (Timex t : p.timexes()) assertEquals(t.text(), t.span().of(text));
    assertEquals(List.of("Yesterday=2026-03-10", "three weeks=P3W"),
        p.timexes().stream().map(t -> t.text() + "=" + t.value()).toList());
  }
}
