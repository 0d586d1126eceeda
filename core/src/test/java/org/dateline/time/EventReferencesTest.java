package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventReferencesTest {
  @Test
  void readsPastAndExpectedEventsByTheWordBeforeTheirDay() {
    var refs = EventReferences.read("Campaigning has grown sharper since the vote in parliament on December 19, and both sides "
        + "have booked halls ahead of the referendum on March 8. Parliament is set to vote on the bill on 19 December. "
        + "The dredgers are due by May 2. Two months after the referendum on March 8, little has changed.");
    assertThat(refs).extracting(EventReferences.Reference::as).containsExactly(EventReferences.As.PAST, EventReferences.As.EXPECTED,
        EventReferences.As.EXPECTED, EventReferences.As.EXPECTED, EventReferences.As.PAST);
    assertThat(refs.get(0).phrase()).isEqualTo("since the vote in parliament on December 19");
    assertThat(refs.get(2).monthDay()).isEqualTo(MonthDay.of(12, 19));
    assertThat(refs.get(3).phrase()).isEqualTo("by May 2");
  }

  @Test
  void aDayWithNoOrderingWordBeforeItIsNotRead() {
    assertThat(EventReferences.read("In the town hall the campaign for the March 8 referendum has begun.")).isEmpty();
    // the cue must lie in the day's own sentence
    assertThat(EventReferences.read("He spoke after lunch. March 8 is the day of the vote.")).isEmpty();
  }

  @Test
  void aWrittenYearIsKept() {
    var refs = EventReferences.read("Prices have doubled since the flood of March 8, 2019.");
    assertThat(refs).hasSize(1);
    assertThat(EventReferences.dayOf(refs.get(0), List.of(LocalDate.of(2026, 1, 8)))).hasToString("2019-03-08");
  }

  @Test
  void theEventYearIsTheOneNearTheStorysDatedArticles() {
    var march = EventReferences.read("since the referendum on March 8").get(0);
    var dec = EventReferences.read("since the vote on December 19").get(0);
    List<LocalDate> story = List.of(LocalDate.of(2025, 11, 19), LocalDate.of(2026, 1, 8), LocalDate.of(2026, 5, 4));
    assertThat(EventReferences.dayOf(march, story)).hasToString("2026-03-08");
    assertThat(EventReferences.dayOf(dec, story)).hasToString("2025-12-19");
    // a story of one day: a December 19 half a year either side would be 2025's only
    assertThat(EventReferences.dayOf(dec, List.of(LocalDate.of(2026, 1, 8)))).hasToString("2025-12-19");
    assertThat(EventReferences.dayOf(dec, List.of())).isNull();
  }
}
