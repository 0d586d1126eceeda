package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.cli.ExtractCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that look ids up ({@code people}, {@code search}) and the one statement count: ingest, serve's
 * summary, export and search all count a statement once, however many outlets carried it.
 */
class LookupCommandsTest {
  @TempDir Path dir;

  // two outlets carry the same words of one person: two versions, one statement
  private static final String WIRE = """
      Ferry service resumes on the Lenna

      BRASEL, March 3, 2026 (Meridian Wire) -- Ferries on the Lenna sail again after winter repairs to the Brasel quay.

      "We sail again on Monday, and every crossing is booked," said Pavel Dorn, the harbour envoy of the Lenna Basin Council.

      Harbour master Lene Okaf said the Brasel quay had been repaired over the winter.
      """;
  private static final String POST = """
      Lenna ferries back after winter repairs

      BRASEL, March 3, 2026 (Nord Post) -- The Lenna ferries return after four months of repairs to the Brasel quay.

      "We sail again on Monday, and every crossing is booked," said Pavel Dorn, the harbour envoy of the Lenna Basin Council.

      "The pier took four months," Dorn said of the Brasel quay.
      """;

  @Test
  void everyCommandCountsAStatementOnceAndTheLookupsGiveTheIdsCorrectionsTake() throws IOException {
    Files.writeString(dir.resolve("wire.txt"), WIRE);
    Files.writeString(dir.resolve("post.txt"), POST);
    String data = dir.resolve("data").toString();
    ExtractCommandTest.Run ingest = run("ingest", "--data", data, dir.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    int versions = number(ingest.err(), "dateline: 2 articles, (\\d+) statement versions, 0 failed");
    Matcher held = Pattern.compile("holds 2 articles, (\\d+) statements \\((\\d+) versions in articles\\)").matcher(ingest.err());
    assertThat(held.find()).as(ingest.err()).isTrue();
    int statements = Integer.parseInt(held.group(1));
    assertThat(Integer.parseInt(held.group(2))).isEqualTo(versions);
    assertThat(statements).as("the shared quote is one statement").isLessThan(versions);

    ExtractCommandTest.Run all = run("search", "--data", data);
    assertThat(all.out().lines()).hasSize(statements);
    assertThat(all.err().strip()).isEqualTo("dateline: " + statements + " statements");
    ExtractCommandTest.Run export = run("export", "--data", data, "--format", "jsonl");
    assertThat(export.out().lines()).hasSize(statements);
    assertThat(export.err()).contains("dateline: exported " + statements + " statements\n");
    ExtractCommandTest.Run csv = run("export", "--data", data, "--format", "csv");
    assertThat(csv.err()).contains("dateline: exported %d statements (%d rows: one per version in an article)".formatted(statements, versions));

    // the shared quote: one line naming both outlets, its id and its speaker's id
    ExtractCommandTest.Run sail = run("search", "--data", data, "sail", "aga");
    assertThat(sail.out().lines()).singleElement().satisfies(line -> {
      String[] f = line.split("\t");
      assertThat(f[0]).startsWith("st-");
      assertThat(f[3]).isEqualTo("Pavel Dorn");
      assertThat(f[4]).contains("Meridian Wire").contains("Nord Post");
    });
    String id = sail.out().split("\t")[0], speaker = sail.out().split("\t")[2];
    ExtractCommandTest.Run people = run("people", "--data", data, "dor");
    assertThat(people.out().lines()).anySatisfy(l -> assertThat(l).startsWith(speaker + "\tPavel Dorn\t"));
    assertThat(run("people", "--data", data, "nobody-here").err().strip()).isEqualTo("dateline: nobody matches nobody-here");

    // rejected: every count drops by one, and says so where the store is summed up
    assertThat(run("correct", "reject", "--data", data, id).exit()).isZero();
    assertThat(run("search", "--data", data).out().lines()).hasSize(statements - 1);
    assertThat(run("export", "--data", data, "--format", "jsonl").out().lines()).hasSize(statements - 1);
    ExtractCommandTest.Run again = run("ingest", "--data", data, dir.toString());
    assertThat(again.err()).contains("holds 2 articles, %d statements (1 rejected not counted; %d versions in articles)".formatted(statements - 1, versions));
  }

  @Test
  void aSearchPagesAndRefusesWhatItCannotSearch() throws IOException {
    Files.writeString(dir.resolve("post.txt"), POST);
    String data = dir.resolve("data").toString();
    assertThat(run("ingest", "--data", data, dir.toString()).exit()).isZero();
    ExtractCommandTest.Run second = run("search", "--data", data, "--limit", "1", "--offset", "1");
    assertThat(second.out().lines()).hasSize(1);
    assertThat(second.err().strip()).matches("dateline: 2–2 of \\d+ statements");
    ExtractCommandTest.Run bad = run("search", "--data", data, "--from", "March 3");
    assertThat(bad.exit()).isEqualTo(Main.USAGE);
    assertThat(bad.err()).startsWith("Invalid value for option '--from': not a date YYYY-MM-DD: 'March 3'");
    ExtractCommandTest.Run none = run("search", "--data", dir.resolve("missing").toString(), "x");
    assertThat(none.exit()).isEqualTo(Main.USAGE);
  }

  private static int number(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return Integer.parseInt(m.group(1));
  }
}
