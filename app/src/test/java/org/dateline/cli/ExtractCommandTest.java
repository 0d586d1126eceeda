package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command end to end: output, exit codes and the exact error text. */
class ExtractCommandTest {
  static final Path SAMPLES = Path.of("..", "samples");
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    PrintStream oldOut = System.out, oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = Main.run(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  static List<JsonNode> lines(String jsonl) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : jsonl.split("\n")) if (!line.isBlank()) out.add(Json.mapper().readTree(line));
    return out;
  }

  @Test
  void samplesGiveOneValidRecordPerArticleWithQuotesAndSpeakers() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Run r = run("extract", "--threads", "2", "--out", out.toString(), SAMPLES.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> records = lines(Files.readString(out));
    long pages = Files.list(SAMPLES.resolve("text")).count() + Files.list(SAMPLES.resolve("html")).count();
    assertThat(records.size()).isGreaterThan((int) pages); // plus the WARC's pages
    for (JsonNode rec : records) {
      for (String field : List.of("source", "outlet", "headline", "section", "byline", "dateline", "published", "body",
          "removed", "people", "statements", "times", "warnings"))
        assertThat(rec.has(field)).as(field + " in " + rec.get("source")).isTrue();
      String source = rec.get("source").asText();
      String text = source.contains("#") || source.endsWith(".html") ? rec.get("sourceText").asText()
          : Files.readString(Path.of(source));
      for (JsonNode st : rec.get("statements")) {
        JsonNode span = st.get("spans").get(0);
        assertThat(span.get(1).asInt()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(span.get(0).asInt(), span.get(1).asInt())).isNotBlank();
      }
    }
    JsonNode first = records.stream().filter(n -> n.get("source").asText().endsWith("01-dam-dispute-flares.txt")).findFirst().orElseThrow();
    assertThat(first.get("statements")).anySatisfy(st -> {
      assertThat(st.get("kind").asText()).isEqualTo("direct");
      assertThat(st.get("speaker").get("name").asText()).isEqualTo("Andrei Vetrov");
    });
    assertThat(r.err()).contains("articles/s").contains("0 failed");
  }

  @Test
  void badFilesAreReportedWithPathAndReasonAndTheRestIsWritten() throws IOException {
    Files.writeString(dir.resolve("notes.md"), "# not a page, ignored in directory walks");
    Files.write(dir.resolve("photo"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.writeString(dir.resolve("story.txt"), "Ferry resumes\n\nBRASEL, March 3 (Meridian Wire) -- \"We sail again,\" said Pavel Dorn.\n");
    Run r = run("extract", dir.toString());
    assertThat(r.exit()).isEqualTo(Main.SOME_FAILED);
    assertThat(r.err()).contains("dateline: skipped " + dir.resolve("empty.txt") + ": empty file\n")
        .contains("dateline: skipped " + dir.resolve("photo") + ": binary file, not text or HTML\n")
        .contains("dateline: 1 articles, 1 statements, 2 failed");
    assertThat(lines(r.out())).hasSize(1);
    // the dateline is no part of the speaker's mention: the speaker is the one who said it
    JsonNode said = lines(r.out()).get(0).get("statements").get(0);
    assertThat(said.get("speaker").get("name").asText()).isEqualTo("Pavel Dorn");
    assertThat(said.get("speaker").get("mention").asText()).doesNotContain("BRASEL");
  }

  @Test
  void agencyCopyKeepsItsDatelineOutOfSpeakersAndStatements() throws IOException {
    String lead = "Valdoria's foreign minister said on Wednesday that talks with Ostria over the Lenna River would resume in Brasel next week.";
    Files.writeString(dir.resolve("korven.txt"), String.join("\n", "Home", "World", "", "Valdoria says river talks to resume next week",
        "", "Korven : " + lead, "", "\"Both delegations have agreed to keep the crossing at Tamsk open,\" Andrei Vetrov told reporters.", "",
        "(Harbor Ledger Staff) Thursday, March 6, 2008", "") + "\n");
    Files.writeString(dir.resolve("doubled.txt"), String.join("\n", "Valdoria says river talks to resume next week", lead, "",
        "KORVEN, March 4 (Meridian Wire) - " + lead, "", "\"We will be there,\" said Andrei Vetrov.", "") + "\n");
    Run r = run("extract", dir.toString());
    assertThat(r.exit()).isZero();
    for (JsonNode rec : lines(r.out())) {
      assertThat(rec.get("dateline").isNull()).as("dateline of %s", rec.get("source")).isFalse();
      String dateline = rec.get("dateline").get("text").asText();
      for (JsonNode st : rec.get("statements")) {
        assertThat(st.get("text").asText()).doesNotContain(dateline);
        if (st.hasNonNull("speaker")) {
          assertThat(st.get("speaker").get("name").asText()).isNotEqualTo("Korven");
          assertThat(st.get("speaker").get("mention").asText()).doesNotContain(dateline);
        }
      }
      for (JsonNode p : rec.get("people")) assertThat(p.get("name").asText()).isNotEqualTo("Korven");
      if (rec.get("source").asText().endsWith("korven.txt")) {
        assertThat(rec.get("outlet").asText()).isEqualTo("Harbor Ledger");
        assertThat(rec.get("published").get("date").asText()).isEqualTo("2008-03-06");
      } else {
        assertThat(rec.get("agency").asText()).isEqualTo("Meridian Wire");
        // the lead printed as a standfirst and again after the dateline: each statement once
        List<String> texts = new java.util.ArrayList<>();
        rec.get("statements").forEach(st -> texts.add(st.get("text").asText()));
        assertThat(texts).doesNotHaveDuplicates();
        assertThat(texts.stream().filter(t -> t.contains("talks with Ostria")).count()).isLessThanOrEqualTo(1);
      }
    }
  }

  @Test
  void oversizedFileIsSkippedUnderTheGivenLimit() throws IOException {
    Files.writeString(dir.resolve("long.txt"), "Words and more words. ".repeat(100));
    Run r = run("extract", "--max-bytes", "100", dir.resolve("long.txt").toString());
    assertThat(r.exit()).isEqualTo(Main.SOME_FAILED);
    assertThat(r.err()).contains("dateline: skipped " + dir.resolve("long.txt") + ": file is 2,200 bytes, over the limit of 100 bytes (--max-bytes)");
  }

  @Test
  void jsonFormatWritesOneArray() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Dam talks\n\n\"No,\" said Ilse Marren.\n");
    Run r = run("extract", "--format", "json", dir.resolve("a.txt").toString());
    assertThat(r.exit()).isZero();
    JsonNode arr = Json.mapper().readTree(r.out());
    assertThat(arr.isArray()).isTrue();
    assertThat(arr).hasSize(1);
  }

  @Test
  void usageErrorsExitWithTwoAndSayWhatIsWrong() {
    Run none = run("extract");
    assertThat(none.exit()).isEqualTo(Main.USAGE);
    assertThat(none.err()).startsWith("Missing required parameter: 'PATH'");
    Run threads = run("extract", "--threads", "0", "x.txt");
    assertThat(threads.exit()).isEqualTo(Main.USAGE);
    assertThat(threads.err()).startsWith("Invalid value for option '--threads': must be at least 1 but was 0");
    Run format = run("extract", "--format", "xml", "x.txt");
    assertThat(format.exit()).isEqualTo(Main.USAGE);
    assertThat(format.err()).startsWith("Invalid value for option '--format': expected one of [jsonl, json] (case-sensitive) but was 'xml'");
    assertThat(run("frobnicate").exit()).isEqualTo(Main.USAGE);
  }

  @Test
  void versionAndHelp() {
    assertThat(run("--version").out()).startsWith("dateline ");
    Run help = run("extract", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Exit codes:").contains("--max-bytes");
  }
}
