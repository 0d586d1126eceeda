package org.dateline.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.story.Fixture.article;

import java.util.List;
import org.dateline.model.ArticleRecord;
import org.junit.jupiter.api.Test;

/** One story's calendar: yearless agency datelines, event references and statement days across its articles. */
class StoryCalendarTest {
  static final String BODY = StoryLinkerTest.DAM;

  static ArticleRecord byHeadline(List<ArticleRecord> out, String source) {
    return out.stream().filter(r -> r.source().equals(source)).findFirst().orElseThrow();
  }

  @Test
  void yearlessDatelinesTakeTheYearOfTheStorysDatedReportAcrossTheYearBoundary() {
    // 19 November is a Wednesday in 2025 (and 2014, 2008, 2003); the story's one dated page is of January 2026
    var firm = article("b").on("2026-01-08").headline("Marsh Bridge closed for the winter").body(BODY).person("Ivo Brandt").build();
    var nov = article("a").yearless("2025-11-19").headline("Marsh Bridge inspection ordered").person("Ivo Brandt")
        .body("HOLLIN, November 19 (Northway Press) -- Ivo Brandt said on Wednesday " + BODY)
        .says("Ivo Brandt", "The bridge will stay shut until the engineers say otherwise.")
        .time("Wednesday", "XXXX-WXX-3").build();
    List<ArticleRecord> in = List.of(nov, firm);
    List<ArticleRecord> out = LinkingPass.standard().link(in).articles();
    var a = byHeadline(out, "a");
    assertThat(a.published().date()).hasToString("2025-11-19");
    assertThat(a.published().basis().toString()).isEqualTo("dateline+weekday+clock+story-span");
    assertThat(a.statements().get(0).date()).hasToString("2025-11-19");
  }

  @Test
  void anUndatedFollowUpIsBoundedByTheEventsItSpeaksOfAndNamesThem() {
    var dec = article("a").on("2025-12-19").headline("Marsh Bridge vote passes").body(BODY).person("Ivo Brandt").build();
    var may = article("c").on("2026-05-04").headline("Marsh Bridge reopens").body(BODY).person("Ivo Brandt").build();
    var open = article("b").undated("2026-12-07").headline("Marsh Bridge works running late").person("Ivo Brandt")
        .body("Ivo Brandt said on Wednesday the works were late. Since the referendum on March 8, little has moved. "
            + "The contractor must finish by May 2. " + BODY).build();
    List<ArticleRecord> out = LinkingPass.standard().link(List.of(dec, open, may)).articles();
    var b = byHeadline(out, "b");
    assertThat(b.published().date()).isNull();
    assertThat(b.published().earliest()).hasToString("2026-03-08");
    assertThat(b.published().latest()).hasToString("2026-05-02");
    assertThat(b.published().basis().storyEvents()).containsExactly("after 2026-03-08: Since the referendum on March 8",
        "before 2026-05-02: by May 2");
    assertThat(b.published().basis().toString())
        .isEqualTo("clock+story-events(after 2026-03-08: Since the referendum on March 8;before 2026-05-02: by May 2)");
  }

  @Test
  void referencesThatContradictEachOtherBoundNothing() {
    var dec = article("a").on("2025-12-19").headline("Marsh Bridge vote passes").body(BODY).person("Ivo Brandt").build();
    var may = article("c").on("2026-05-04").headline("Marsh Bridge reopens").body(BODY).person("Ivo Brandt").build();
    var open = article("b").undated("2026-12-07").headline("Marsh Bridge works running late").person("Ivo Brandt")
        .body("Since the reopening on May 3, traffic is back. The vote is set for December 19. " + BODY).build();
    List<ArticleRecord> out = LinkingPass.standard().link(List.of(dec, open, may)).articles();
    var b = byHeadline(out, "b");
    assertThat(b.published().earliest()).isNull();
    assertThat(b.published().latest()).hasToString("2026-12-07");
  }
}
