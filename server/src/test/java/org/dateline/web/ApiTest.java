package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.dateline.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API as a black box over HTTP on a random port. */
class ApiTest {
  @TempDir static Path dir;
  static TestServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = new TestServer(dir, List.of());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  record Answer(int status, JsonNode json, HttpResponse<String> raw) {}

  static Answer get(String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), Json.mapper().readTree(r.body()), r);
  }

  static Answer post(String path, String type, String body) throws Exception {
    var b = HttpRequest.newBuilder(URI.create(server.url(path))).POST(HttpRequest.BodyPublishers.ofString(body));
    if (type != null) b.header("Content-Type", type);
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), Json.mapper().readTree(r.body()), r);
  }

  @Test
  void searchesBySpeakerTextOutletStoryKindAndDate() throws Exception {
    Answer a = get("/api/statements?speaker=ilse%20marren");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("total").asInt()).isEqualTo(1);
    JsonNode st = a.json().get("items").get(0);
    assertThat(st.get("outlets").toString()).isEqualTo("[\"Harbour Ledger\",\"Nord Post\"]");
    assertThat(st.get("variants")).hasSize(2);
    assertThat(get("/api/statements?q=turbines").json().get("total").asInt()).isEqualTo(1);
    assertThat(get("/api/statements?outlet=Nord%20Post&kind=direct").json().get("total").asInt()).isEqualTo(2);
    // speech is the default; stance is a filter away, and "all" is every kind (the fixtures hold direct quotes only)
    int speech = get("/api/statements").json().get("total").asInt();
    assertThat(get("/api/statements?kind=speech").json().get("total").asInt()).isEqualTo(speech);
    assertThat(get("/api/statements?kind=all").json().get("total").asInt()).isEqualTo(speech);
    assertThat(get("/api/statements?kind=stance").json().get("total").asInt()).isZero();
    assertThat(get("/api/statements?story=story-dam").json().get("total").asInt()).isEqualTo(3);
    assertThat(get("/api/statements?from=2026-02-11&to=2026-02-28").json().get("total").asInt()).isEqualTo(1);
    Answer page = get("/api/statements?limit=2&offset=2");
    assertThat(page.json().get("total").asInt()).isEqualTo(4);
    assertThat(page.json().get("items")).hasSize(2);
    assertThat(page.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/statements?from=2026-02-30|bad_parameter|from must be a date as YYYY-MM-DD, was '2026-02-30'",
      "/api/statements?limit=-1|bad_parameter|limit must be between 1 and 1000, was -1",
      "/api/statements?limit=ten|bad_parameter|limit must be an integer, was 'ten'",
      "/api/statements?kind=shouted|bad_parameter|kind must be one of direct, partial, indirect, stance, negated, asked, speech, all, was 'shouted'",
      "/api/statements?from=2026-03-01&to=2026-02-01|bad_parameter|from 2026-03-01 is after to 2026-02-01",
      "/api/statements?color=red|bad_parameter|unknown parameter 'color'; known: from, kind, limit, offset, outlet, q, speaker, story, to",
      "/api/statements?q=a&q=b|bad_parameter|parameter 'q' given 2 times"})
  void badParametersAre400WithAStableCode(String path, String code, String message) throws Exception {
    Answer a = get(path);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("error").get("code").asText()).isEqualTo(code);
    assertThat(a.json().get("error").get("message").asText()).isEqualTo(message);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/statements/nope|no statement with id 'nope'",
      "/api/stories/nope|no story with id 'nope'",
      "/api/stories/nope/timeline|no story with id 'nope'",
      "/api/people/nope|no person with id 'nope'",
      "/api/articles/999|no article with id '999'",
      "/api/articles/x|no article with id 'x'",
      "/api/outlets/Nowhere%20Times|no outlet with id 'Nowhere Times'",
      "/api/nothing|no such path: /api/nothing"})
  void unknownIdsAre404(String path, String message) throws Exception {
    Answer a = get(path);
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.json().get("error").get("code").asText()).isEqualTo("not_found");
    assertThat(a.json().get("error").get("message").asText()).isEqualTo(message);
  }

  @Test
  void storiesTimelinesPeopleArticles() throws Exception {
    assertThat(get("/api/stories").json().get("items")).hasSize(2);
    JsonNode t = get("/api/stories/story-dam/timeline?speaker=Anna%20Korven").json();
    assertThat(t.get("story").get("label").asText()).isEqualTo("Dam talks open in Lisvara");
    assertThat(t.get("items")).hasSize(1);
    assertThat(t.get("outlets").toString()).isEqualTo("[\"Harbour Ledger\",\"Nord Post\"]");
    JsonNode p = get("/api/people/p-ilse-marren").json();
    assertThat(p.get("person").get("names").toString()).isEqualTo("[\"Ilse Marren\"]");
    assertThat(p.get("statements")).hasSize(1);
    assertThat(get("/api/people?limit=2").json().get("total").asInt()).isEqualTo(4);
    long article = get("/api/statements?speaker=Pera%20Lund").json().get("items").get(0).get("variants").get(0).get("articleId").asLong();
    JsonNode art = get("/api/articles/" + article).json();
    JsonNode span = art.get("statements").get(0).get("spans").get(0);
    assertThat(art.get("text").asText().substring(span.get(0).asInt(), span.get(1).asInt())).isEqualTo("The square has never been this full");
    assertThat(art.get("evidence").toString()).isEqualTo("{\"date\":\"2026-03-02\",\"earliest\":\"2026-03-02\",\"latest\":\"2026-03-02\",\"basis\":[\"dateline\"],\"candidates\":[]}");
    assertThat(art.get("refined").asBoolean()).isFalse();
    assertThat(art.get("removed")).isEmpty();
  }

  @Test
  void outletsWithTheirArticlesStatementsAndSpeakersAndAPersonsWeeks() throws Exception {
    assertThat(get("/api/outlets").json().get("items").toString()).isEqualTo("""
        [{"name":"Harbour Ledger","articles":2,"statements":3,"first":"2026-02-10","last":"2026-03-02"},\
        {"name":"Nord Post","articles":1,"statements":2,"first":"2026-02-11","last":"2026-02-11"}]""");
    JsonNode o = get("/api/outlets/Nord%20Post").json();
    assertThat(o.get("articles")).singleElement().satisfies(a -> assertThat(a.get("headline").asText()).isEqualTo("Dam dispute deepens"));
    assertThat(o.get("speakers").toString()).isEqualTo("""
        [{"id":"p-anna-korven","name":"Anna Korven","count":1,"kind":"person"},{"id":"p-ilse-marren","name":"Ilse Marren","count":1,"kind":"person"}]""");
    // the outlet's count is the search's
    assertThat(get("/api/statements?outlet=Nord%20Post").json().get("total").asInt()).isEqualTo(o.get("outlet").get("statements").asInt());
    JsonNode p = get("/api/people/p-ilse-marren").json();
    assertThat(p.get("weeks").toString()).isEqualTo("[{\"start\":\"2026-02-09\",\"count\":1}]");
    assertThat(p.get("undated").asInt()).isZero();
    assertThat(p.get("outlets").toString()).isEqualTo("[\"Harbour Ledger\",\"Nord Post\"]");
  }

  @Test
  void correctionsOverTheApi() throws Exception {
    assertThat(post("/api/people/p-ilse-marren/aliases", "text/plain", "{\"name\":\"x\"}").status()).isEqualTo(415);
    Answer bad = post("/api/people/p-ilse-marren/aliases", "application/json", "{\"nom\":\"x\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("error").get("code").asText()).isEqualTo("bad_body");
    assertThat(post("/api/people/p-nobody/aliases", "application/json", "{\"name\":\"x\"}").status()).isEqualTo(404);
    assertThat(post("/api/people/p-ilse-marren/aliases", "application/json", "{\"name\":\"The Minister\"}").status()).isEqualTo(201);
    assertThat(get("/api/statements?speaker=the%20minister").json().get("total").asInt()).isEqualTo(1);
    assertThat(get("/api/corrections").json().get("items")).hasSize(1);
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/app.js", "/api/stories", "/api/nothing")) {
      var r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(WebServer.CSP);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }
  }
}
