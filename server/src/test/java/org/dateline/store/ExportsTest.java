package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.json.Json;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Published;
import org.dateline.model.Statement;
import org.dateline.store.Fixtures.Quote;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports as a reader opens them: CSV with headline and publication date (or range), Excel-safe on request; TimelineJS
 * with a title slide, story labels as groups, links to the sources, and a range-only statement placed over its range.
 */
class ExportsTest {
  @TempDir static Path dir;
  static Store store;

  /** An article whose date is known only as a range: its statements carry no date of their own. */
  static ArticleRecord undated(String source, String outlet, String earliest, String latest, String headline, Quote... quotes) {
    ArticleRecord r = Fixtures.article(source, outlet, latest, headline, quotes);
    List<Statement> sts = new ArrayList<>();
    for (Statement s : r.statements()) sts.add(new Statement(s.kind(), s.text(), s.spans(), s.speaker(), s.cue(), null));
    return new ArticleRecord(r.source(), null, r.outlet(), r.headline(), r.section(), r.byline(), r.dateline(),
        Published.range(LocalDate.parse(earliest), LocalDate.parse(latest), org.dateline.model.Basis.of(org.dateline.model.Evidence.DATELINE)), r.body(), r.removed(), r.people(), sts,
        r.times(), r.warnings(), r.sourceText());
  }

  @BeforeAll
  static void start() {
    store = Store.open(dir, Fixtures.LINKER);
    for (ArticleRecord r : Fixtures.corpus()) store.ingest(r, null);
    store.ingest(undated("archive/7", "Fen Review", "2026-01-05", "2026-01-20", "Dam archive reopened",
        new Quote("Tomas Brell", "-5% is what the gauges showed, =SUM(A1) aside")), null);
    store.relink();
  }

  @AfterAll
  static void stop() {
    store.close();
  }

  static String export(Exports.Format f, String story, boolean excel) throws Exception {
    StringWriter w = new StringWriter();
    Exports.write(store.queries(), f, story, excel, w);
    return w.toString();
  }

  @Test
  void csvCarriesHeadlineAndPublishedDateOrRange() throws Exception {
    List<String> lines = export(Exports.Format.csv, null, false).lines().toList();
    assertThat(lines.getFirst()).isEqualTo("statement,speaker,role,outlet,headline,published,date,kind,text,article,url,offsets,story");
    assertThat(lines).anyMatch(l -> l.contains(",Tomas Brell,spokesperson,Harbour Ledger,Dam talks open in Lisvara,2026-02-10,2026-02-10,direct,"));
    // a range is an ISO 8601 interval; the statement has no date of its own; the cell is left as it is
    assertThat(lines).anyMatch(l -> l.contains(",Fen Review,Dam archive reopened,2026-01-05/2026-01-20,,direct,\"-5% is what the gauges showed, =SUM(A1) aside\",archive/7,,"));
  }

  @Test
  void excelCsvHasAByteOrderMarkAndNoFormulaCells() throws Exception {
    String csv = export(Exports.Format.csv, null, true);
    assertThat(csv).startsWith("\uFEFFstatement,");
    assertThat(csv).contains(",\"'-5% is what the gauges showed, =SUM(A1) aside\",");
    assertThat(Exports.formulaSafe("=1+2")).isEqualTo("'=1+2");
    assertThat(Exports.formulaSafe("@cmd")).isEqualTo("'@cmd");
    assertThat(Exports.formulaSafe("Plain words")).isEqualTo("Plain words");
  }

  @Test
  void timelineJsHasATitleSlideGroupsByStoryLabelSourceLinksAndRanges() throws Exception {
    JsonNode t = Json.mapper().readTree(export(Exports.Format.timelinejs, null, false));
    assertThat(t.at("/title/text/headline").asText()).isEqualTo("Statements in the Dateline store");
    assertThat(t.at("/title/text/text").asText()).startsWith("5 statements from 3 outlets, 2026-01-05 to 2026-03-02.");
    JsonNode events = t.get("events");
    assertThat(events).hasSize(5);
    List<String> groups = new ArrayList<>();
    for (JsonNode e : events) groups.add(e.get("group").asText());
    // labels, not ids: two stories, two groups (a label is the story's, as the linker gave it)
    assertThat(groups).contains("Festival draws crowds").noneMatch(g -> g.startsWith("story-"));
    assertThat(new java.util.HashSet<>(groups)).hasSize(2);
    JsonNode shared = null, ranged = null;
    for (JsonNode e : events) {
      if (e.at("/text/text").asText().contains("gates before spring")) shared = e;
      if (e.at("/text/text").asText().contains("gauges")) ranged = e;
    }
    assertThat(shared.at("/text/text").asText()).contains(
        "<a href=\"https://example.test/ledger/1\" target=\"_blank\" rel=\"noopener\">Harbour Ledger: Dam talks open in Lisvara</a>",
        "<a href=\"https://example.test/post/1\" target=\"_blank\" rel=\"noopener\">Nord Post: Dam dispute deepens</a>");
    assertThat(ranged.at("/start_date/day").asInt()).isEqualTo(5);
    assertThat(ranged.at("/end_date/day").asInt()).isEqualTo(20);
    assertThat(ranged.get("display_date").asText()).isEqualTo("between 2026-01-05 and 2026-01-20");
    // no URL: named, not linked
    assertThat(ranged.at("/text/text").asText()).contains("Reported by Fen Review: Dam archive reopened</p>");
  }

  @Test
  void aStoryExportIsTitledWithItsLabel() throws Exception {
    JsonNode t = Json.mapper().readTree(export(Exports.Format.timelinejs, "story-festival", false));
    assertThat(t.at("/title/text/headline").asText()).isEqualTo("Festival draws crowds");
    assertThat(t.get("events")).hasSize(1);
  }

  @Test
  void onlyWebLinksBecomeLinks() {
    assertThat(Exports.webUrl("javascript:alert(1)")).isNull();
    assertThat(Exports.webUrl("/data/feeds/000.txt")).isNull();
    assertThat(Exports.webUrl("https://example.test/a?b=1")).isEqualTo("https://example.test/a?b=1");
  }
}
