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
        .contains("dateline: skipped " + dir.resolve("a-line.txt") + ": cannot annotate: org.dateline.nlp.TooMuchWork: too long to annotate: 1,259,999 characters (the limit is 1,000,000)\n")
        .contains("dateline: skipped " + dir.resolve("b-tokens.txt") + ": cannot annotate: org.dateline.nlp.TooMuchWork: too long to annotate: 140,000 tokens (the limit is 60,000)\n")
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
}
