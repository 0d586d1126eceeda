package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.dateline.model.Published;
import org.dateline.pipeline.Pipeline;
import org.dateline.read.RawPage;
import org.junit.jupiter.api.Test;

/** The forms agency copy takes on scraped pages, one invented page each: outlet, agency, dateline, date, lead once. */
class AgencyCopyTest {
  private static final String LEAD = "Valdoria's foreign minister said on Wednesday that talks with Ostria over the Lenna River would resume in Brasel next week.";
  private static final String SECOND = "Andrei Vetrov told reporters that both delegations had agreed to keep the border crossing at Tamsk open during the talks.";
  private static final String THIRD = "Ostria's energy ministry did not answer calls seeking comment on the minister's remarks on Wednesday evening.";

  private static CleanArticle clean(String... lines) {
    return new TextCleaner().clean(page(lines));
  }

  private static RawPage page(String... lines) {
    return new RawPage("agency.txt", RawPage.Format.TEXT, String.join("\n", lines) + "\n", null, null, List.of());
  }

  private static List<String> paragraphs(CleanArticle a) {
    return a.body().paragraphs().stream().map(s -> s.of(a.sourceText())).toList();
  }

  @Test
  void agencyBylineNamesTheOutlet() {
    CleanArticle a = clean("Home", "World", "", "Valdoria says river talks to resume next week", "By Meridian Wire", "", LEAD, "", SECOND);
    assertThat(a.meta().outlet()).isEqualTo("Meridian Wire");
    assertThat(a.meta().byline()).isEqualTo("Meridian Wire");
    assertThat(a.meta().headline()).isEqualTo("Valdoria says river talks to resume next week");
    assertThat(paragraphs(a)).containsExactly(LEAD, SECOND);
  }

  @Test
  void lateCreditLineGivesOutletAndExactDate() {
    RawPage p = page("Valdoria says river talks to resume next week", "", LEAD, "(Harbor Ledger Staff) Thursday, March 6, 2008", "",
        SECOND, "", THIRD);
    CleanArticle a = new TextCleaner().clean(p);
    assertThat(a.meta().outlet()).isEqualTo("Harbor Ledger");
    assertThat(paragraphs(a)).containsExactly(LEAD, SECOND, THIRD);
    Published d = Pipeline.standard(null, Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).prepare(p).published();
    assertThat(d.date()).isEqualTo(LocalDate.of(2008, 3, 6));
  }

  @Test
  void placeAndColonOpeningTheLeadIsADateline() {
    String lead = "Korven : " + LEAD;
    CleanArticle a = clean("Valdoria says river talks to resume next week", "", lead, "", SECOND);
    assertThat(a.meta().dateline().place()).isEqualTo("Korven");
    assertThat(a.meta().dateline().text()).isEqualTo("Korven :");
    assertThat(a.meta().datelineSpan().of(a.sourceText())).isEqualTo("Korven :");
  }

  @Test
  void titleFragmentNamesTheOutletWithoutTheDash() {
    CleanArticle a = clean("- Meridian International", "World", "", "Valdoria says river talks to resume next week", "", LEAD,
        "", SECOND);
    assertThat(a.meta().outlet()).isEqualTo("Meridian International");
  }

  @Test
  void agencyInTheDatelineIsKeptApartFromTheOutlet() {
    String lead = "KORVEN, March 4 (Meridian Wire) - " + LEAD;
    CleanArticle a = clean("The Harbor Ledger", "World", "", "Valdoria says river talks to resume next week", "", lead, "", SECOND, "",
        "© 2026 The Harbor Ledger. All rights reserved.", "About The Harbor Ledger");
    assertThat(a.meta().outlet()).isEqualTo("The Harbor Ledger");
    assertThat(a.meta().agency()).isEqualTo("Meridian Wire");
    assertThat(a.meta().dateline().text()).isEqualTo("KORVEN, March 4 (Meridian Wire)");
  }

  @Test
  void leadPrintedAsStandfirstAndAfterTheDatelineIsKeptOnce() {
    String lead = "KORVEN, March 4 (Meridian Wire) - " + LEAD;
    CleanArticle a = clean("Valdoria says river talks to resume next week", LEAD, "", lead, "", SECOND, "", THIRD);
    assertThat(paragraphs(a)).containsExactly(lead, SECOND, THIRD);
    assertThat(a.meta().dateline()).isNotNull();
    assertThat(a.meta().headline()).isEqualTo("Valdoria says river talks to resume next week");
  }

  @Test
  void datedDatelineWithoutAgencyIsRead() {
    String lead = "KORVEN, March 4 - " + LEAD;
    CleanArticle a = clean("Valdoria says river talks to resume next week", "", lead, "", SECOND);
    assertThat(a.meta().dateline().place()).isEqualTo("KORVEN");
    assertThat(a.meta().dateline().text()).isEqualTo("KORVEN, March 4 -");
    assertThat(a.meta().agency()).isNull();
  }

  @Test
  void widgetsAboveTheHeadlineAreNotTheHeadline() {
    CleanArticle a = clean("Meridian Wire", "Home", "World", "", "Sunday, Mar 8th 2026 11PM 9°C 2AM 8°C 5-Day Forecast",
        "Normal text sizeLarger text sizeVery large text size", "",
        "Valdoria says river talks to resume next week", "By Marta Jansen", "March 4, 2026",
        "Share on Facebook (opens in a new window)", "Share on Flipboard (opens in a new window)", "", LEAD, "", SECOND, "",
        "Related stories", "Ostrian grid operator posts record winter exports", "Korven port strike enters second day", "",
        "© 2026 Meridian Wire. All rights reserved.");
    assertThat(a.meta().headline()).isEqualTo("Valdoria says river talks to resume next week");
    assertThat(a.meta().byline()).isEqualTo("Marta Jansen");
    assertThat(a.meta().outlet()).isEqualTo("Meridian Wire");
    assertThat(a.meta().dateHints()).extracting(DateHint::date).containsExactly(LocalDate.of(2026, 3, 4));
    assertThat(paragraphs(a)).containsExactly(LEAD, SECOND);
  }
}
