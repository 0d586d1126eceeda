package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dateline.clean.ArticleMeta;
import org.dateline.clean.CleanArticle;
import org.dateline.clean.DateHint;
import org.dateline.clean.TextCleaner;
import org.dateline.model.Published;
import org.dateline.read.RawPage;
import org.junit.jupiter.api.Test;

class EvidenceDaterTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
  final EvidenceDater dater = new EvidenceDater(CLOCK);

  static CleanArticle article(String name, String text) {
    return new TextCleaner().clean(new RawPage(name, RawPage.Format.TEXT, text, null, null, List.of()));
  }

  Published date(String text) {
    return dater.date(article("a.txt", text)).published();
  }

  @Test
  void metadataWinsAndNamesItsKind() {
    CleanArticle a = article("a.txt", "Headline\n\nKORVEN, February 13 (Meridian Wire) -- Talks resumed on Friday.");
    ArticleMeta m = new ArticleMeta(null, null, null, null, null, null,
        List.of(new DateHint(LocalDate.of(2026, 2, 13), DateHint.Kind.JSON_LD, "2026-02-13T09:00:00+01:00")));
    a = new CleanArticle(a.source(), a.url(), a.sourceText(), a.visibleText(), a.body(), a.removed(), m, a.fetched(), a.warnings());
    assertThat(dater.date(a).published()).isEqualTo(Published.exact(LocalDate.of(2026, 2, 13), org.dateline.model.Basis.parse("json-ld")));
  }

  @Test
  void yearInTheDatelineIsADate() {
    assertThat(date("Bridge vote\n\nKORVEN, February 13, 2026 (Meridian Wire) -- The council voted.").date())
        .isEqualTo(LocalDate.of(2026, 2, 13));
  }

  @Test
  void weekdayAndPastYearsPinTheYear() {
    // 13 February is a Friday in 2015, 2020 and 2026; "since 2021" leaves only 2026
    Published p = date("""
        River talks

        KORVEN, February 13 (Meridian Wire) -- Delegates from Ostravel and Brdo said here Friday that talks \
        on the river treaty, stalled since 2021 when the old commission was dissolved, would resume.
        """);
    assertThat(p.date()).isEqualTo(LocalDate.of(2026, 2, 13));
    assertThat(p.basis()).hasToString("dateline+weekday+year-clues+clock");
  }

  @Test
  void weekdayWithoutYearCluesIsARangeNotAGuess() {
    Published p = date("""
        River talks

        KORVEN, February 13 (Meridian Wire) -- Delegates from Ostravel and Brdo said here Friday that talks \
        on the river treaty would resume.
        """);
    assertThat(p.date()).isNull();
    assertThat(p.latest()).isEqualTo(LocalDate.of(2026, 2, 13));
    assertThat(p.earliest()).isNull();
  }

  @Test
  void aWeekdayFittingAFewYearsListsTheirDaysAsCandidatesNotADate() {
    // 19 November is a Monday in 2012 and 2018 (and 2029, after the clock); "since 2010" bounds it from below
    Published p = date("""
        Dam talks

        LISVARA, November 19 (Meridian Wire) -- Andrei Vetrov said on Monday that the Karsa dam talks, stalled         since 2010 when the old commission was dissolved, would resume.
        """);
    assertThat(p.date()).isNull();
    assertThat(p.candidates()).containsExactly(LocalDate.of(2012, 11, 19), LocalDate.of(2018, 11, 19));
    assertThat(p.earliest()).isEqualTo(LocalDate.of(2012, 11, 19));
    assertThat(p.latest()).isEqualTo(LocalDate.of(2018, 11, 19));
  }

  @Test
  void futureAndEveningWeekdaysAreNotTheDayOfPublication() {
    assertThat(ClueReader.leadWeekdays("Ministers will meet Friday to sign the accord.")).isEmpty();
    assertThat(ClueReader.leadWeekdays("The ferry sank late Wednesday off the cape.")).isEmpty();
    assertThat(ClueReader.leadWeekdays("Voters prepared for Sunday's referendum.")).isEmpty();
    assertThat(ClueReader.leadWeekdays("The minister said Tuesday the ferry sank Monday.")).isEmpty();
    assertThat(ClueReader.leadWeekdays("The minister told lawmakers on Wednesday the budget was final."))
        .containsExactly(java.time.DayOfWeek.WEDNESDAY);
  }

  @Test
  void pastYearsCountOnlyInPastClauses() {
    assertThat(ClueReader.pastYear("Output has doubled since 2019, and the mill was rebuilt in 2022.")).isEqualTo(2022);
    assertThat(ClueReader.pastYear("The mill will be rebuilt in 2030.")).isNull();
    assertThat(ClueReader.pastYear("The dam was finished in 2012; a second is planned by 2031.")).isEqualTo(2012);
  }

  @Test
  void anAnniversaryIsNotTheYearOfPublication() {
    // 27 April 2003 was a Sunday; the story's own weekday is a Monday, so the stated date is history
    Published p = date("""
        Memorial

        VALDOR, April 27 (Tidewire) -- Veterans gathered here Monday to mark the day the bridge fell.

        On April 27, 2003 the old bridge collapsed under a convoy.
        """);
    assertThat(p.date()).isNotEqualTo(LocalDate.of(2003, 4, 27));
  }

  @Test
  void noDatelineGivesYearBoundsAndTheClock() {
    Published p = date("Harbour\n\nThe harbour, closed since 2024, was reopened by the mayor.");
    assertThat(p.date()).isNull();
    assertThat(p.earliest()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(p.latest()).isEqualTo(LocalDate.of(2026, 11, 24));
  }

  @Test
  void theFetchDateIsAnUpperBound() {
    CleanArticle a = new TextCleaner().clean(new RawPage("a.html", RawPage.Format.TEXT,
        "Harbour\n\nThe harbour reopened.", null, Instant.parse("2024-05-02T23:30:00Z"), List.of()));
    Published p = dater.date(a).published();
    assertThat(p.latest()).isEqualTo(LocalDate.of(2024, 5, 3));
    assertThat(p.basis()).hasToString("fetch-date");
  }

  /** A run: stories of one year whose leads mention the year before as past and give their weekday. */
  static List<CleanArticle> run2025() {
    List<CleanArticle> out = new ArrayList<>();
    LocalDate d = LocalDate.of(2025, 3, 3);
    for (int i = 0; i < 12; i++, d = d.plusDays(3)) {
      String weekday = d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
      String month = d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
      out.add(article("s" + i + ".txt", """
          Story %d

          VALDOR, %s %d (Tidewire) -- The port authority said %s that cargo volumes, which dropped in 2024, were recovering.
          """.formatted(i, month, d.getDayOfMonth(), weekday)));
    }
    return out;
  }

  @Test
  void anOpenArticleTakesTheRunsYearWhenItsWeekdayFits() {
    List<Dated> run = new ArrayList<>(run2025().stream().map(dater::date).toList());
    // 14 May is a Wednesday in 2025 (and in 2014 and 2031): no year clue of its own
    Dated open = dater.date(article("open.txt", """
        Ferry

        VALDOR, May 14 (Tidewire) -- The ferry company said Wednesday it would add a second boat.
        """));
    assertThat(open.published().date()).isNull();
    run.add(open);
    List<Dated> refined = dater.refine(run);
    Published p = refined.get(refined.size() - 1).published();
    assertThat(p.date()).isEqualTo(LocalDate.of(2025, 5, 14));
    assertThat(p.basis()).hasToString("dateline+weekday+run-years");
  }

  @Test
  void anOpenArticleWhoseWeekdayFitsNoRunYearStaysOpen() {
    List<Dated> run = new ArrayList<>(run2025().stream().map(dater::date).toList());
    // 14 May 2025 is a Wednesday, not a Friday, nor the day before or after one: the run's year does not fit, so
    // nothing is taken
    Dated open = dater.date(article("open.txt", """
        Ferry

        VALDOR, May 14 (Tidewire) -- The ferry company said Friday it would add a second boat.
        """));
    run.add(open);
    List<Dated> refined = dater.refine(run);
    assertThat(refined.get(refined.size() - 1).published()).isEqualTo(open.published());
  }

  @Test
  void anOpenArticleWithoutAWeekdayIsNotGivenTheRunsYear() {
    List<Dated> run = new ArrayList<>(run2025().stream().map(dater::date).toList());
    Dated open = dater.date(article("open.txt", "Ferry\n\nVALDOR, May 14 (Tidewire) -- The ferry company added a boat.\n"));
    run.add(open);
    assertThat(dater.refine(run).get(run.size() - 1).published().date()).isNull();
  }

  @Test
  void theRunsStoriesThemselvesArePinned() {
    List<Dated> refined = dater.refine(run2025().stream().map(dater::date).toList());
    assertThat(refined).allSatisfy(d -> assertThat(d.published().date()).isNotNull().hasYear(2025));
  }

  @Test
  void aShortLineAboveTheDatelineIsNotTakenAsItsPlace() {
    Published p = date("""
        TV

        KORVEN, Nov. 8 (Meridian Wire) -- FLASH: FERRY LINE RESUMES SAILINGS: TV
        """);
    assertThat(p.date()).isNull();
  }

  @Test
  void aDateLineAboveTheStoryIsItsDate() {
    Published p = date("""
        The Valdor Courier
        Home | News | Sport
        Ferry company adds a boat
        Wednesday, May 14, 2025
        The ferry company said on Wednesday that it would add a second boat to the Valdor crossing next spring.
        """);
    assertThat(p).isEqualTo(Published.exact(LocalDate.of(2025, 5, 14), org.dateline.model.Basis.parse("text-line")));
  }

  @Test
  void aHeaderDateOverTheMenuIsNotTheStorysDate() {
    Published p = date("""
        The Valdor Courier
        Monday, November 23, 2026
        Home | News | Sport
        Weather | Video

        Ferry company adds a boat

        The ferry company added a second boat to the Valdor crossing, its director told reporters.
        """);
    assertThat(p.date()).isNull();
  }

  @Test
  void aDatelineInsideTheFirstBlockIsFound() {
    Published p = date("""
        Meridian Wire
        Home | World
        River talks resume
        By Ana Petrova
        KORVEN, February 13 (Meridian Wire) -- Delegates said here Friday that talks, stalled since 2021, would resume.
        """);
    assertThat(p.date()).isEqualTo(LocalDate.of(2026, 2, 13));
  }
}
