package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.read.RawPage;
import org.junit.jupiter.api.Test;

/** Byline, outlet and date lines of scraped pages as real sites print them, on invented pages. */
class TextMetadataTest {
  private static final String LEAD = "The Lenna River ferry between Korven and Tamsk resumed service on Monday after a three-week halt caused by ice on the landing ramps.";
  private static final String SECOND = "Harbour officials said the crossing would run on its winter timetable until the end of March, with two boats instead of four.";

  private static final String THIRD = "The operator said tickets bought for the halted crossings would be honoured until the end of January.";

  private static ArticleMeta meta(String... lines) {
    return new TextCleaner().clean(new RawPage("page.txt", RawPage.Format.TEXT, String.join("\n", lines) + "\n", null, null, List.of())).meta();
  }

  @Test
  void anAgencyDatelineUnderATitleKeptAsBodyIsTheDateline() {
    ArticleMeta m = meta("Ferry service resumes on the Lenna after ice halt.", "",
        "KORVEN, Jan. 4 (Meridian Wire) — " + LEAD, "", SECOND, "", THIRD);
    assertThat(m.dateline()).isNotNull();
    assertThat(m.dateline().place()).isEqualTo("KORVEN");
    assertThat(m.agency()).isEqualTo("Meridian Wire");
    // a lead of two sentences above it is no title: its dateline would open it
    ArticleMeta lead = meta(LEAD + " " + THIRD, "", "KORVEN, Jan. 4 (Meridian Wire) — " + SECOND);
    assertThat(lead.dateline()).isNull();
  }

  @Test
  void aRoleGluedToTheNameIsNotPartOfTheByline() {
    assertThat(meta("Ferry service resumes on the Lenna", "By Mara QuellStaff Writer", "", LEAD, "", SECOND).byline()).isEqualTo("Mara Quell");
    assertThat(meta("Ferry service resumes on the Lenna", "Mara Quell, Reporter", "", LEAD, "", SECOND).byline()).isEqualTo("Mara Quell");
    assertThat(meta("Ferry service resumes on the Lenna", "Mara Quell@maraquell", "", LEAD, "", SECOND).byline()).isEqualTo("Mara Quell");
    assertThat(Bylines.clip("Mara QuellDecember 20, 2026 Comments")).isEqualTo("Mara Quell");
    ArticleMeta glued = meta("Ferry service resumes on the Lenna", "Mara QuellDecember 20, 2026 Comments", "", LEAD, "", SECOND);
    assertThat(glued.dateHints()).extracting(DateHint::date).containsExactly(LocalDate.of(2026, 12, 20));
  }

  @Test
  void aNameLinePastTheStandfirstIsTheByline() {
    ArticleMeta m = meta("Ferry service resumes on the Lenna", "",
        "Harbour officials say the winter timetable will hold until the end of March, with two boats instead of four.", "",
        "Mara Quell", "Transport reporter", "", "Saturday 19 December 2026 05:39, UK", "", LEAD, "", SECOND);
    assertThat(m.byline()).isEqualTo("Mara Quell");
    assertThat(m.dateHints()).extracting(DateHint::date).containsExactly(LocalDate.of(2026, 12, 19));
  }

  @Test
  void postedBeforeUpdatedIsThePublicationDate() {
    ArticleMeta m = meta("Ferry service resumes on the Lenna", "Mara Quell · Korven Courier ·",
        "Posted: Dec 18, 2026 8:25 AM EST | Last Updated: December 21, 2026", "", LEAD, "", SECOND);
    assertThat(m.dateHints()).extracting(DateHint::date).containsExactly(LocalDate.of(2026, 12, 18));
    ArticleMeta u = meta("Ferry service resumes on the Lenna", "Updated: Dec. 21, 2026, 1:29 p.m.", "Published: Dec. 18, 2026, 1:28 p.m.", "",
        LEAD, "", SECOND);
    assertThat(u.dateHints()).extracting(DateHint::date).containsExactly(LocalDate.of(2026, 12, 18));
  }

  @Test
  void numericDateLinesAreReadOnlyWhenTheOrderIsCertain() {
    assertThat(meta("Ferry service resumes on the Lenna", "12/18/2026", "", LEAD, "", SECOND).dateHints())
        .extracting(DateHint::date).containsExactly(LocalDate.of(2026, 12, 18));
    assertThat(meta("Ferry service resumes on the Lenna", "3/4/2026", "", LEAD, "", SECOND).dateHints()).isEmpty();
    // a US time zone after the date says the order: month first
    assertThat(Dates.numeric("9/8/2026 12:15 PM PT")).isEqualTo(LocalDate.of(2026, 9, 8));
    assertThat(Dates.numeric("9/8/2026 12:15")).isNull();
    assertThat(Dates.numeric("25/08/2026")).isEqualTo(LocalDate.of(2026, 8, 25));
    assertThat(Dates.numeric("Last updated: 2026/12/20 at 8:39 AM")).isEqualTo(LocalDate.of(2026, 12, 20));
    assertThat(meta("Ferry service resumes on the Lenna", "Last updated: 2026/12/20 at 8:39 AM", "Korven Daily", "", LEAD, "", SECOND)
        .dateHints()).extracting(DateHint::date).containsExactly(LocalDate.of(2026, 12, 20));
  }

  @Test
  void numericDatesWithTwoDigitYearsOrDashesAreRead() {
    assertThat(Dates.numeric("12/18/26 4:02pm")).isEqualTo(LocalDate.of(2026, 12, 18));
    assertThat(Dates.numeric("12-22-26")).isEqualTo(LocalDate.of(2026, 12, 22));
    assertThat(Dates.numeric("12-20-2026")).isEqualTo(LocalDate.of(2026, 12, 20));
    assertThat(Dates.numeric("by Mara Quell - 12/22/26 12:24 PM ET")).isEqualTo(LocalDate.of(2026, 12, 22));
    // both orders possible, nothing to choose by; mixed separators are no date; ISO stays the machine reader's
    assertThat(Dates.numeric("12-05-26")).isNull();
    assertThat(Dates.numeric("12/22-26")).isNull();
    assertThat(Dates.numeric("2026-12-23T10:52:01Z")).isNull();
    assertThat(meta("Ferry service resumes on the Lenna", "By Mara Quell •", "05/26/26 4:20pm", "", LEAD, "", SECOND).dateHints())
        .extracting(DateHint::date).containsExactly(LocalDate.of(2026, 5, 26));
  }

  @Test
  void theDateOnTheBylinesLineIsRead() {
    ArticleMeta m = meta("Ferry service resumes on the Lenna", "By Mara Quell Courier Correspondent,Updated December 22, 2026, 5:49 PM", "",
        LEAD, "", SECOND);
    assertThat(m.byline()).startsWith("Mara Quell");
    assertThat(m.dateHints()).extracting(DateHint::date).containsExactly(LocalDate.of(2026, 12, 22));
  }

  @Test
  void aDateLineThatNamesNoDayIsNotReplacedByARelatedItemsDate() {
    // the page dates itself by weekday; the date under a video teaser further on is the teaser's
    ArticleMeta m = meta("Ferry service resumes on the Lenna", "By", "Mara Quell", "PublishedThursday 1:30PM", "", LEAD, "", SECOND, "",
        "Watch", "Ice closes the Tamsk landing for a third week", "December 13, 2026", "", THIRD);
    assertThat(m.dateHints()).isEmpty();
    assertThat(meta("Ferry service resumes on the Lenna", "Mara Quell", "Posted 3 days ago", "", LEAD, "", "December 13, 2026", "", SECOND)
        .dateHints()).isEmpty();
  }

  @Test
  void aDateOverTheCrumbsAndAnEditorsNoteAboveTheHeadlineIsRead() {
    ArticleMeta m = meta("Home", "Transport", "December 22, 2026", "Editors' notes",
        "This article has been reviewed according to the desk's editorial process and policies", "fact-checked", "trusted source",
        "proofread", "Ferry service resumes on the Lenna", "by Mara Quell, Korven Courier", "", LEAD, "", SECOND);
    assertThat(m.dateHints()).extracting(DateHint::date).containsExactly(LocalDate.of(2026, 12, 22));
  }

  @Test
  void aMachineStampPrintedAsTheDateLineKeepsTheDaysItsHourAllows() {
    // 10:52 UTC is the same day from UTC-10 to UTC+13; 15:23 UTC is already the next day in Oceania
    DateHint morning = meta("Ferry service resumes on the Lenna", "Mara Quell", "2026-12-23T10:52:01Z", "", LEAD, "", SECOND).dateHints().get(0);
    assertThat(morning.pinsDay()).isTrue();
    assertThat(morning.date()).isEqualTo(LocalDate.of(2026, 12, 23));
    DateHint afternoon = meta("Ferry service resumes on the Lenna", "Mara Quell", "2026-12-22T15:23:34Z", "", LEAD, "", SECOND).dateHints().get(0);
    assertThat(afternoon.earliest()).isEqualTo(LocalDate.of(2026, 12, 22));
    assertThat(afternoon.latest()).isEqualTo(LocalDate.of(2026, 12, 23));
  }

  @Test
  void aCaptionsDateIsNotThePagesDate() {
    ArticleMeta m = meta("Ferry service resumes on the Lenna", "Mara Quell", "",
        "The ferry Tamsk at the Korven landing on December 15, 2026. Ilse Marren/Korven Courier", "", LEAD, "", SECOND);
    assertThat(m.dateHints()).isEmpty();
  }

  @Test
  void aNameTheChromeRepeatsIsTheOutletNeverAMenuWord() {
    ArticleMeta m = meta("Skip to main content", "News", "Search", "KorvenCourier", "", "Ferry service resumes on the Lenna", "By Mara Quell", "",
        LEAD, "", SECOND, "", "Mara Quell is a transport reporter at KorvenCourier.", "KorvenCourier on Instagram",
        "KorvenCourier on YouTube", "Sign up for KorvenCourier's morning newsletter", "News", "Search", "Contact us at desk@korvencourier.com");
    assertThat(m.outlet()).isEqualTo("KorvenCourier");
  }
}
