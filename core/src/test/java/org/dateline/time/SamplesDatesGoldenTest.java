package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.clean.PageCleaner;
import org.dateline.model.Published;
import org.dateline.read.Inputs;
import org.dateline.read.ReadResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The samples (../samples from the core module) dated as one run, as {@code dateline extract samples/} does: every
 * gold {@code published} day is given exactly, and every gold {@code publishedRange} lies inside the range given.
 */
class SamplesDatesGoldenTest {
  private static final Path SAMPLES = Path.of("..", "samples");

  @TestFactory
  Stream<DynamicTest> samples() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(SAMPLES.resolve("gold.json")), "no samples/gold.json");
    JsonNode gold = new ObjectMapper().readTree(SAMPLES.resolve("gold.json").toFile());
    EvidenceDater dater = new EvidenceDater(EvidenceDaterTest.CLOCK);
    List<Dated> run = new ArrayList<>();
    Inputs inputs = new Inputs(Inputs.DEFAULT_MAX_BYTES, System.in);
    for (String dir : List.of("text", "html", "warc"))
      for (String file : inputs.expand(List.of(SAMPLES.resolve(dir).toString()), f -> {}))
        inputs.read(file, r -> {
          if (r instanceof ReadResult.Page p) run.add(dater.date(PageCleaner.standard().clean(p.page())));
        });
    List<DynamicTest> tests = new ArrayList<>();
    for (Dated d : dater.refine(run)) {
      String source = d.article().source();
      String key = SAMPLES.relativize(Path.of(source.replaceFirst("#.*", ""))).toString()
          + (source.contains("#") ? source.substring(source.indexOf('#')) : "");
      JsonNode g = gold.get(key);
      if (g == null) continue;
      tests.add(DynamicTest.dynamicTest(key, () -> check(d.published(), g)));
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(11);
    return tests.stream();
  }

  private static void check(Published p, JsonNode g) {
    JsonNode day = g.get("published"), range = g.get("publishedRange");
    if (day != null && !day.isNull()) {
      assertThat(p.date()).as("published (basis %s)", p.basis()).isEqualTo(LocalDate.parse(day.asText()));
    } else if (range != null && !range.isNull()) {
      LocalDate from = LocalDate.parse(range.get(0).asText()), to = LocalDate.parse(range.get(1).asText());
      assertThat(p.date()).as("no single day is stated").isNull();
      if (p.earliest() != null) assertThat(p.earliest()).as("earliest").isBeforeOrEqualTo(from);
      assertThat(p.latest()).as("latest").isAfterOrEqualTo(to);
    }
  }
}
