package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.dateline.json.Json;
import org.dateline.model.ArticleRecord;
import org.dateline.store.Fixtures;
import org.dateline.store.Fixtures.Quote;
import org.dateline.store.Queries;
import org.dateline.store.Store;
import org.dateline.story.Linker;
import org.dateline.story.Linking;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shape of search items and totals, black box over HTTP: a variant repeats no text the statement already
 * carries, and a search with more matches than {@link Queries#EXACT_TOTAL} says "more than" instead of counting.
 */
class SearchItemsTest {
  static final String SAID = "We will not open the gates before spring";
  static final String REWORDED = "We will not open the sluice gates before spring";
  static final int MANY = Queries.EXACT_TOTAL + 2;

  @TempDir static Path dir;
  static Store store;
  static WebServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  /** The fixture linker, except that an outlet's reworded version joins the statement it reports. */
  static final Linker REWORDING = articles -> {
    Linking l = Fixtures.LINKER.link(articles);
    var said = l.statements().stream().filter(m -> m.text().equals(SAID)).findFirst().orElseThrow();
    var reworded = l.statements().stream().filter(m -> m.text().equals(REWORDED)).findFirst().orElseThrow();
    List<Linking.Variant> vs = new ArrayList<>(said.variants());
    vs.addAll(reworded.variants());
    List<Linking.MergedStatement> ms = new ArrayList<>();
    for (var m : l.statements()) {
      if (m == reworded) continue;
      ms.add(m != said ? m : new Linking.MergedStatement(m.id(), m.storyId(), m.speakerId(), m.kind(), m.text(), m.date(), m.firstOutlet(), vs));
    }
    return new Linking(l.stories(), l.people(), ms, l.duplicates());
  };

  @BeforeAll
  static void start() {
    store = Store.open(dir, REWORDING);
    for (ArticleRecord r : Fixtures.corpus()) store.ingest(r, null);
    store.ingest(Fixtures.article("gazette/1", "Valley Gazette", "2026-02-12", "Dam row goes on", new Quote("Ilse Marren", REWORDED)), null);
    // one article quoting a crowd, so that a word matches more statements than the exact count goes
    store.ingest(Fixtures.article("bulletin/1", "Lake Bulletin", "2026-04-01", "Harvest fair opens",
        IntStream.range(0, MANY).mapToObj(i -> new Quote("Orla Venn", "Harvest stall " + i + " is open")).toArray(Quote[]::new)), null);
    store.relink();
    server = WebServer.start(store, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static JsonNode get(String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }

  @Test
  void aVariantCarriesItsTextOnlyWhenItDiffersFromTheStatements() throws Exception {
    JsonNode page = get("/api/statements?speaker=Ilse%20Marren&q=gates");
    assertThat(page.get("total").asInt()).isEqualTo(1);
    assertThat(page.get("totalExact").asBoolean()).isTrue();
    JsonNode st = page.get("items").get(0);
    assertThat(st.get("text").asText()).isEqualTo(SAID);
    assertThat(st.get("variants")).hasSize(3);
    List<String> texts = new ArrayList<>();
    for (JsonNode v : st.get("variants")) {
      assertThat(v.has("headline")).as("headline is the article's").isFalse();
      assertThat(v.get("articleId").isNumber()).isTrue();
      assertThat(v.get("spans").size()).isEqualTo(1);
      texts.add(v.has("text") ? v.get("outlet").asText() + ": " + v.get("text").asText() : v.get("outlet").asText());
    }
    assertThat(texts).containsExactly("Harbour Ledger", "Nord Post", "Valley Gazette: " + REWORDED);
    // the single statement has the same shape; the reworded version is found by its own words
    assertThat(get("/api/statements/" + st.get("id").asText()).get("variants").get(2).get("text").asText()).isEqualTo(REWORDED);
    assertThat(get("/api/statements?q=sluice").get("items").get(0).get("id").asText()).isEqualTo(st.get("id").asText());
  }

  @Test
  void aTotalPastTheExactBoundSaysMoreThan() throws Exception {
    JsonNode many = get("/api/statements?q=harvest&limit=10");
    assertThat(many.get("total").asInt()).isEqualTo(Queries.EXACT_TOTAL);
    assertThat(many.get("totalExact").asBoolean()).isFalse();
    assertThat(many.get("items")).hasSize(10);
    // a narrower search is counted exactly, and so is one whose page ends past the bound
    JsonNode few = get("/api/statements?q=harvest%20stall%20999");
    assertThat(few.get("total").asInt()).isEqualTo(1);
    assertThat(few.get("totalExact").asBoolean()).isTrue();
    JsonNode last = get("/api/statements?speaker=Orla%20Venn&limit=50&offset=" + (MANY - 20));
    assertThat(last.get("total").asInt()).isEqualTo(MANY);
    assertThat(last.get("totalExact").asBoolean()).isTrue();
    assertThat(last.get("items")).hasSize(20);
    JsonNode past = get("/api/statements?speaker=Orla%20Venn&offset=" + (MANY + 5));
    assertThat(past.get("total").asInt()).isEqualTo(MANY);
    assertThat(past.get("items")).isEmpty();
  }

  @Test
  void aStoryTimelineCarriesTheSameFlag() throws Exception {
    JsonNode t = get("/api/stories/story-harvest/timeline");
    assertThat(t.get("total").asInt()).isEqualTo(Queries.EXACT_TOTAL);
    assertThat(t.get("totalExact").asBoolean()).isFalse();
    assertThat(t.get("items")).hasSize(Queries.EXACT_TOTAL);
    assertThat(get("/api/stories/story-dam/timeline").get("totalExact").asBoolean()).isTrue();
  }
}
