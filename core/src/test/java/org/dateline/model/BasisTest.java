package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dateline.json.Json;
import org.junit.jupiter.api.Test;

/** The basis is a set of evidence in code and today's "a+b+c" string in JSON, both ways. */
class BasisTest {
  @Test
  void printsInEvidenceOrderWhateverOrderItWasBuiltIn() {
    Basis b = Basis.of(Evidence.CLOCK).plus(Evidence.WEEKDAY, Evidence.DATELINE).plus(Evidence.YEAR_CLUES);
    assertThat(b).hasToString("dateline+weekday+year-clues+clock");
    assertThat(b.has(Evidence.CLOCK)).isTrue();
    assertThat(b.has(Evidence.FETCH_DATE)).isFalse();
  }

  @Test
  void aPagesRangeAndTheTextsDayCombine() {
    Basis page = Basis.of(Evidence.JSON_LD, Evidence.URL, Evidence.UTC);
    assertThat(page.plus(Basis.of(Evidence.DATELINE, Evidence.WEEKDAY, Evidence.CLOCK)))
        .hasToString("json-ld+url+utc+dateline+weekday+clock");
  }

  @Test
  void storyStatementsNameTheirIdsAfterTheArticlesOwnEvidence() {
    Basis b = Basis.of(Evidence.YEAR_CLUES, Evidence.CLOCK).plusStoryStatements(List.of("st-1a", "st-2b"));
    assertThat(b).hasToString("year-clues+clock+story-statements(st-1a,st-2b)");
    assertThat(Basis.parse(b.toString())).isEqualTo(b);
    assertThat(Published.unknown().basis().plus(Evidence.STORY_YEAR_WEEKDAY)).hasToString("none+story-year-weekday");
  }

  @Test
  void everyStringTheDaterWritesReadsBackToItself() {
    for (String s : List.of("dateline+weekday+run-years+run-related-stories+weekday-day-before",
        "dateline+weekday+year-clues+run-years+run-span+weekday-day-before", "dateline+weekday+run-years+story",
        "past-date+clock", "dateline+weekday+stated-year", "json-ld+text-line+disagreeing", "meta+zero-offset",
        "date-line", "fetch-date", "none"))
      assertThat(Basis.parse(s)).hasToString(s);
  }

  @Test
  void jsonKeepsTheString() throws Exception {
    Published p = Published.range(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 9), Basis.parse("dateline+evening+clock"));
    String json = Json.mapper().writeValueAsString(p);
    assertThat(json).contains("\"basis\":\"dateline+evening+clock\"");
    assertThat(Json.mapper().readValue(json, Published.class)).isEqualTo(p);
  }

  @Test
  void unknownEvidenceIsNamed() {
    assertThatThrownBy(() -> Basis.parse("dateline+hunch")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown evidence 'hunch' in basis 'dateline+hunch'");
  }
}
