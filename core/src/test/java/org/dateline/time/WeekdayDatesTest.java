package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import org.dateline.model.Published;
import org.junit.jupiter.api.Test;

/**
 * Month-days the text gives with their weekday choose between the run's years (the run of {@link WeekdayReadingsTest}:
 * March-April 2025 and 2026, one weekday apart; 16 April is a Wednesday in 2025 and a Thursday in 2026).
 */
class WeekdayDatesTest {
  final WeekdayReadingsTest run = new WeekdayReadingsTest();

  /** A fixture list of 14 April whose lead names Monday (14 April 2025 itself, or the day before in 2026). */
  static String fixtures(String heading) {
    return """
        Harbour cup second round

        VALDOR, April 14 (Tidewire) -- Following are the fixtures of the harbour cup's second round, drawn on Monday:

        Second round, first leg

        %s

        Millbrook v Harbour Athletic

        Quay Rovers v Eastpoint
        """.formatted(heading);
  }

  @Test
  void readsAWeekdayBesideAMonthDayEitherWayRound() {
    assertThat(WeekdayDates.in("first leg Wednesday, April 16 (GMT) and the return on Thursday (April 24)."))
        .containsExactly(new WeekdayDates.Anchor(MonthDay.of(4, 16), DayOfWeek.WEDNESDAY),
            new WeekdayDates.Anchor(MonthDay.of(4, 24), DayOfWeek.THURSDAY));
    assertThat(WeekdayDates.in("the vote on Nov. 28 (Monday) was delayed")).containsExactly(
        new WeekdayDates.Anchor(MonthDay.of(11, 28), DayOfWeek.MONDAY));
    // a date with its year states the year itself; a number after the day is a score or a list, not a date
    assertThat(WeekdayDates.in("on Wednesday, April 16, 2031 the pier opens")).isEmpty();
    assertThat(WeekdayDates.in("Sunday, April 6 2-1 win")).isEmpty();
    // a weekday and a date of different clauses are not one date
    assertThat(WeekdayDates.in("The board met on Monday. April 16 is the deadline.")).isEmpty();
  }

  @Test
  void aDateWithItsWeekdayChoosesTheRunYear() {
    Published p = run.inRun(fixtures("Wednesday, April 16"));
    assertThat(p.date()).isEqualTo(LocalDate.of(2025, 4, 14));
    assertThat(p.basis()).hasToString("dateline+weekday+run-years+weekday-date");
    // Thursday 16 April is 2026's, where the lead's Monday was the day before
    Published q = run.inRun(fixtures("Thursday, April 16"));
    assertThat(q.date()).isEqualTo(LocalDate.of(2026, 4, 14));
    assertThat(q.basis()).hasToString("dateline+weekday+run-years+weekday-date+weekday-day-before");
  }

  @Test
  void aDateWhoseWeekdayFitsNeitherYearDecidesNothing() {
    // Friday 16 April is neither year's (a misprint, or a date far from the story): both years stay open
    assertThat(run.inRun(fixtures("Friday, April 16")).date()).isNull();
    // nor does a list without dates
    assertThat(run.inRun(fixtures("Midweek")).date()).isNull();
  }

  @Test
  void anAgencysListOfItsDayIsDatedByItsWeekday() {
    // "released by Tidewire on Monday" dates the list itself: 14 April 2025, never the day before in 2026
    Published p = run.inRun("Tidewire items\n\nVALDOR, April 14 (Tidewire) -- The following are domestic news items"
        + " released by Tidewire on Monday:\n\nHarbour rates -- April 14\n");
    assertThat(p.date()).isEqualTo(LocalDate.of(2025, 4, 14));
    assertThat(p.basis()).hasToString("dateline+weekday+run-years");
  }
}
