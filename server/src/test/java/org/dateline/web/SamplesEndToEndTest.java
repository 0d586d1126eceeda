package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dateline.SharedNlp;
import org.dateline.json.Json;
import org.dateline.model.ArticleRecord;
import org.dateline.pipeline.RunListener;
import org.dateline.pipeline.RunSummary;
import org.dateline.pipeline.Runner;
import org.dateline.read.Inputs;
import org.dateline.store.Exports;
import org.dateline.store.Store;
import org.dateline.story.Linkers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The samples through the real pipeline and the standard linker into a store, then asked over HTTP what a user
 * asks: the stories, a person by a variant spelling, one statement with every outlet's version, the CSV export.
 */
class SamplesEndToEndTest {
  static final Path SAMPLES = Path.of("..", "samples");
  static final List<String> PATHS = List.of("text", "html", "warc").stream().map(d -> SAMPLES.resolve(d).toString()).toList();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir static Path dir;
  @TempDir static Path profile;
  static Store store;
  static WebServer server;
  static RunSummary first;

  @BeforeAll
  static void ingest() {
    store = Store.open(dir, Linkers.standard());
    first = run(new ArrayList<>());
    store.relink();
    server = WebServer.start(store, "127.0.0.1", 0);
  }

  /** One ingest run as the CLI does it: pages already stored are skipped before annotation. */
  static RunSummary run(List<String> skipped) {
    return new Runner(SharedNlp.pipeline(), 1)
        .run(Runner.files(new Inputs(Inputs.DEFAULT_MAX_BYTES, new ByteArrayInputStream(new byte[0])), PATHS), new RunListener() {
          @Override
          public void record(ArticleRecord r) {
            store.ingest(r, null);
          }

          @Override
          public void record(ArticleRecord r, String sourceText) {
            store.ingest(r, sourceText);
          }

          @Override
          public boolean wants(String source, String sourceText) {
            return !store.holds(sourceText);
          }

          @Override
          public void skipped(String source) {
            skipped.add(source);
          }

          @Override
          public void failure(String source, String reason) {
            throw new AssertionError(source + ": " + reason);
          }
        });
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (store != null) store.close();
  }

  static JsonNode get(String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void storiesListIsNotEmptyAndTheDamStoryHasATimeline() throws Exception {
    JsonNode stories = get("/api/stories").get("items");
    assertThat(stories).isNotEmpty();
    JsonNode biggest = stories.get(0);
    for (JsonNode s : stories) if (s.get("articles").asInt() > biggest.get("articles").asInt()) biggest = s;
    assertThat(biggest.get("articles").asInt()).isGreaterThan(3);
    JsonNode timeline = get("/api/stories/" + enc(biggest.get("id").asText()) + "/timeline");
    assertThat(timeline.get("total").asInt()).isGreaterThan(5);
  }

  @Test
  void aVariantSpellingFindsTheSamePersonsStatements() throws Exception {
    JsonNode canonical = get("/api/statements?speaker=" + enc("Andrei Vetrov") + "&limit=1000");
    JsonNode variant = get("/api/statements?speaker=" + enc("Andrey Vetrov") + "&limit=1000");
    assertThat(canonical.get("total").asInt()).isGreaterThan(0);
    assertThat(variant.get("total").asInt()).isEqualTo(canonical.get("total").asInt());
    assertThat(variant.get("items").get(0).get("speaker").get("id").asText())
        .isEqualTo(canonical.get("items").get(0).get("speaker").get("id").asText());
    assertThat(get("/api/statements?speaker=" + enc("andrey vetrov") + "&q=" + enc("accord")).get("total").asInt()).isGreaterThan(0);
  }

  @Test
  void aStatementReportedByTwoOutletsShowsBothVersions() throws Exception {
    JsonNode all = get("/api/statements?limit=1000").get("items");
    JsonNode shared = null;
    for (JsonNode s : all) if (s.get("outlets").size() >= 2) shared = s;
    assertThat(shared).as("a statement reported by two outlets").isNotNull();
    JsonNode page = get("/api/statements/" + enc(shared.get("id").asText()));
    assertThat(page.get("variants").size()).isGreaterThanOrEqualTo(2);
    for (JsonNode v : page.get("variants")) {
      JsonNode article = get("/api/articles/" + v.get("articleId").asLong());
      String text = article.get("text").asText();
      JsonNode span = v.get("spans").get(0); // [start, end)
      assertThat(text.substring(span.get(0).asInt(), span.get(1).asInt())).isNotBlank();
    }
  }

  /**
   * The main pages over the samples at a desktop and a phone size, as a reader meets them: the time from the address
   * to the page drawn, no sideways scroll, no serious or critical axe-core violation; screenshots into docs/ (ui-*.png)
   * and the figures into target/ui-pages.txt.
   */
  /** The pages whose screenshots docs/ and the README show. */
  static final java.util.Set<String> SCREENSHOTS = java.util.Set.of("stories", "story", "search", "statement", "person", "article", "outlet");

  @Test
  void mainPagesOfTheSamplesAtBothSizes() throws Exception {
    assumeTrue(Chromium.installed(), "no chromium: pages skipped");
    JsonNode stories = get("/api/stories").get("items");
    JsonNode biggest = stories.get(0);
    for (JsonNode s : stories) if (s.get("articles").asInt() > biggest.get("articles").asInt()) biggest = s;
    JsonNode shared = null;
    for (JsonNode st : get("/api/statements?limit=1000").get("items")) if (shared == null || st.get("outlets").size() > shared.get("outlets").size()) shared = st;
    String speaker = shared.get("speaker").get("id").asText();
    String surname = shared.get("speaker").get("name").asText().replaceAll(".*\\s", "");
    java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
    pages.put("stories", "#/");
    pages.put("story", "#/story/" + biggest.get("id").asText());
    pages.put("search", "#/search?q=" + enc(surname).replace("+", "%20"));
    pages.put("statement", "#/statement/" + shared.get("id").asText());
    pages.put("person", "#/person/" + speaker);
    pages.put("article", "#/article/" + shared.get("variants").get(0).get("articleId").asLong());
    pages.put("people", "#/people");
    // a body that spoke (a ministry, a country): its own page shape, listed apart from the people
    for (String kind : List.of("organisation", "place", "collective")) {
      JsonNode bodies = get("/api/people?kind=" + kind + "&limit=1").get("items");
      if (bodies.isEmpty()) continue;
      pages.put(kind, "#/" + kind + "/" + bodies.get(0).get("id").asText());
      pages.put(kind + "s", "#/people?kind=" + kind);
      break;
    }
    pages.put("outlets", "#/outlets");
    pages.put("outlet", "#/outlet/" + enc(shared.get("outlets").get(0).asText()).replace("+", "%20"));
    String axe = Chromium.axe();
    List<String> report = new ArrayList<>(), problems = new ArrayList<>();
    for (String size : List.of("1366x900", "390x844")) {
      ChromeDriver browser = Chromium.start(profile.resolve(size), size.replace('x', ','));
      try {
        Chromium.viewport(browser, size);
        browser.get("http://127.0.0.1:" + server.port() + "/"); // the app's files cached, as on a second visit
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.tagName("body")).getAttribute("data-ready") != null);
        for (var e : pages.entrySet()) {
          String hash = e.getValue();
          long t0 = System.nanoTime();
          browser.get("http://127.0.0.1:" + server.port() + "/" + hash);
          new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> hash.equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
          long ms = (System.nanoTime() - t0) / 1_000_000;
          assertThat(((Number) browser.executeScript("return window.innerWidth")).intValue()).isEqualTo(Integer.parseInt(size.split("x")[0]));
          long wide = (Long) browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
          browser.executeScript(axe);
          @SuppressWarnings("unchecked")
          List<Object> found = (List<Object>) browser.executeAsyncScript("""
              const done = arguments[arguments.length - 1];
              axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
                .map(v => v.impact + ' ' + v.id + ' (' + v.nodes.length + ')')));""");
          report.add("%s %s %d ms, sideways %d px, axe: %s".formatted(size, e.getKey(), ms, wide, found.isEmpty() ? "no violations" : found));
          if (wide > 0) problems.add(e.getKey() + " " + size + " scrolls sideways by " + wide + " px");
          // a chart's axis labels never touch (each label's box against the next one's)
          Object touching = browser.executeScript("""
              const out = [];
              for (const c of document.querySelectorAll('svg.chart-svg')) {
                const bottom = Number(c.getAttribute('height')) - 6;
                const boxes = [...c.querySelectorAll('text')].filter(t => Number(t.getAttribute('y')) === bottom)
                  .map(t => t.getBBox()).sort((a, b) => a.x - b.x);
                for (let i = 1; i < boxes.length; i++) if (boxes[i].x < boxes[i - 1].x + boxes[i - 1].width) out.push(i);
              }
              // the story timeline's day labels on its axis, likewise
              const ticks = [...document.querySelectorAll('#axis .tick')].map(t => t.getBoundingClientRect()).sort((a, b) => a.left - b.left);
              for (let i = 1; i < ticks.length; i++) if (ticks[i].left < ticks[i - 1].right) out.push(i);
              return out.length;""");
          if (((Number) touching).intValue() > 0) problems.add(e.getKey() + " " + size + ": " + touching + " chart labels touch");
          for (Object v : found) if (v.toString().startsWith("serious") || v.toString().startsWith("critical")) problems.add(e.getKey() + " " + size + ": " + v);
          Path docs = Path.of("..", "docs");
          if (SCREENSHOTS.contains(e.getKey()) && Files.isDirectory(docs))
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), docs.resolve("ui-%s-%s.png".formatted(e.getKey(), size.startsWith("390") ? "phone" : "desktop")),
                StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        browser.quit();
      }
    }
    Files.write(Path.of("target", "ui-pages.txt"), report);
    report.forEach(System.out::println);
    assertThat(problems).isEmpty();
  }

  /** The screenshot in docs/: the samples' biggest story on its time axis, as the README's URL shows it. */
  @Test
  void timelineScreenshotOfTheSamplesStory() throws Exception {
    assumeTrue(Chromium.installed(), "no chromium: screenshot skipped");
    JsonNode stories = get("/api/stories").get("items");
    JsonNode biggest = stories.get(0);
    for (JsonNode s : stories) if (s.get("articles").asInt() > biggest.get("articles").asInt()) biggest = s;
    ChromeDriver browser = Chromium.start(profile, "1280,1400");
    try {
      String hash = "#/story/" + biggest.get("id").asText();
      browser.get("http://127.0.0.1:" + server.port() + "/" + hash);
      new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> hash.equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
      assertThat(browser.findElements(By.cssSelector("#timeline .stmt")).size()).isGreaterThan(5);
      assertThat(browser.findElements(By.cssSelector("#axis .dot")).size()).isGreaterThan(2);
      Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
      Path docs = Path.of("..", "docs");
      if (Files.isDirectory(docs)) Files.copy(shot, docs.resolve("timeline.png"), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      browser.quit();
    }
  }

  @Test
  void csvExportHasTheDocumentedColumnsAndARowPerVersion() throws Exception {
    StringWriter out = new StringWriter();
    int n = Exports.write(store.queries(), Exports.Format.csv, null, out);
    String[] lines = out.toString().split("\r\n");
    assertThat(List.of(lines[0].split(","))).containsSubsequence("speaker", "role", "outlet", "date", "kind", "text", "article", "url", "offsets");
    assertThat(n).isGreaterThan(10);
    assertThat(lines.length - 1).isGreaterThanOrEqualTo(n);
  }

  @Test
  void reIngestSkipsEveryStoredPageBeforeAnnotation() {
    Store.Counts before = store.counts();
    List<String> skipped = new ArrayList<>();
    long t0 = System.nanoTime();
    RunSummary again = run(skipped);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("samples: first ingest annotated %d articles in %d ms; re-ingest skipped %d pages in %d ms%n",
        first.articles(), first.millis(), skipped.size(), ms);
    assertThat(again.articles()).isZero();
    assertThat(skipped).hasSizeGreaterThanOrEqualTo(first.articles());
    assertThat(store.needsRelink()).isFalse();
    assertThat(store.counts()).isEqualTo(before);
  }
}
