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
    assertThat(b.published().basis().storyEvents()).isEmpty();
    // only the story's reach bounds it: the linker's 21 days either side of its dated reports (one main actor)
    assertThat(b.published().earliest()).hasToString("2025-11-28");
    assertThat(b.published().latest()).hasToString("2026-05-25");
    assertThat(b.published().basis().toString()).isEqualTo("clock+story-reach");
  }

  @Test
  void anUndatedFollowUpWithNoYearLiesWithinItsStorysReach() {
    // no year, no event, only a weekday: before, it was open below and its statement undated
    var feb = article("a").on("2026-02-09").headline("Marsh Bridge closed").body(BODY).person("Ivo Brandt").build();
    var mar = article("c").on("2026-03-10").headline("Marsh Bridge talks stall").body(BODY).person("Ivo Brandt").build();
    var open = article("b").undated("2026-12-07").headline("Marsh Bridge queue grows").person("Ivo Brandt")
        .body("Ivo Brandt said on Wednesday the queue reached Ferrow. " + BODY).build();
    var b = byHeadline(LinkingPass.standard().link(List.of(feb, open, mar)).articles(), "b");
    assertThat(b.published().date()).isNull();
    // one main actor: a dated article more than 21 days from the story would not have joined it
    assertThat(b.published().earliest()).hasToString("2026-01-19");
    assertThat(b.published().latest()).hasToString("2026-03-31");
    assertThat(b.published().basis().toString()).isEqualTo("clock+story-reach");
    // two main actors carry a story over half a year: so far may an undated member lie
    var feb2 = article("a").on("2026-02-09").headline("Marsh Bridge closed").body(BODY).person("Ivo Brandt").person("Ona Varga").build();
    var mar2 = article("c").on("2026-03-10").headline("Marsh Bridge talks stall").body(BODY).person("Ivo Brandt").person("Ona Varga").build();
    var open2 = article("b").undated("2026-12-07").headline("Marsh Bridge queue grows").person("Ivo Brandt").person("Ona Varga")
        .body("Ivo Brandt and Ona Varga said on Wednesday the queue reached Ferrow. " + BODY).build();
    var b2 = byHeadline(LinkingPass.standard().link(List.of(feb2, open2, mar2)).articles(), "b");
    assertThat(b2.published().earliest()).hasToString("2025-08-10");
    assertThat(b2.published().latest()).hasToString("2026-09-09");
    // a bound the article's own text gives is kept (only its open end is the story's), and the reach never pins a day
    var since = article("e").between("2026-01-05", null).headline("Marsh Bridge queue grows").person("Ivo Brandt")
        .body("Ivo Brandt said on Wednesday the queue reached Ferrow. " + BODY).build();
    var e = byHeadline(LinkingPass.standard().link(List.of(feb, since, mar)).articles(), "e");
    assertThat(e.published().earliest()).hasToString("2026-01-05");
    assertThat(e.published().latest()).hasToString("2026-03-31");
    var lastDay = article("f").between("2026-01-05", "2026-01-19").headline("Marsh Bridge queue grows").person("Ivo Brandt")
        .body("Ivo Brandt said on Wednesday the queue reached Ferrow. " + BODY).build();
    var f = byHeadline(LinkingPass.standard().link(List.of(feb, lastDay, mar)).articles(), "f");
    assertThat(f.published().date()).isNull();
    assertThat(f.published().earliest()).hasToString("2026-01-05");
    assertThat(f.published().latest()).hasToString("2026-01-19");
  }
}
