package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.json.Json;
import org.dateline.model.ArticleRecord;
import org.dateline.store.Correction;
import org.dateline.store.Fixtures;
import org.dateline.store.Fixtures.Quote;
import org.dateline.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search box as people use it, black box over HTTP: a plain word finds statements by their words, their
 * speaker's names and aliases (a surname, the start of one), the outlet and the headline; what the speaker said ranks
 * before what others said about them; facets count each filter's values under the other filters; the current view
 * downloads as CSV and JSON.
 */
class SearchWordsTest {
  @TempDir static Path dir;
  static Store store;
  static WebServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = Store.open(dir, Fixtures.LINKER);
    for (ArticleRecord r : Fixtures.corpus()) store.ingest(r, null);
    // someone speaking about Marren, earlier than anything Marren said: ranking, not date, puts Marren first
    store.ingest(Fixtures.article("courier/1", "Esker Courier", "2026-02-01", "Dam engineers warn",
        new Quote("Tomas Brell", "Marren has misread the spillway figures")), null);
    store.relink();
    store.correct(new Correction(Correction.Kind.ALIAS, "p-ilse-marren", "Minister Marren-Holt"));
    server = WebServer.start(store, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static HttpResponse<String> send(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode get(String path) throws Exception {
    HttpResponse<String> r = send(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }

  static List<String> texts(JsonNode page) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : page.get("items")) out.add(s.get("text").asText());
    return out;
  }

  static String q(String words) {
    return "/api/statements?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
  }

  @Test
  void aSurnameFindsWhatThePersonSaidFirstThenWhatOthersSaidAboutThem() throws Exception {
    JsonNode page = get(q("Marren"));
    assertThat(texts(page)).containsExactly("We will not open the gates before spring", "Marren has misread the spillway figures");
    assertThat(page.get("total").asInt()).isEqualTo(2);
  }

  @Test
  void theStartOfANameFindsItAndSoDoesAnAliasAndAFullName() throws Exception {
    assertThat(texts(get(q("marr")))).contains("We will not open the gates before spring");
    assertThat(texts(get(q("holt")))).containsExactly("We will not open the gates before spring");
    assertThat(texts(get(q("Ilse Marren")))).containsExactly("We will not open the gates before spring");
    assertThat(texts(get(q("brel")))).containsExactlyInAnyOrder("The accord is clear about the water", "Marren has misread the spillway figures");
    // every word must match somewhere: the speaker's name and the statement's words together
    assertThat(texts(get(q("Brell spillway")))).containsExactly("Marren has misread the spillway figures");
    assertThat(get(q("Brell turbines")).get("total").asInt()).isZero();
  }

  @Test
  void anOutletOrAHeadlineWordFindsTheStatementsItRan() throws Exception {
    assertThat(texts(get(q("esker")))).containsExactly("Marren has misread the spillway figures");
    assertThat(texts(get(q("festival")))).containsExactly("The square has never been this full");
    // an outlet word inside a filter still narrows
    assertThat(texts(get(q("ledger") + "&kind=direct&to=2026-02-28"))).containsExactlyInAnyOrder(
        "We will not open the gates before spring", "The accord is clear about the water");
  }

  @Test
  void pagesFollowTheRanking() throws Exception {
    JsonNode first = get(q("dam") + "&limit=2");
    JsonNode second = get(q("dam") + "&limit=2&offset=2");
    assertThat(first.get("total").asInt()).isEqualTo(4);
    assertThat(first.get("items")).hasSize(2);
    assertThat(second.get("items")).hasSize(2);
    List<String> all = new ArrayList<>(texts(first));
    all.addAll(texts(second));
    assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(texts(get(q("dam"))));
  }

  @Test
  void facetsCountEachFilterUnderTheOthers() throws Exception {
    JsonNode f = get("/api/statements/facets?q=dam&outlet=" + URLEncoder.encode("Harbour Ledger", StandardCharsets.UTF_8));
    assertThat(f.get("total").asInt()).isEqualTo(2);
    // the outlet facet ignores the outlet filter: every outlet the dam statements ran in, with counts
    List<String> outlets = new ArrayList<>();
    for (JsonNode o : f.get("outlets")) outlets.add(o.get("value").asText() + "=" + o.get("count").asInt());
    assertThat(outlets).containsExactly("Harbour Ledger=2", "Nord Post=2", "Esker Courier=1");
    List<String> speakers = new ArrayList<>();
    for (JsonNode o : f.get("speakers")) speakers.add(o.get("value").asText() + "=" + o.get("count").asInt());
    assertThat(speakers).containsExactly("Ilse Marren=1", "Tomas Brell=1");
    assertThat(f.get("stories").get(0).get("value").asText()).isEqualTo("story-dam");
    assertThat(f.get("first").asText()).isEqualTo("2026-02-10");
    assertThat(f.get("last").asText()).isEqualTo("2026-02-10");
    assertThat(send("/api/statements/facets?limit=5").statusCode()).as("a facet count takes no page").isEqualTo(400);
  }

  @Test
  void theCurrentViewDownloadsAsCsvAndJson() throws Exception {
    HttpResponse<String> csv = send("/api/statements/export?q=marren");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"dateline-statements.csv\"");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.getFirst()).startsWith("statement,speaker,");
    // one row per outlet's version: Marren's statement ran twice, Brell's once
    assertThat(lines).hasSize(4);
    JsonNode json = get("/api/statements/export?format=json&q=marren");
    assertThat(texts(json)).containsExactly("We will not open the gates before spring", "Marren has misread the spillway figures");
    assertThat(send("/api/statements/export?format=xlsx").statusCode()).isEqualTo(400);
    // for Excel: the same rows after a byte-order mark (the cells' formula guard is Exports', tested there)
    HttpResponse<String> excel = send("/api/statements/export?q=marren&excel=1");
    assertThat(excel.body()).startsWith("\uFEFFstatement,speaker,");
    assertThat(excel.body().substring(1).lines().toList()).isEqualTo(lines);
    assertThat(send("/api/statements/export?q=marren&excel=yes").statusCode()).isEqualTo(400);
    assertThat(send("/api/statements/export?format=json&excel=1").statusCode()).isEqualTo(400);
  }
}
