package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adversarial corpus (issue 17): small hostile files from test resources and large ones generated here, run as
 * one batch. Every item ends as a record or as a named failure (a reason in words, not an exception's class), the
 * batch always ends, and no item takes more than its bound.
 */
class AdversarialCorpusTest {
  static final Path RESOURCES = Path.of("src", "test", "resources", "adversarial");
  static final int SECONDS_PER_ITEM = 10;
  static final Pattern SKIPPED = Pattern.compile("^dateline: skipped (.+?): (.+)$", Pattern.MULTILINE);

  @TempDir Path dir;

  @Test
  void everyItemIsARecordOrANamedFailureWithinItsTimeBound() throws IOException {
    List<String> items = new ArrayList<>();
    try (Stream<Path> files = Files.list(RESOURCES)) {
      for (Path f : files.sorted().toList()) {
        if (f.getFileName().toString().equals("README.md")) continue;
        Files.copy(f, dir.resolve(f.getFileName()));
        items.add(f.getFileName().toString());
      }
    }
    generate(items);

    long t0 = System.nanoTime();
    ExtractCommandTest.Run r = ExtractCommandTest.run("extract", "--max-seconds", String.valueOf(SECONDS_PER_ITEM), dir.toString());
    double seconds = (System.nanoTime() - t0) / 1e9;

    List<String> recorded = new ArrayList<>();
    for (JsonNode n : ExtractCommandTest.lines(r.out())) recorded.add(n.get("source").asText());
    List<String[]> failed = new ArrayList<>();
    Matcher m = SKIPPED.matcher(r.err());
    while (m.find()) failed.add(new String[] {m.group(1), m.group(2)});
    for (String[] f : failed)
      assertThat(f[1]).as("the reason %s gives", f[0]).doesNotContainPattern("(Exception|Error)\\b").isNotBlank();
    for (String item : items) {
      String path = dir.resolve(item).toString();
      boolean asRecord = recorded.stream().anyMatch(s -> s.equals(path) || s.startsWith(path + "#"));
      boolean asFailure = failed.stream().anyMatch(f -> f[0].equals(path) || f[0].startsWith(path + "#") || f[0].startsWith(path + "@"));
      assertThat(asRecord || asFailure).as("%s ends as a record or a named failure%n%s", item, r.err()).isTrue();
    }
    assertThat(r.exit()).isEqualTo(Main.SOME_FAILED);
    assertThat(r.err()).containsPattern("dateline: \\d+ articles, \\d+ statements, \\d+ failed");
    // models load once per test JVM (up to a minute on a busy machine); then every item within its bound
    assertThat(seconds).as("seconds for %d items", items.size()).isLessThan(60 + items.size() * (double) SECONDS_PER_ITEM);
  }

  /** The large items, made at test time so the repository stays small. */
  private void generate(List<String> items) throws IOException {
    write(items, "gen-deep-nesting.html", "<html><body>" + "<div><span>".repeat(10_000) + "<p>\"Deep,\" said Ola Brenn.</p>"
        + "</span></div>".repeat(10_000) + "</body></html>");
    write(items, "gen-deep-unclosed.html", "<html><body>" + "<div>".repeat(30_000) + "\"Deeper,\" said Ola Brenn.");
    write(items, "gen-one-line.txt", "Tide tables " + "the river rose again and ".repeat(48_000));
    write(items, "gen-curly-quotes.txt", "Quay notes\n\nThe pilot said " + "\u201c".repeat(100_000) + "\n");
    write(items, "gen-token-flood.txt", "Quay notes\n\n" + "a ; ".repeat(70_000));
    write(items, "gen-many-paragraphs.html", "<html><body><article>" + "<p>\"Short,\" said Lene Okaf.</p>".repeat(3_000)
        + "</article></body></html>");
    write(items, "gen-long-attribute.html", "<html><body><p class=\"" + "x".repeat(2_000_000) + "\">\"Wide,\" said Lene Okaf.</p></body></html>");
    byte[] noise = new byte[256 * 1024];
    new Random(17).nextBytes(noise);
    Files.write(dir.resolve("gen-noise"), noise);
    items.add("gen-noise");
    Files.write(dir.resolve("gen-empty.txt"), new byte[0]);
    items.add("gen-empty.txt");
    ByteArrayOutputStream requests = new ByteArrayOutputStream();
    requests.writeBytes(HostileInputTest.warcRecord("request", "GET /quay HTTP/1.1\r\nHost: harbour.example\r\n\r\n", null));
    Files.write(dir.resolve("gen-requests.warc"), requests.toByteArray());
    items.add("gen-requests.warc");
    Files.write(dir.resolve("gen-huge-length.warc"), HostileInputTest.warcRecord("response",
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Quay.</p>", "99999999999999999999"));
    items.add("gen-huge-length.warc");
  }

  private void write(List<String> items, String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    items.add(name);
  }
}
