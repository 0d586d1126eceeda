package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.cli.ExtractCommandTest.lines;
import static org.dateline.cli.ExtractCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages built to hurt (issue 17): each ends as a record or a named failure, and the rest of the batch is written. */
class HostileInputTest {
  @TempDir Path dir;

  static final String GOOD = "Ferry resumes\n\nBRASEL, March 3 (Meridian Wire) -- \"We sail again,\" said Pavel Dorn.\n";

  @Test
  void tenThousandNestedElementsAreCleanedWithoutEndingTheRun() throws IOException {
    Files.writeString(dir.resolve("a.txt"), GOOD);
    Files.writeString(dir.resolve("b-deep.html"), "<html><head><title>Quay reopens</title></head><body>"
        + "<div>".repeat(10_000) + "<p>\"The quay is open,\" said harbour master Lene Okaf.</p>" + "</div>".repeat(10_000)
        + "</body></html>");
    Files.writeString(dir.resolve("c.txt"), GOOD.replace("Pavel Dorn", "Ivo Sarrat"));
    ExtractCommandTest.Run r = run("extract", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> records = lines(r.out());
    assertThat(records).extracting(n -> Path.of(n.get("source").asText()).getFileName().toString())
        .containsExactly("a.txt", "b-deep.html", "c.txt");
    assertThat(records.get(1).get("statements").get(0).get("text").asText()).isEqualTo("The quay is open,");
  }

  @Test
  void anArticleOverTheWorkBoundsIsAFailureWithItsReasonNotASuccess() throws IOException {
    // one line of a million and more characters: the character bound, before any NLP
    Files.writeString(dir.resolve("a-line.txt"), "Tide tables\n\n" + "the river rose again ".repeat(60_000));
    // 70,000 tokens in fewer characters: the token bound, after splitting
    Files.writeString(dir.resolve("b-tokens.txt"), "Tide tables\n\n" + "a ; ".repeat(70_000));
    Files.writeString(dir.resolve("c.txt"), GOOD);
    ExtractCommandTest.Run r = run("extract", dir.toString());
    assertThat(r.exit()).isEqualTo(Main.SOME_FAILED);
    assertThat(r.err())
        .contains("dateline: skipped " + dir.resolve("a-line.txt") + ": cannot annotate: too long to annotate: 1,259,999 characters (the limit is 1,000,000)\n")
        .contains("dateline: skipped " + dir.resolve("b-tokens.txt") + ": cannot annotate: too long to annotate: 140,000 tokens (the limit is 60,000)\n")
        .contains("dateline: 1 articles, 1 statements, 2 failed");
    assertThat(lines(r.out())).hasSize(1);
  }

  @Test
  void anArticleOverTheTimeLimitIsAFailureAndTheRunGoesOn() throws IOException {
    // 100,000 curly quotes: 50,000 unknown tokens that tag for minutes (and once ran the tagger out of memory)
    Files.writeString(dir.resolve("a-quotes.txt"), "Harbour notes\n\nThe pilot said " + "\u201c".repeat(100_000) + "\n");
    Files.writeString(dir.resolve("b.txt"), GOOD);
    long t0 = System.nanoTime();
    ExtractCommandTest.Run r = run("extract", "--max-seconds", "3", dir.toString());
    assertThat(r.exit()).isEqualTo(Main.SOME_FAILED);
    assertThat(r.err()).contains("dateline: skipped " + dir.resolve("a-quotes.txt") + ": cannot annotate: took longer than 3 s (the limit per article)\n")
        .contains("dateline: 1 articles, 1 statements, 1 failed");
    assertThat(lines(r.out())).singleElement().satisfies(n -> assertThat(n.get("source").asText()).endsWith("b.txt"));
    assertThat((System.nanoTime() - t0) / 1e9).as("seconds, models loaded by earlier tests or here").isLessThan(90);
  }

  static ExtractCommandTest.Run withStdin(byte[] in, String... args) {
    java.io.InputStream old = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(in));
      return run(args);
    } finally {
      System.setIn(old);
    }
  }

  @Test
  void stdinArticlesAreKeptApartByContentOrByTheirDeclaredName() throws IOException {
    String data = dir.resolve("data").toString();
    ExtractCommandTest.Run a = withStdin(GOOD.getBytes(java.nio.charset.StandardCharsets.UTF_8), "ingest", "--data", data, "-");
    assertThat(a.exit()).as(a.err()).isZero();
    ExtractCommandTest.Run b = withStdin(GOOD.replace("Pavel Dorn", "Ivo Sarrat").getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "ingest", "--data", data, "-");
    assertThat(b.err()).contains("stored 1 new, 0 replaced, 0 unchanged").contains("holds 2 articles");
    ExtractCommandTest.Run named = withStdin("Ferry halts\n\n\"We wait,\" said Pavel Dorn.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "ingest", "--data", data, "--source-name", "ferry-desk/2026-03-04", "-");
    assertThat(named.err()).contains("stored 1 new, 0 replaced, 0 unchanged").contains("holds 3 articles");
    ExtractCommandTest.Run again = withStdin("Ferry halts\n\n\"We wait again,\" said Pavel Dorn.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "ingest", "--data", data, "--source-name", "ferry-desk/2026-03-04", "-");
    assertThat(again.err()).as("a declared name is the article's: new text under it replaces it")
        .contains("stored 0 new, 1 replaced, 0 unchanged").contains("holds 3 articles");
    ExtractCommandTest.Run out = withStdin(GOOD.getBytes(java.nio.charset.StandardCharsets.UTF_8), "extract", "-");
    assertThat(lines(out.out()).get(0).get("source").asText()).matches("stdin-[0-9a-f]{16}");
  }

  @Test
  void aFileIngestedFromTwoDirectoriesUnderOneRelativeNameIsTwoArticles() throws IOException {
    Path one = Files.createDirectories(dir.resolve("one")), two = Files.createDirectories(dir.resolve("two"));
    Files.writeString(one.resolve("story.txt"), GOOD);
    Files.writeString(two.resolve("story.txt"), GOOD.replace("Pavel Dorn", "Ivo Sarrat"));
    String data = dir.resolve("data").toString();
    assertThat(run("ingest", "--data", data, one.resolve("story.txt").toString()).exit()).isZero();
    ExtractCommandTest.Run r = run("ingest", "--data", data, two.resolve("story.txt").toString());
    assertThat(r.err()).contains("stored 1 new, 0 replaced, 0 unchanged").contains("holds 2 articles");
    try (org.dateline.store.Store s = org.dateline.store.Store.open(dir.resolve("data"), org.dateline.story.Linkers.standard())) {
      assertThat(s.articles()).extracting(org.dateline.model.ArticleRecord::source)
          .containsExactly(one.resolve("story.txt").toAbsolutePath().toString(), two.resolve("story.txt").toAbsolutePath().toString());
    }
  }

  /** A WARC record with the given type, HTTP payload and declared length. */
  static byte[] warcRecord(String type, String payload, String length) {
    String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(payload.getBytes())
        + ">\r\nWARC-Date: 2026-02-01T10:00:00Z\r\nWARC-Target-URI: http://harbour.example/quay\r\nContent-Type: application/"
        + (type.equals("metadata") ? "warc-fields" : "http;msgtype=" + type) + "\r\nContent-Length: "
        + (length != null ? length : String.valueOf(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)) + "\r\n\r\n";
    return (head + payload + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void warcFilesThatGiveNothingSaySoInWords() throws IOException {
    java.io.ByteArrayOutputStream onlyRequests = new java.io.ByteArrayOutputStream();
    onlyRequests.writeBytes(warcRecord("request", "GET /quay HTTP/1.1\r\nHost: harbour.example\r\n\r\n", null));
    onlyRequests.writeBytes(warcRecord("metadata", "via: http://harbour.example/\r\n", null));
    Files.write(dir.resolve("a-requests.warc"), onlyRequests.toByteArray());
    Files.write(dir.resolve("b-length.warc"), warcRecord("response",
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Quay.</p></body></html>", "99999999999999999999"));
    ExtractCommandTest.Run r = run("extract", dir.toString());
    assertThat(r.exit()).isEqualTo(Main.SOME_FAILED);
    assertThat(r.err())
        .contains("dateline: skipped " + dir.resolve("a-requests.warc") + ": no HTML or text response records among its 2 records (1 metadata, 1 request)\n")
        .contains("dateline: skipped " + dir.resolve("b-length.warc") + "@0: broken WARC record: a header holds a number out of range or malformed: \"99999999999999999999\"\n");
    ExtractCommandTest.Run big = withStdin(new byte[11 * 1024 * 1024], "extract", "-");
    assertThat(big.err()).contains("dateline: skipped -: more than the limit of 10,485,760 bytes (--max-bytes)\n");
  }
}
