package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarWordsTest {
  @Test
  void theCalendarsWordsAreJavaTimesEnglishNamesInLowerCase() {
    assertThat(CalendarWords.MONTHS).containsExactlyInAnyOrder("january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december");
    assertThat(CalendarWords.MONTH_ABBREVIATIONS).containsExactlyInAnyOrder("jan", "feb", "mar", "apr", "may", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    assertThat(CalendarWords.WEEKDAYS).containsExactlyInAnyOrder("monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday");
    assertThat(CalendarWords.ALL).hasSize(12 + 12 + 7).contains("sept", "sunday", "december");
  }

  @Test
  void setsJoinWithoutComplaintAboutWordsTheyShare() {
    assertThat(CalendarWords.plus(CalendarWords.WEEKDAYS, "today", "monday")).hasSize(8).contains("today");
    assertThat(CalendarWords.union(CalendarWords.MONTHS, CalendarWords.MONTH_ABBREVIATIONS)).hasSize(24);
  }
}
