package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.time.EvidenceDaterTest.article;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.model.Published;
import org.junit.jupiter.api.Test;

/**
 * The weekday readings a run can settle: firm weekdays (said, before their verb, after a market close), evenings, the
 * day before, and the run's span. The run holds stories of March-April 2025 and 2026, the two years one weekday
 * apart that make a lone weekday ambiguous: 14 April is a Monday in 2025 and a Tuesday in 2026.
 */
class WeekdayReadingsTest {
  final EvidenceDater dater = new EvidenceDater(EvidenceDaterTest.CLOCK);

  /** Twelve stories every three days from 3 March of {@code year}, each dated by its own weekday and a past year. */
  static List<String> stories(int year) {
    return stories(LocalDate.of(year, 3, 3));
  }

  /** Twelve stories every three days from {@code first}, each dated by its own weekday and a past year. */
  static List<String> stories(LocalDate first) {
    int year = first.getYear();
    List<String> out = new ArrayList<>();
    LocalDate d = first;
    for (int i = 0; i < 12; i++, d = d.plusDays(3)) {
      out.add("""
          Cargo %d

          VALDOR, %s %d (Tidewire) -- The port authority said %s that cargo volumes, which dropped in %d, were recovering.
          """.formatted(i, d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH), d.getDayOfMonth(),
          d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), year - 1));
    }
    return out;
  }

  /** The published date of {@code text} dated alone and as the last article of the two-year run. */
  Published inRun(String text) {
    return inRun(text, LocalDate.of(2025, 3, 3), LocalDate.of(2026, 3, 3));
  }

  Published inRun(String text, LocalDate... starts) {
    List<Dated> run = new ArrayList<>();
    int i = 0;
    for (LocalDate start : starts) for (String s : stories(start)) run.add(dater.date(article("s" + i++ + ".txt", s)));
    run.add(dater.date(article("open.txt", text)));
    List<Dated> refined = dater.refine(run);
    assertThat(refined.subList(0, refined.size() - 1)).allSatisfy(d -> assertThat(d.published().isExact()).isTrue());
    return refined.get(refined.size() - 1).published();
  }

  @Test
  void theRunsYearsAreOneWeekdayApart() {
    assertThat(LocalDate.of(2025, 4, 14).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(LocalDate.of(2026, 4, 14).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(LocalDate.of(2025, 4, 15).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(LocalDate.of(2026, 4, 15).getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
  }

  @Test
  void aLoneWeekdayThatMayBeTheDayBeforeLeavesTwoYearsOpen() {
    // Monday: 14 April 2025 itself, or the day before 14 April 2026
    Published p = inRun("Shed\n\nVALDOR, April 14 (Tidewire) -- A fire destroyed the old ferry shed on Monday.\n");
    assertThat(p.date()).isNull();
  }

  @Test
  void aWeekdayJustBeforeItsVerbIsTheDayItself() {
    Published p = inRun("Ferry\n\nVALDOR, April 14 (Tidewire) -- The ferry company on Monday added a second boat to the island run.\n");
    assertThat(p.date()).isEqualTo(LocalDate.of(2025, 4, 14));
    assertThat(p.basis()).hasToString("dateline+weekday+run-years");
  }

  @Test
  void aWeekdayRightAfterItsVerbIsTheDayItself() {
    Published p = inRun("Ferry\n\nVALDOR, April 14 (Tidewire) -- Two ferry officers were acquitted Monday of falsifying the logs.\n");
    assertThat(p.date()).isEqualTo(LocalDate.of(2025, 4, 14));
    assertThat(p.basis()).hasToString("dateline+weekday+run-years");
    // with "on" between, the verb's weekday is the day before a little too often: both years stay open
    assertThat(inRun("Ferry\n\nVALDOR, April 14 (Tidewire) -- Two ferry officers were acquitted on Monday of falsifying the logs.\n")
        .date()).isNull();
  }

  @Test
  void aVerbTiesOnlyTheFirstWeekdayOfItsSentence() {
    // "crashed Friday" in a relative clause after the lead's own Monday: the Monday decides alone
    assertThat(ClueReader.mentions("Rescuers Monday recovered the crew of a launch that capsized Friday off the point."))
        .extracting(ClueReader.Mention::tied).containsExactly(true, false);
    Published p = inRun("Launch\n\nVALDOR, April 14 (Tidewire) -- Rescuers Monday recovered the crew of a launch that capsized Friday off the point.\n");
    assertThat(p.date()).isEqualTo(LocalDate.of(2025, 4, 14));
  }

  @Test
  void aWeekdayAfterAMarketCloseIsTheDayItself() {
    Published p = inRun("""
        Shares

        VALDOR, April 14 (Tidewire) -- Shares on the Valdor exchange closed 1.2 percent lower Monday, dragged down by shipping stocks.
        """);
    assertThat(p.date()).isEqualTo(LocalDate.of(2025, 4, 14));
  }

  @Test
  void aLeadsSaidWeekdayBesideTheEventsDayIsTheDayItself() {
    Published p = inRun("""
        Aground

        VALDOR, April 14 (Tidewire) -- The harbour master said Monday the ferry ran aground on Sunday near the point.
        """);
    assertThat(p.date()).isEqualTo(LocalDate.of(2025, 4, 14));
  }

  @Test
  void anEveningIsThatDayOrTheNext() {
    String text = "Shed\n\nVALDOR, April 15 (Tidewire) -- Fire crews were still at the ferry shed late Monday.\n";
    assertThat(ClueReader.evenings("Fire crews were still at the ferry shed late Monday.")).containsExactly(DayOfWeek.MONDAY);
    assertThat(ClueReader.leadWeekdays("Fire crews were still at the ferry shed late Monday.")).isEmpty();
    // alone: the latest year where 15 April is a Monday or a Tuesday, no earlier bound
    Published alone = dater.date(article("a.txt", text)).published();
    assertThat(alone.date()).isNull();
    assertThat(alone.latest()).isEqualTo(LocalDate.of(2025, 4, 15));
    assertThat(alone.basis()).hasToString("dateline+evening+clock");
    // in the run: Tuesday 15 April 2025 (the evening was the day before); 2026 puts it on a Wednesday
    Published p = inRun(text);
    assertThat(p.date()).isEqualTo(LocalDate.of(2025, 4, 15));
    assertThat(p.basis()).hasToString("dateline+evening+run-years");
  }

  @Test
  void anEveningThatFitsBothYearsStaysOpen() {
    // late Monday: Monday 14 April 2025, or Tuesday 14 April 2026
    assertThat(inRun("Shed\n\nVALDOR, April 14 (Tidewire) -- Fire crews reached the ferry shed late Monday.\n").date()).isNull();
  }

  @Test
  void aWeekdayFittingNoRunYearIsTheDayBeforeWhenTheNextDayFitsOne() {
    // Monday fits neither 15 April (Tuesday in 2025, Wednesday in 2026); as the day before, only 2025 fits
    Published p = inRun("Shed\n\nVALDOR, April 15 (Tidewire) -- A fire destroyed the old ferry shed on Monday.\n");
    assertThat(p.date()).isEqualTo(LocalDate.of(2025, 4, 15));
    assertThat(p.basis()).hasToString("dateline+weekday+run-years+run-span+weekday-day-before");
  }

  @Test
  void aFirmWeekdayIsNotReadAsTheDayBeforeWhileARunYearFitsIt() {
    // said Monday, 14 April: Monday 2025 itself; the day before Tuesday 14 April 2026 is no rival for a firm weekday
    Published p = inRun("Shed\n\nVALDOR, April 14 (Tidewire) -- The fire chief said Monday the shed was lost.\n");
    assertThat(p.date()).isEqualTo(LocalDate.of(2025, 4, 14));
    assertThat(p.basis()).hasToString("dateline+weekday+run-years");
  }

  @Test
  void aFirmWeekdayFittingNoRunYearIsTheDayBeforeWhenTheNextDayFitsOne() {
    // said Monday, 15 April: a Tuesday in 2025, a Wednesday in 2026; the story was filed the day after (measured on
    // agency copy: 9 of 9 such firm weekdays whose next day fits one run year in its span)
    Published p = inRun("Shed\n\nVALDOR, April 15 (Tidewire) -- The fire chief said Monday the shed was lost.\n");
    assertThat(p.date()).isEqualTo(LocalDate.of(2025, 4, 15));
    assertThat(p.basis()).hasToString("dateline+weekday+run-years+run-span+weekday-day-before");
    // said Saturday, 15 April: neither year's 15 April is a Saturday or a Sunday
    assertThat(inRun("Shed\n\nVALDOR, April 15 (Tidewire) -- The fire chief said Saturday the shed was lost.\n").date()).isNull();
  }

  @Test
  void aRunYearGivesNoDateOutsideTheRunsSpan() {
    // 3 December is a Wednesday in 2025 only (2026's is past the clock), but the run has nothing near December
    assertThat(LocalDate.of(2025, 12, 3).getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
    Published p = inRun("Ferry\n\nVALDOR, December 3 (Tidewire) -- The ferry company said Wednesday it would add a boat.\n");
    assertThat(p.date()).isNull();
  }

  /** {@code text} as the last article of a run whose 2026 stories run from 3 March to 5 April and 2025's start in September. */
  Published inRunAroundSpring2026(String text) {
    return inRun(text, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 3));
  }

  /**
   * {@code text}, of 20 March, takes 2026 from the run's span alone; in the two-year run, whose stories of both years
   * surround 20 March, it stays open.
   */
  void takes2026FromTheSpanAlone(String text) {
    Published p = inRunAroundSpring2026(text);
    assertThat(p.date()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(p.basis()).hasToString("dateline+run-years+run-span");
    assertThat(inRun(text).date()).isNull();
  }

  @Test
  void aMonthDayWithoutAWeekdayTakesTheOneRunYearWhoseStoriesSurroundIt() {
    String text = "Ferry\n\nVALDOR, March 20 (Tidewire) -- The ferry company added a second boat to the island run.\n";
    takes2026FromTheSpanAlone(text);
    // after the last story of the only year, nothing surrounds it
    assertThat(inRunAroundSpring2026(text.replace("March 20", "May 30")).date()).isNull();
  }

  /** A ferry story of {@code monthDay} whose lead names no weekday, and a paragraph after it. */
  static String withoutWeekdayInTheLead(String monthDay, String paragraph) {
    return "Ferry\n\nVALDOR, %s (Tidewire) -- The ferry company added a second boat to the island run.\n\n%s\n"
        .formatted(monthDay, paragraph);
  }

  @Test
  void aWeekdaySaidLaterInAStoryWithoutOneChoosesTheRunYear() {
    // no weekday in the lead; "was reopened Tuesday" further down (its verb ties it, no verb of saying, so the lead
    // takes no weekday from it): 14 April is a Tuesday in 2026 only (in 2025 a Monday, and the story is never older
    // than what it reports)
    String text = withoutWeekdayInTheLead("April 14", "The old pier at the point was reopened Tuesday after a year of repairs.");
    assertThat(dater.date(article("a.txt", text)).clues().weekdays()).isEmpty();
    Published p = inRun(text);
    assertThat(p.date()).isEqualTo(LocalDate.of(2026, 4, 14));
    assertThat(p.basis()).hasToString("dateline+run-years+run-span+later-weekday");
    // alone it narrows nothing: the article's own range has no weekday
    Published alone = dater.date(article("a.txt", text)).published();
    assertThat(alone.candidates()).isEmpty();
    assertThat(alone.earliest()).isNull();
    // Monday: 14 April 2025 itself, or the day before in 2026: both years stay open
    assertThat(inRun(text.replace("Tuesday", "Monday")).date()).isNull();
  }

  @Test
  void aLaterWeekdayIsNoneWhenTheStoryNamesTheNextDayAsPast() {
    // "reopened Monday", but Tuesday's crossing is told as past: the Monday was before the story's day, and
    // Tuesday, untied, is no weekday of the story's own either
    String text = withoutWeekdayInTheLead("April 15",
        "The old pier was reopened Monday after repairs. The first crossing left the pier on Tuesday.");
    assertThat(inRun(text).date()).isNull();
    // without it, Monday is 15 April 2025's day before (2026's 15 April is a Wednesday)
    Published p = inRun(text.replace(" The first crossing left the pier on Tuesday.", ""));
    assertThat(p.date()).isEqualTo(LocalDate.of(2025, 4, 15));
    assertThat(p.basis()).hasToString("dateline+run-years+run-span+later-weekday+weekday-day-before");
  }

  @Test
  void aWeekdayNoRunYearInTheSpanFitsIsSetAsideForTheMonthDay() {
    // Monday fits neither 20 March (a Thursday in 2025, a Friday in 2026), not even as the day before or the local
    // day after: misread, or another day's story; the run was written around 20 March in 2026 only
    String text = "Ferry\n\nVALDOR, March 20 (Tidewire) -- The ferry company said Monday it would add a second boat.\n";
    takes2026FromTheSpanAlone(text);
    // a weekday that fits 2026 (Friday) is no misreading: it is read as it stands
    assertThat(inRunAroundSpring2026(text.replace("Monday", "Friday")).basis()).hasToString("dateline+weekday+run-years");
  }

  @Test
  void aFirmWeekdayFittingNoRunYearIsTheLocalDayAfterWhenOnlyThatFitsOne() {
    // said Wednesday, 14 April: a Monday in 2025, a Tuesday in 2026; not the day before either (a Thursday in
    // neither year): the dateline is the agency's day, the weekday the local one, already the next (measured on
    // agency copy: 8 of 8 such firm weekdays whose previous day fits one run year in its span)
    Published p = inRun("Shed\n\nVALDOR, April 14 (Tidewire) -- The fire chief said Wednesday the shed was lost.\n");
    assertThat(p.date()).isEqualTo(LocalDate.of(2026, 4, 14));
    assertThat(p.basis()).hasToString("dateline+weekday+run-years+run-span+weekday-day-after");
    // the day before wins when it fits: said Monday, 15 April (a Tuesday in 2025, a Wednesday in 2026)
    assertThat(inRun("Shed\n\nVALDOR, April 15 (Tidewire) -- The fire chief said Monday the shed was lost.\n").basis())
        .hasToString("dateline+weekday+run-years+run-span+weekday-day-before");
  }

  @Test
  void tiedMentions() {
    assertThat(ClueReader.mentions("Rice Monday condemned the attack.")).singleElement()
        .satisfies(m -> assertThat(m.tied()).isTrue());
    assertThat(ClueReader.mentions("Stocks ended at 1,095.27 points on Friday.")).singleElement()
        .satisfies(m -> assertThat(m.tied()).isTrue());
    assertThat(ClueReader.mentions("The talks ended in the capital on Friday.")).singleElement()
        .satisfies(m -> assertThat(m.tied()).isFalse());
    assertThat(ClueReader.mentions("A fire destroyed the shed on Monday.")).singleElement()
        .satisfies(m -> assertThat(m.tied()).isFalse());
    // a day list "due to be covered" is not a future clause
    assertThat(ClueReader.mentions("Following are the stories due to be covered by Tidewire News Agency on Friday."))
        .singleElement().satisfies(m -> assertThat(m.tied()).isTrue());
    assertThat(ClueReader.mentions("The following are domestic news items released by Tidewire on Tuesday:"))
        .singleElement().satisfies(m -> assertThat(m.tied()).isTrue());
  }
}
