package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.cli.ExtractCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline command end to end on two sample files: every format, and the exact usage errors. */
class TimelineCommandTest {
  static final Path SAMPLES = Path.of("..", "samples", "text");
  @TempDir Path dir;

  @Test
  void writesEachFormat() throws IOException {
    String a = SAMPLES.resolve("01-dam-dispute-flares.txt").toString(), b = SAMPLES.resolve("02-ostria-responds.txt").toString();
    Path html = dir.resolve("t.html");
    ExtractCommandTest.Run r = run("timeline", "--format", "html", "--out", html.toString(), a, b);
    assertThat(r.exit()).isEqualTo(Main.OK);
    assertThat(r.err()).contains("dateline: 2 articles").contains(" stories, ");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("Andrei Vetrov").doesNotContain("<script");
    ExtractCommandTest.Run md = run("timeline", a, b);
    assertThat(md.out()).startsWith("# ").contains("Andrei Vetrov: “");
    ExtractCommandTest.Run js = run("timeline", "--format", "timelinejs", a);
    assertThat(Json.mapper().readTree(js.out()).has("events")).isTrue();
    ExtractCommandTest.Run json = run("timeline", "--format", "json", a);
    assertThat(Json.mapper().readTree(json.out()).get(0).get("entries").size()).isGreaterThan(1);
  }

  @Test
  void rejectsBadOptions() {
    ExtractCommandTest.Run f = run("timeline", "--format", "pdf", "x.txt");
    assertThat(f.exit()).isEqualTo(Main.USAGE);
    assertThat(f.err()).startsWith("Invalid value for option '--format': expected one of [json, markdown, timelinejs, html] (case-sensitive) but was 'pdf'");
    ExtractCommandTest.Run t = run("timeline", "--threads", "0", "x.txt");
    assertThat(t.exit()).isEqualTo(Main.USAGE);
    assertThat(t.err()).startsWith("Invalid value for option '--threads': must be at least 1 but was 0");
  }
}
