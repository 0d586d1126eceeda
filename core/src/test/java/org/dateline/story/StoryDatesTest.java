package org.dateline.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.story.Fixture.article;

import java.util.List;
import org.dateline.model.ArticleRecord;
import org.junit.jupiter.api.Test;

class StoryDatesTest {
  static final String BODY = StoryLinkerTest.DAM;

  @Test
  void anOpenYearTakesTheStoryYearWhenTheWeekdayAgrees() {
    var dated = article("a").on("2026-03-02").headline("Marsh Bridge closed").body(BODY).person("Ivo Brandt").build();
    // 3 March 2026 is a Tuesday; in 2025 and 2027 it is not
    var open = article("b").between(null, null).headline("Marsh Bridge repairs begin").person("Ivo Brandt")
        .body("HOLLIN, Tuesday, March 3 -- " + BODY).time("March 3", "XXXX-03-03").build();
    List<ArticleRecord> out = StoryDates.refine(List.of(dated, open), new StoryLinker().link(List.of(dated, open)));
    assertThat(out.get(0)).isSameAs(dated);
    assertThat(out.get(1).published().date()).hasToString("2026-03-03");
    assertThat(out.get(1).published().basis().toString()).endsWith("+story-year-weekday");
  }

  @Test
  void aWrongWeekdayLeavesTheDateOpen() {
    var dated = article("a").on("2026-03-02").headline("Marsh Bridge closed").body(BODY).person("Ivo Brandt").build();
    var open = article("b").headline("Marsh Bridge repairs begin").person("Ivo Brandt")
        .body("HOLLIN, Friday, March 3 -- " + BODY).time("March 3", "XXXX-03-03").build();
    List<ArticleRecord> out = StoryDates.refine(List.of(dated, open), new StoryLinker().link(List.of(dated, open)));
    assertThat(out.get(1).published().date()).isNull();
  }

  @Test
  void anUndatedArticleGetsARangeFromTheStatementsItShares() {
    var dated = article("a").on("2026-03-02").body(BODY).person("Ivo Brandt")
        .says("Ivo Brandt", "The bridge will stay closed until the pillars are rebuilt from the ground up.").build();
    var undated = article("b").body(BODY.substring(0, 150)).person("Ivo Brandt")
        .says("Ivo Brandt", "The bridge will stay closed until the pillars are rebuilt...").build();
    List<ArticleRecord> in = List.of(dated, undated);
    var out = StoryDates.refine(in, new StoryLinker().link(in));
    assertThat(out.get(1).published().date()).isNull();
    assertThat(out.get(1).published().earliest()).hasToString("2026-02-23");
    assertThat(out.get(1).published().latest()).hasToString("2026-03-09");
    assertThat(out.get(1).published().basis().toString()).contains("+story-statements(st-");
  }
}
