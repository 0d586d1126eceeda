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

/** Weekdays read beyond the lead, past years in more forms, run years explained away, and stories as evidence. */
class WiderCluesTest {
  final EvidenceDater dater = new EvidenceDater(EvidenceDaterTest.CLOCK);

  @Test
  void aWeekdayBeforeAnInfinitiveOrWithTheMorningIsTheDay() {
    assertThat(ClueReader.leadWeekdays("The envoy arrived in Lisvara Friday to open the fair.")).containsExactly(DayOfWeek.FRIDAY);
    assertThat(ClueReader.leadWeekdays("Pickets gathered on Friday morning at the gates.")).containsExactly(DayOfWeek.FRIDAY);
    assertThat(ClueReader.leadWeekdays("The fair runs Friday to Sunday.")).isEmpty();
  }

  @Test
  void ofTwoDaysTheOneSaidIsTheDayOfTheReport() {
    List<ClueReader.Mention> ms = ClueReader.mentions("The court ruled on Monday against the mill, the Valdor Herald reported on Tuesday.");
    assertThat(LeadWeekdays.agreed(ms)).containsExactly(DayOfWeek.TUESDAY);
    assertThat(LeadWeekdays.agreed(ClueReader.mentions("The mill shut on Monday and the port on Thursday."))).isEmpty();
  }

  @Test
  void aSaidWeekdayLaterInTheStoryCountsButALoneEventDoesNot() {
    // 14 May is a Wednesday in 2025 (and 2014, 2008, ...)
    Published said = date("""
        Ferry

        VALDOR, May 14 (Tidewire) -- The ferry company will add a second boat to the island route.

        The new boat seats two hundred.

        "We are full every summer," its director told reporters on Wednesday.
        """);
    assertThat(said.latest()).isEqualTo(LocalDate.of(2025, 5, 14));
    Published event = date("""
        Ferry

        VALDOR, May 14 (Tidewire) -- The ferry company will add a second boat to the island route.

        The old boat ran aground on Saturday.
        """);
    assertThat(event.latest()).as("no weekday: the latest May 14 before the clock").isEqualTo(LocalDate.of(2026, 5, 14));
    assertThat(event.basis()).hasToString("dateline+clock");
  }

  @Test
  void pastYearsInFrontedPhrasesPairsAndAfterAMonth() {
    assertThat(ClueReader.pastYear("In 2012, turnout in the valley fell.")).isEqualTo(2012);
    assertThat(ClueReader.pastYear("She gave the speech in July 2015 at the university.")).isEqualTo(2015);
    assertThat(ClueReader.pastYear("The party won the valley in 2008 and 2012.")).isEqualTo(2012);
    assertThat(ClueReader.pastYear("Output will reach 9 million barrels a day in 2027, the agency said.")).isNull();
    assertThat(ClueReader.pastYear("What he accomplished made him probably the favourite for the nomination in 2030, she said."))
        .isNull();
  }

  /** Stories of {@code year}, one every three days from 3 March, whose leads speak of {@code pastYear} as past. */
  static List<Dated> run(EvidenceDater dater, int year, int pastYear, int count, String prefix) {
    List<Dated> out = new ArrayList<>();
    LocalDate d = LocalDate.of(year, 3, 3);
    for (int i = 0; i < count; i++, d = d.plusDays(3)) {
      out.add(dater.date(article(prefix + i + ".txt", """
          Story %d

          VALDOR, %s %d (Tidewire) -- The port authority said %s that cargo volumes, which dropped in %d, were recovering.
          """.formatted(i, d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH), d.getDayOfMonth(),
          d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), pastYear))));
    }
    return out;
  }

  @Test
  void aYearWithTheSameCalendarIsExplainedByTheRunsYear() {
    // 2014 has the weekdays of 2025: stories of 2025 that speak of 2013 as past fit 2014 every time, and used to make
    // it a second run year, leaving every story two years to choose from
    List<Dated> all = new ArrayList<>(run(dater, 2025, 2024, 12, "a"));
    all.addAll(run(dater, 2025, 2013, 5, "b"));
    assertThat(dater.refine(all)).allSatisfy(d -> assertThat(d.published().date()).isNotNull().hasYear(2025));
  }

  @Test
  void aWeekdayThatMayBeTheDayBeforeIsSettledByItsStory() {
    // run years 2025 and 2026; 14 May is a Wednesday in 2025 and a Thursday in 2026, so "Wednesday" in a story of
    // 14 May 2026 would be the day before
    List<Dated> all = new ArrayList<>(run(dater, 2025, 2024, 12, "a"));
    all.addAll(run(dater, 2026, 2025, 12, "b"));
    String open = """
        Ferries collide

        VALDOR, May 14 (Tidewire) -- Two ferries of the Karsavik line collided on Wednesday off Cape Marro near Tulvik \
        and Brenholm, with the Ostrel coastguard on the scene.
        """;
    List<Dated> without = new ArrayList<>(all);
    without.add(dater.date(article("open.txt", open)));
    assertThat(dater.refine(without).get(without.size() - 1).published().date()).as("no story: stays open").isNull();

    List<Dated> with = new ArrayList<>(all);
    with.add(dater.date(article("earlier.txt", """
        Storm warning

        VALDOR, May 13 (Tidewire) -- The Ostrel coastguard said Tuesday that the Karsavik line would keep its ferries \
        in Tulvik and Brenholm while a storm passed Cape Marro, after the losses of 2024.
        """)));
    with.add(dater.date(article("open.txt", open)));
    List<Dated> refined = dater.refine(with);
    assertThat(refined.get(with.size() - 2).published().date()).isEqualTo(LocalDate.of(2025, 5, 13));
    Published p = refined.get(with.size() - 1).published();
    assertThat(p.date()).isEqualTo(LocalDate.of(2025, 5, 14));
    assertThat(p.basis()).hasToString("dateline+weekday+run-years+story");
  }

  private Published date(String text) {
    return dater.date(article("a.txt", text)).published();
  }
}
