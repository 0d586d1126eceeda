package org.dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.spark.sql.SparkSession;
import org.dateline.SharedNlp;
import org.dateline.cli.Main;
import org.dateline.json.Json;
import org.dateline.store.Store;
import org.dateline.story.Linkers;
import org.dateline.story.StoryLinker;
import org.dateline.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled samples through every interface that shows stories: {@code dateline timeline --format json},
 * {@code dateline ingest} and the HTTP API over that store, and Spark's link job (local) over {@code dateline extract}'s
 * records. All run the one linking pass, so each story has the same articles and each article the same day everywhere.
 */
class OneLinkingPassTest {
  static final List<String> SAMPLES = List.of("text", "html", "warc").stream()
      .map(d -> SharedNlp.SAMPLES.resolve(d).toAbsolutePath().normalize().toString()).toList(); // as ingest names them
  /** The second sample story: agency datelines without a year, undated follow-ups bounded by the story's events. */
  static final List<String> STORY_2 = List.of(SharedNlp.SAMPLES.resolve("story-2/text").toAbsolutePath().normalize().toString());
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("one-linking-pass").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.stop();
  }

  @Test
  void timelineStoreAndSparkShowTheSameStoriesAndDates(@TempDir Path dir) throws Exception {
    Map<String, Map<String, String>> timeline = sameEverywhere(dir, SAMPLES);
    // undated articles too, whose text writes no year: their story's reach bounds them (story-reach)
    assertThat(timeline.values().stream().flatMap(m -> m.values().stream())).anyMatch(v -> v.contains(".."));
  }

  @Test
  void theSecondSampleStoryShowsTheSameDatesAndRangesEverywhere(@TempDir Path dir) throws Exception {
    Map<String, Map<String, String>> timeline = sameEverywhere(dir, STORY_2);
    assertThat(timeline).hasSize(1); // one story, though different people lead its articles
    // the undated follow-ups keep a range (the story's events bound it) in every interface
    assertThat(timeline.values().iterator().next().values()).contains("2025-11-19", "2025-12-19..2026-03-08", "2026-03-08..2026-05-02");
  }

  /** Runs {@code samples} through timeline, ingest + API and Spark; asserts they agree; returns the timeline's view. */
  private static Map<String, Map<String, String>> sameEverywhere(Path dir, List<String> samples) throws Exception {
    final List<String> SAMPLES = samples;
    // timeline --format json
    Path json = dir.resolve("timeline.json");
    List<String> timelineArgs = new ArrayList<>(List.of("timeline", "--format", "json", "--out", json.toString()));
    timelineArgs.addAll(SAMPLES);
    assertThat(quietly(timelineArgs)).isEqualTo(Main.OK);
    Map<String, Map<String, String>> timeline = new TreeMap<>();
    for (JsonNode t : Json.mapper().readTree(json.toFile())) {
      Map<String, String> articles = timeline.computeIfAbsent(t.get("storyId").asText(), k -> new TreeMap<>());
      for (JsonNode e : t.get("entries"))
        if (e.get("kind").asText().equals("article")) articles.put(e.get("source").asText(), day(e.get("date"), e.get("earliest"), e.get("latest")));
    }

    // ingest, then the HTTP API over the store
    Path data = dir.resolve("data");
    List<String> ingestArgs = new ArrayList<>(List.of("ingest", "--data", data.toString()));
    ingestArgs.addAll(SAMPLES);
    assertThat(quietly(ingestArgs)).isEqualTo(Main.OK);
    Map<String, Map<String, String>> api = new TreeMap<>();
    try (Store store = Store.open(data, Linkers.standard()); WebServer server = WebServer.start(store, "127.0.0.1", 0)) {
      HttpClient http = HttpClient.newHttpClient();
      for (JsonNode s : get(http, server, "/api/stories").get("items")) {
        String id = s.get("id").asText();
        Map<String, String> articles = api.computeIfAbsent(id, k -> new TreeMap<>());
        for (JsonNode a : get(http, server, "/api/stories/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/timeline").get("articles"))
          articles.put(a.get("source").asText(), day(a.get("published"), a.get("earliest"), a.get("latest")));
      }
    }

    // Spark's link job over the records dateline extract writes (the extract job refines dates per file, not
    // across the folder, so its records may differ: that is extraction, not linking; see docs/scale.md)
    Path out = dir.resolve("spark");
    Files.createDirectories(out.resolve("x"));
    List<String> extractArgs = new ArrayList<>(List.of("extract", "--out", out.resolve("x/part-0.jsonl").toString()));
    extractArgs.addAll(SAMPLES);
    assertThat(quietly(extractArgs)).isEqualTo(Main.OK);
    new LinkJob(StoryLinker.Settings.standard()).run(spark, out.resolve("x").toString(), out.resolve("l").toString());
    Map<String, String> dayOf = new TreeMap<>();
    for (String line : ExtractJobTest.lines(out.resolve("l/articles"))) {
      JsonNode a = Json.mapper().readTree(line);
      JsonNode p = a.get("published");
      dayOf.put(a.get("source").asText(), day(p.get("date"), p.get("earliest"), p.get("latest")));
    }
    Map<String, Map<String, String>> sparkStories = new TreeMap<>();
    for (String line : ExtractJobTest.lines(out.resolve("l/stories"))) {
      JsonNode s = Json.mapper().readTree(line);
      Map<String, String> articles = sparkStories.computeIfAbsent(s.get("id").asText(), k -> new TreeMap<>());
      for (JsonNode a : s.get("articles")) articles.put(a.asText(), dayOf.get(a.asText()));
    }

    assertThat(timeline).isNotEmpty();
    assertThat(timeline.values().stream().mapToInt(Map::size).max().orElse(0)).isGreaterThan(3);
    assertThat(api).isEqualTo(timeline);
    assertThat(sparkStories).isEqualTo(timeline);
    return timeline;
  }

  /** A day, else a range with both ends ("2025-12-19..2026-03-08"), else "-". */
  private static String day(JsonNode date, JsonNode earliest, JsonNode latest) {
    if (date != null && !date.isNull()) return date.asText();
    if (earliest == null || earliest.isNull() || latest == null || latest.isNull()) return "-";
    return earliest.asText() + ".." + latest.asText();
  }

  private static JsonNode get(HttpClient http, WebServer server, String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }

  /** Runs a CLI command with its stdout and stderr captured (the commands print progress and summaries). */
  private static int quietly(List<String> args) {
    PrintStream out = System.out, err = System.err;
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (PrintStream p = new PrintStream(sink, true, StandardCharsets.UTF_8)) {
      System.setOut(p);
      System.setErr(p);
      return Main.run(args.toArray(String[]::new));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
