package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.json.Json;
import org.dateline.store.Correction;
import org.dateline.store.Fixtures;
import org.dateline.store.Fixtures.Quote;
import org.dateline.store.StatementQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statement search cache: answers are reused until the store is written to, and never after. */
class ResponseCacheTest {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static JsonNode get(TestServer s, String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }

  @Test
  void aSearchAfterAnIngestSeesTheNewArticle(@TempDir Path dir) throws Exception {
    try (TestServer s = new TestServer(dir, List.of())) {
      assertThat(get(s, "/api/statements?q=lighthouse").get("total").asInt()).isZero();
      assertThat(get(s, "/api/statements?speaker=Ilse%20Marren").get("total").asInt()).isEqualTo(1);
      s.store.ingest(Fixtures.article("post/9", "Nord Post", "2026-02-20", "Keepers return",
          new Quote("Ilse Marren", "The lighthouse stays lit all winter")), null);
      s.store.relink();
      JsonNode a = get(s, "/api/statements?q=lighthouse");
      assertThat(a.get("total").asInt()).isEqualTo(1);
      assertThat(a.get("items").get(0).get("variants").get(0).get("source").asText()).isEqualTo("post/9");
      assertThat(get(s, "/api/statements?speaker=Ilse%20Marren").get("total").asInt()).isEqualTo(2);
    }
  }

  @Test
  void aSearchAfterAnIngestByAnotherProcessSeesTheNewArticle(@TempDir Path dir) throws Exception {
    try (TestServer s = new TestServer(dir, List.of())) {
      assertThat(get(s, "/api/statements?q=beacon").get("total").asInt()).isZero();
      assertThat(get(s, "/api/statements?q=beacon").get("total").asInt()).as("answered from the cache").isZero();
      // dateline ingest from the command line, beside the server: another process, another connection
      String java = ProcessHandle.current().info().command().orElse("java");
      Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          org.dateline.store.ConcurrentIngest.class.getName(), dir.toString(), "beacon", "1")
          .redirectErrorStream(true).start();
      String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(child.waitFor()).as(out).isZero();
      assertThat(get(s, "/api/statements?q=beacon").get("total").asInt()).isEqualTo(6);
    }
  }

  @Test
  void aSearchAfterACorrectionSeesIt(@TempDir Path dir) throws Exception {
    try (TestServer s = new TestServer(dir, List.of())) {
      JsonNode before = get(s, "/api/statements?q=turbines");
      assertThat(before.get("total").asInt()).isEqualTo(1);
      String id = before.get("items").get(0).get("id").asText();
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.url("/api/statements/" + id + "/reject")))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(201);
      assertThat(get(s, "/api/statements?q=turbines").get("total").asInt()).isZero();
      // an alias is a correction too: the new name finds the person at once
      assertThat(get(s, "/api/statements?speaker=Marren%20of%20Lisvara").get("total").asInt()).isZero();
      s.store.correct(new Correction(Correction.Kind.ALIAS, "p-ilse-marren", "Marren of Lisvara"));
      assertThat(get(s, "/api/statements?speaker=Marren%20of%20Lisvara").get("total").asInt()).isEqualTo(1);
    }
  }

  @Test
  void spellingsOfOneSearchShareAnAnswer(@TempDir Path dir) throws Exception {
    try (TestServer s = new TestServer(dir, List.of())) {
      JsonNode a = get(s, "/api/statements?speaker=Ilse%20Marren&q=gates%20spring");
      JsonNode b = get(s, "/api/statements?speaker=%20ILSE%20%20marren&q=gates,%20spring!");
      assertThat(b).isEqualTo(a);
      assertThat(a.get("total").asInt()).isEqualTo(1);
      assertThat(s.server.cachedSearches()).isEqualTo(1);
    }
  }

  @Test
  void keepsAnAnswerForItsGenerationOnly() {
    ResponseCache cache = new ResponseCache(1 << 20);
    StatementQuery q = new StatementQuery("Ilse Marren", "gates", null, null, null, null, null, 50, 0);
    AtomicInteger computed = new AtomicInteger();
    byte[] one = "one".getBytes(StandardCharsets.UTF_8);
    assertThat(cache.get(3, q, () -> { computed.incrementAndGet(); return one; })).isEqualTo(one);
    assertThat(cache.get(3, q, () -> { computed.incrementAndGet(); return "x".getBytes(StandardCharsets.UTF_8); })).isEqualTo(one);
    assertThat(computed).hasValue(1);
    byte[] two = "two".getBytes(StandardCharsets.UTF_8);
    assertThat(cache.get(4, q, () -> { computed.incrementAndGet(); return two; })).isEqualTo(two);
    // a request that read the generation before the last write answers from the store and keeps nothing
    byte[] stale = "stale".getBytes(StandardCharsets.UTF_8);
    assertThat(cache.get(3, q, () -> { computed.incrementAndGet(); return stale; })).isEqualTo(stale);
    assertThat(cache.get(4, q, () -> { computed.incrementAndGet(); return "y".getBytes(StandardCharsets.UTF_8); })).isEqualTo(two);
    assertThat(computed).hasValue(3);
  }
}
