package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dateline.SharedNlp;
import org.dateline.json.Json;
import org.dateline.model.ArticleRecord;
import org.dateline.pipeline.RunListener;
import org.dateline.pipeline.Runner;
import org.dateline.read.Inputs;
import org.dateline.store.Store;
import org.dateline.story.Linkers;
import org.dateline.story.LinkingPass;
import org.dateline.story.Timeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Each sample story's statements are shown on the same day, or under the same range, by the timeline (the core
 * {@link Timeline} that {@code dateline timeline} prints), the API ({@code /api/stories/{id}/timeline}) and the web
 * UI's story page: "2026-02-09", "between 2025-12-19 and 2026-03-08", or "undated" when no bounded range is known.
 */
class SampleStoriesAgreeTest {
  static final Path SAMPLES = Path.of("..", "samples");

  static Stream<Arguments> samples() {
    return Stream.of(Arguments.of(List.of("text", "html", "warc").stream().map(d -> SAMPLES.resolve(d).toString()).toList()),
        Arguments.of(List.of(SAMPLES.resolve("story-2").resolve("text").toString())));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void timelineApiAndWebUiShowTheSameDatesAndRanges(List<String> paths, @TempDir Path dir, @TempDir Path profile) throws Exception {
    assumeTrue(Chromium.installed(),
        "no chromium: the web UI cannot be read");
    List<ArticleRecord> records = new ArrayList<>();
    try (Store store = Store.open(dir, Linkers.standard())) {
      new Runner(SharedNlp.pipeline(), 1).run(Runner.files(new Inputs(Inputs.DEFAULT_MAX_BYTES, new ByteArrayInputStream(new byte[0])), paths),
          new RunListener() {
            @Override
            public void record(ArticleRecord r) {
              record(r, null);
            }

            @Override
            public void record(ArticleRecord r, String sourceText) {
              records.add(r);
              store.ingest(r, sourceText);
            }

            @Override
            public void failure(String source, String reason) {
              throw new AssertionError(source + ": " + reason);
            }
          });
      store.relink();

      // the timeline: statement id -> where it is shown
      var linked = LinkingPass.standard().link(records);
      Map<String, String> timeline = new TreeMap<>();
      for (Timeline t : Timeline.of(linked.linking(), linked.articles()))
        for (Timeline.Entry e : t.entries())
          if (e.kind().equals("statement")) timeline.put(e.statementId(), shown(e.date(), e.earliest(), e.latest()));

      try (WebServer server = WebServer.start(store, "127.0.0.1", 0)) {
        Map<String, String> api = new TreeMap<>(), ui = new TreeMap<>();
        List<String> storyIds = new ArrayList<>();
        for (JsonNode s : get(server, "/api/stories").get("items")) storyIds.add(s.get("id").asText());
        for (String id : storyIds)
          for (JsonNode s : get(server, "/api/stories/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/timeline").get("items"))
            api.put(s.get("id").asText(), apiShown(s));
        ChromeDriver browser = browser(profile);
        try {
          for (String id : storyIds) {
            String hash = "#/story/" + id;
            browser.get("http://127.0.0.1:" + server.port() + "/" + hash);
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> hash.equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
            for (WebElement day : browser.findElements(By.cssSelector("#timeline .day"))) {
              String heading = day.findElement(By.tagName("h2")).getText().trim();
              for (WebElement s : day.findElements(By.cssSelector(".stmt"))) ui.put(s.getAttribute("data-id"), heading);
            }
          }
        } finally {
          browser.quit();
        }
        assertThat(api).isNotEmpty();
        assertThat(ui).isEqualTo(api);
        assertThat(timeline).isEqualTo(api);
        // some statements lie in a range only, and are shown under it everywhere
        assertThat(api.values()).anyMatch(v -> v.startsWith("between "));
      }
    }
  }

  /** As the UI words it: the day, else "between A and B" when both ends are known, else "undated". */
  private static String shown(Object date, Object earliest, Object latest) {
    if (date != null) return date.toString();
    if (earliest != null && latest != null) return "between " + earliest + " and " + latest;
    return "undated";
  }

  /** An API statement's place: its day, else the range of the first version whose article has one (web/timeline.js). */
  private static String apiShown(JsonNode s) {
    if (s.hasNonNull("date")) return s.get("date").asText();
    for (JsonNode v : s.get("variants"))
      if (v.hasNonNull("earliest") && v.hasNonNull("latest")) return shown(null, v.get("earliest").asText(), v.get("latest").asText());
    return "undated";
  }

  private static JsonNode get(WebServer server, String path) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }

  private static ChromeDriver browser(Path profile) {
    return Chromium.start(profile, "1280,1400");
  }
}
