package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class YearInferenceTest {

  @ParameterizedTest
  @EnumSource(DayOfWeek.class)
  void everyWeekdayPicksExactlyTheYearsWhereTheMonthDayFallsOnIt(DayOfWeek day) {
    MonthDay md = MonthDay.of(Month.FEBRUARY, 13);
    DateClues clues = new DateClues(md, Set.of(day), false, null, null);
    List<Integer> expected = new ArrayList<>();
    for (int y = 1990; y <= 2030; y++) if (LocalDate.of(y, 2, 13).getDayOfWeek() == day) expected.add(y);
    assertThat(clues.years(1990, 2030)).isEqualTo(expected).isNotEmpty();
    // consecutive fits are 5, 6 or 11 years apart: a weekday narrows the year only up to that cycle
    for (int i = 1; i < expected.size(); i++) assertThat(expected.get(i) - expected.get(i - 1)).isIn(5, 6, 11);
  }

  @Test
  void aKnownDayPinsItsYearWithinBounds() {
    // 13 February 2026 is a Friday; the Fridays before and after are 2015 and 2032
    DateClues clues = new DateClues(MonthDay.of(2, 13), Set.of(DayOfWeek.FRIDAY), false, 2020, 2030);
    assertThat(clues.years(1900, 2100)).containsExactly(2026);
    assertThat(EvidenceDater.rangeOf(clues, org.dateline.model.Basis.of(org.dateline.model.Evidence.DATELINE)).date()).isEqualTo(LocalDate.of(2026, 2, 13));
  }

  @Test
  void februaryTwentyNinthExistsOnlyInLeapYears() {
    // 29 February: Tuesday in 2000 and 2028, Thursday in 2024, Sunday in 2004
    assertThat(new DateClues(MonthDay.of(2, 29), Set.of(DayOfWeek.TUESDAY), false, null, null).years(1990, 2030))
        .containsExactly(2000, 2028);
    assertThat(new DateClues(MonthDay.of(2, 29), Set.of(DayOfWeek.THURSDAY), false, null, null).years(1990, 2030))
        .containsExactly(1996, 2024);
    assertThat(new DateClues(MonthDay.of(2, 29), Set.of(), false, 2001, 2011).years(1900, 2100)).containsExactly(2004, 2008);
    assertThat(new DateClues(MonthDay.of(2, 29), Set.of(), false, null, null).fits(1900)).isFalse();
  }

  @Test
  void leapYearsShiftTheWeekdayByTwo() {
    // 1 March is a Wednesday in 2023 and a Friday in 2024: the leap day in between moves it two days
    assertThat(new DateClues(MonthDay.of(3, 1), Set.of(DayOfWeek.FRIDAY), false, 2020, 2026).years(1900, 2100)).containsExactly(2024);
    assertThat(new DateClues(MonthDay.of(3, 1), Set.of(DayOfWeek.THURSDAY), false, 2020, 2026).years(1900, 2100)).isEmpty();
  }

  @Test
  void withoutAWeekdayTheRangeRunsFromTheFirstToTheLastFittingYear() {
    DateClues clues = new DateClues(MonthDay.of(4, 18), Set.of(), false, 2019, 2026);
    var p = EvidenceDater.rangeOf(clues, org.dateline.model.Basis.of(org.dateline.model.Evidence.DATELINE));
    assertThat(p.date()).isNull();
    assertThat(p.earliest()).isEqualTo(LocalDate.of(2019, 4, 18));
    assertThat(p.latest()).isEqualTo(LocalDate.of(2026, 4, 18));
  }
}
