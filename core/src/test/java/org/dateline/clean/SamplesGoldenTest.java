package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.read.Inputs;
import org.dateline.read.ReadResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The samples (../samples from the core module: text, HTML and WARC pages with hand-written gold) cleaned by the
 * standard cleaner: every chrome line removed, first and last paragraphs kept, metadata fields right.
 */
class SamplesGoldenTest {
  private static final Path SAMPLES = Path.of("..", "samples");

  @TestFactory
  Stream<DynamicTest> samples() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(SAMPLES.resolve("gold.json")), "no samples/gold.json");
    JsonNode gold = new ObjectMapper().readTree(SAMPLES.resolve("gold.json").toFile());
    List<CleanArticle> articles = new ArrayList<>();
    Inputs inputs = new Inputs(Inputs.DEFAULT_MAX_BYTES, System.in);
    for (String dir : List.of("text", "html", "warc")) {
      for (String file : inputs.expand(List.of(SAMPLES.resolve(dir).toString()), f -> {})) {
        inputs.read(file, r -> {
          if (r instanceof ReadResult.Page p) articles.add(PageCleaner.standard().clean(p.page()));
        });
      }
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (CleanArticle a : articles) {
      String key = SAMPLES.relativize(Path.of(a.source().replaceFirst("#.*", ""))).toString()
          + (a.source().contains("#") ? a.source().substring(a.source().indexOf('#')) : "");
      JsonNode g = gold.get(key);
      if (g == null) continue;
      tests.add(DynamicTest.dynamicTest(key, () -> check(a, g)));
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(7);
    return tests.stream();
  }

  private static void check(CleanArticle a, JsonNode g) {
    String body = a.body().text();
    List<String> paragraphs = a.body().paragraphs().stream().map(s -> s.of(a.sourceText())).toList();
    for (JsonNode c : g.get("chrome")) {
      String line = c.asText();
      assertThat(paragraphs).as("chrome line kept as a paragraph").doesNotContain(line);
      assertThat(body.lines().toList()).as("chrome line kept in the body").doesNotContain(line);
    }
    assertThat(paragraphs).as("paragraphs").isNotEmpty();
    assertThat(paragraphs.get(0)).as("first paragraph").isEqualTo(g.get("firstParagraph").asText());
    assertThat(paragraphs.get(paragraphs.size() - 1)).as("last paragraph").isEqualTo(g.get("lastParagraph").asText());
    ArticleMeta m = a.meta();
    assertThat(m.headline()).as("headline").isEqualTo(text(g, "headline"));
    assertThat(m.outlet()).as("outlet").isEqualTo(text(g, "outlet"));
    assertThat(m.byline()).as("byline").isEqualTo(text(g, "byline"));
    assertThat(m.section()).as("section").isEqualTo(text(g, "section"));
    JsonNode d = g.get("dateline");
    if (d == null || d.isNull()) {
      assertThat(m.dateline()).as("dateline").isNull();
    } else {
      assertThat(m.dateline()).as("dateline").isNotNull();
      assertThat(m.dateline().place()).as("dateline place").isEqualTo(d.get("place").asText());
      assertThat(m.dateline().text()).as("dateline text").isEqualTo(d.get("text").asText());
      assertThat(m.datelineSpan().of(a.sourceText())).isEqualTo(d.get("text").asText());
    }
  }

  private static String text(JsonNode g, String field) {
    JsonNode n = g.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }
}
