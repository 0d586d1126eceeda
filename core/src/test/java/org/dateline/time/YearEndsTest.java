package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.time.EvidenceDaterTest.article;

import java.time.LocalDate;
import org.dateline.model.Published;
import org.junit.jupiter.api.Test;

/** Whole years as bounds: a year's end spoken of as past, a bare year spoken of as still to come. */
class YearEndsTest {
  final EvidenceDater dater = new EvidenceDater(EvidenceDaterTest.CLOCK);

  @Test
  void aYearsEndSpokenOfAsPastPutsTheArticleInALaterYear() {
    assertThat(YearEnds.afterYearEnd("By the end of 2024, Ostrel had 800 firms abroad.")).isEqualTo(2025);
    assertThat(YearEnds.afterYearEnd("At the end of 2023 the port handled 4 million boxes, and by the end of 2024 it was 5 million."))
        .isEqualTo(2025);
    // the same phrase ahead: a plan, not a past
    assertThat(YearEnds.afterYearEnd("By the end of 2026, the port will handle 6 million boxes.")).isNull();
    assertThat(YearEnds.afterYearEnd("The port hopes to double its trade by the end of 2026.")).isNull();
  }

  @Test
  void aBareYearStillToComeBoundsTheYear() {
    assertThat(YearEnds.comingYearEnd("Passengers on the Valdor line will top 500,000 in 2025, the port said."))
        .isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(YearEnds.comingYearEnd("The bridge is expected to open in 2027.")).isEqualTo(LocalDate.of(2027, 12, 31));
    // a past attempt's infinitive is no future; nor is a year in a past clause
    assertThat(YearEnds.comingYearEnd("Ostrel tried in vain to be a founding member of the league in 1995.")).isNull();
    assertThat(YearEnds.comingYearEnd("The plan was to be finished in 2020.")).isNull();
  }

  @Test
  void theBoundsNarrowTheDatelinesYears() {
    // 14 November: no weekday; the year's end spoken of as past leaves only the years after 2024
    Published after = dater.date(article("a.txt", """
        Firms abroad

        VALDOR, November 14 (Tidewire) -- By the end of 2024, Ostrel had 800 firms abroad, the trade office said.
        """)).published();
    assertThat(after.earliest()).isEqualTo(LocalDate.of(2025, 11, 14));
    assertThat(after.basis().toString()).contains("year-clues");
    // a bare year to come: the dateline's day lies in that year or before
    Published before = dater.date(article("b.txt", """
        Passengers

        VALDOR, November 14 (Tidewire) -- Passengers on the Valdor line will top 500,000 in 2025, the port said.
        """)).published();
    assertThat(before.latest()).isEqualTo(LocalDate.of(2025, 11, 14));
    assertThat(before.basis().toString()).contains("year-clues");
  }
}
