package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Published;
import org.junit.jupiter.api.Test;

/**
 * Clue forms read since the wire stories' fourth pass: weekdays dating a publication, a morning or a day's newspaper
 * (firm); a lead's tied weekday kept against a later paragraph; past years after "to the"; months still to come as an
 * upper bound on the year.
 */
class MoreClueFormsTest {
  final EvidenceDater dater = new EvidenceDater(EvidenceDaterTest.CLOCK);

  private static ClueReader.Mention only(String text) {
    List<ClueReader.Mention> ms = ClueReader.mentions(text);
    assertThat(ms).hasSize(1);
    return ms.get(0);
  }

  @Test
  void aWeekdayDatingAPublicationOrAMorningIsFirm() {
    assertThat(only("Harvests fell by a third, according to figures released Friday by the Ostrel farm board.").tied()).isTrue();
    assertThat(only("The dam is unsafe, the Valdor engineers' guild said in a report Wednesday.").tied()).isTrue();
    assertThat(only("Two lorries collided on the coast road early on Monday.").tied()).isTrue();
    assertThat(only("Snow closed the Brenholm pass Tuesday morning.").tied()).isTrue();
    assertThat(only("The shortlist, which was released on Sunday, left out the novel.").tied()).as("'was released' is not the report").isFalse();
    assertThat(only("The ferry sank on Thursday near the cape.").tied()).isFalse();
  }

  @Test
  void aWeekdayOfTheSameMomentOrOfABlastIsFirm() {
    assertThat(only("Schools in Ostrel stayed shut Tuesday as the smog over the valley thickened.").tied()).isTrue();
    assertThat(only("Three guards were hurt Monday when a gas main burst under the Valdor depot.").tied()).isTrue();
    assertThat(only("A bomb went off in the Brenholm market on Friday, the police said.").tied()).isTrue();
    assertThat(only("Two border guards were killed on Sunday near the Ostrel crossing.").tied()).isTrue();
    assertThat(only("Four people were hurt Thursday while clearing a drain in Valdor.").tied()).as("'while' is left out").isFalse();
    assertThat(only("Raiders hit a Valdor border post on Tuesday, seizing two trucks.").tied()).isTrue();
    assertThat(only("The Ostrel ferry sank on Tuesday, according to the coast guard.").tied()).as("a source, not an event").isFalse();
    List<ClueReader.Mention> two = ClueReader.mentions(
        "Posters of the poet filled Brenholm on Friday, before the day of his birth on Saturday, showing the town's pride.");
    assertThat(two).extracting(ClueReader.Mention::tied).as("a sentence ties its first weekday only").containsExactly(false, false);
    assertThat(only("The veteran coach died during a cup match in Brenholm on Sunday.").tied()).as("a death is not a blast").isFalse();
    assertThat(only("The ferry sank on Thursday near the cape.").tied()).isFalse();
  }

  @Test
  void aMarketsDayIsFirmButNotAnOpeningNorALaterWeekdayOfItsSentence() {
    assertThat(only("The Ostrel crown slid to a two-year low against the dollar Monday, dealers in Valdor said.").tied()).isTrue();
    assertThat(only("Crude oil prices fell on Wednesday on news of a mild winter.").tied()).isTrue();
    assertThat(only("The Ostrel index rose 4.8 points, or 0.9 percent, to close at 5,110.03 on Monday.").tied())
        .as("a decimal point ends no sentence").isTrue();
    assertThat(only("Valdor shares opened 0.3 percent lower Tuesday.").tied()).as("an opening").isFalse();
    assertThat(only("The mint struck a series of gold medals on Friday for the festival.").tied()).as("gold is no market").isFalse();
    List<ClueReader.Mention> two = ClueReader.mentions("Valdor stocks eased on Wednesday after the index hit a high on Tuesday.");
    assertThat(two).extracting(ClueReader.Mention::tied).containsExactly(true, false);
  }

  @Test
  void aWeekdaysNewspaperIsThatDaysButAPollForItIsTomorrows() {
    ClueReader.Mention paper = only("Rents rose again, according to Thursday's Valdor Courier.");
    assertThat(paper.day()).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(paper.tied()).isTrue();
    assertThat(ClueReader.mentions("A survey for Thursday's Valdor Times put the mayor ahead.")).isEmpty();
    assertThat(ClueReader.mentions("Fans queued for Sunday's final.")).isEmpty();
  }

  @Test
  void aTiedLeadWeekdayKeepsItsDayWhenALaterParagraphNamesTheNext() {
    // 14 May 2025 is a Wednesday; the funeral "on Thursday" is to come, which the later paragraph does not say
    Published p = dater.date(EvidenceDaterTest.article("a.txt", """
        Mourning

        VALDOR, May 14 (Tidewire) -- The mayor on Wednesday ordered flags lowered for the victims of the Brenholm fire, \
        the worst since 2023.

        Crowds gathered for a funeral on Thursday.
        """)).published();
    assertThat(p.date()).isEqualTo(LocalDate.of(2025, 5, 14));
  }

  @Test
  void toThePlaceIsNoInfinitiveAndPredictionsAreNotPast() {
    assertThat(ClueReader.pastYear("She moved her firm to the island in early 2024 after the flood.")).isEqualTo(2024);
    assertThat(ClueReader.pastYear("He plans to open the mill in 2029.")).isNull();
    assertThat(ClueReader.pastYear("He dismissed predictions about a sharp rise in prices at the beginning of 2029.")).isNull();
  }

  @Test
  void aMonthStillToComeBoundsTheDateFromAbove() {
    assertThat(ClueReader.futureBound("The relay race is to be held in January 2027 in Tulvik.")).isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(ClueReader.futureBound("The ministry will double the fees from March 1, 2027, officials explained."))
        .isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(ClueReader.futureBound("The port will take bigger ships by early 2027.")).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(ClueReader.futureBound("The race was to be held in January 2027.")).as("a past plan").isNull();
    assertThat(ClueReader.futureBound("Turnout is expected to rise, as it has since the reform of May 2019.")).isNull();
    assertThat(ClueReader.futureBound("Unrest, due to the reforms, led to the invasion in December 1979.")).isNull();
  }

  @Test
  void aMonthStillToComeNarrowsTheYear() {
    // 20 November is a Thursday in 2025 and in 2014; "January 2015" still to come leaves 2014 and before
    Published p = dater.date(EvidenceDaterTest.article("a.txt", """
        Relay race

        TULVIK, November 20 (Tidewire) -- The fourth Tulvik relay race is to be held in January 2015 on the frozen \
        lake, organisers said Thursday.
        """)).published();
    assertThat(p.latest()).isEqualTo(LocalDate.of(2014, 11, 20));
    assertThat(p.basis()).hasToString("dateline+weekday+year-clues+clock");
  }
}
