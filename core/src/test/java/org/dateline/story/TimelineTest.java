package org.dateline.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.story.Fixture.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.dateline.json.Json;
import org.dateline.model.ArticleRecord;
import org.junit.jupiter.api.Test;

class TimelineTest {
  final List<ArticleRecord> in = List.of(
      article("late").outlet("Post").on("2026-03-04").headline("Hollin counts <b>the cost</b>").body(StoryLinkerTest.DAM)
          .person("Ivo Brandt").says("Ivo Brandt", "We need a loan & a <script>alert(1)</script> plan for the bridge.").build(),
      article("early").outlet("Ledger").on("2026-03-02").headline("Marsh Bridge closed").body(StoryLinkerTest.DAM)
          .person("Ivo Brandt").says("Ivo Brandt", "The Marsh Bridge is closed until further notice, for everyone.").build());
  final List<Timeline> timelines = Timeline.of(new StoryLinker().link(in), in);

  @Test
  void entriesRunInDateOrder() {
    assertThat(timelines).hasSize(1);
    assertThat(timelines.get(0).entries()).extracting(Timeline.Entry::kind, Timeline.Entry::source).containsExactly(
        org.assertj.core.groups.Tuple.tuple("article", "early"), org.assertj.core.groups.Tuple.tuple("statement", "early"),
        org.assertj.core.groups.Tuple.tuple("article", "late"), org.assertj.core.groups.Tuple.tuple("statement", "late"));
  }

  @Test
  void timelineJsHasTheShapeTimelineJsReads() throws Exception {
    JsonNode root = Json.mapper().readTree(TimelineFormat.TIMELINEJS.render(timelines));
    JsonNode first = root.get("events").get(0);
    assertThat(first.get("start_date").get("year").asInt()).isEqualTo(2026);
    assertThat(first.get("start_date").get("month").asInt()).isEqualTo(3);
    assertThat(first.get("start_date").get("day").asInt()).isEqualTo(2);
    assertThat(first.get("text").get("headline").asText()).isEqualTo("Marsh Bridge closed");
    assertThat(first.get("group").asText()).isEqualTo(timelines.get(0).label());
    assertThat(root.get("title").get("text").get("headline").asText()).isNotBlank();
    assertThat(root.get("events")).hasSize(4);
  }

  @Test
  void timelineJsNamesUndatedArticlesOnTheTitleSlide() throws Exception {
    List<ArticleRecord> more = new java.util.ArrayList<>(in);
    more.add(article("undated").outlet("Courier").between(null, "2026-11-24").headline("Ferry road <jams>")
        .body(StoryLinkerTest.DAM.substring(0, 150) + " The Marsh Bridge queue reached Ferrow.").person("Ivo Brandt").build());
    JsonNode root = Json.mapper().readTree(TimelineFormat.TIMELINEJS.render(Timeline.of(new StoryLinker().link(more), more)));
    assertThat(root.get("events")).hasSize(4);
    assertThat(root.get("title").get("text").get("text").asText())
        .isEqualTo("1 story<p>Undated, not placed on the timeline: Ferry road &lt;jams&gt;</p>");
  }

  @Test
  void htmlEscapesArticleContentAndLoadsNothing() {
    String html = TimelineFormat.HTML.render(timelines);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("Hollin counts &lt;b&gt;the cost&lt;/b&gt;")
        .contains("a loan &amp; a &lt;script&gt;").doesNotContain("<script>").doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void markdownAndJsonRender() throws Exception {
    assertThat(TimelineFormat.MARKDOWN.render(timelines)).contains("- **2026-03-02** 📰 Ledger: Marsh Bridge closed")
        .contains("Hollin counts \\<b\\>the cost\\</b\\>");
    assertThat(Json.mapper().readTree(TimelineFormat.JSON.render(timelines)).get(0).get("entries")).hasSize(4);
  }
}
