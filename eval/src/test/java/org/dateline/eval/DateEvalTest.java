package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dateline.nlp.Nlp;
import org.dateline.pipeline.Pipeline;
import org.dateline.read.Inputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateEvalTest {
  static final Nlp NO_NLP = (text, date, when) -> {
    throw new AssertionError("dating must not need NLP");
  };

  @Test
  void goldTsvLayoutIsScoredAsOneRun(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("text"));
    Files.writeString(dir.resolve("text/a.txt"), """
        Ferry

        VALDOR, May 14, 2025 (Tidewire) -- The ferry company said Wednesday it would add a second boat.
        """);
    Files.writeString(dir.resolve("text/b.txt"), "Harbour\n\nThe harbour, closed since 2024, was reopened.\n");
    Files.writeString(dir.resolve("gold.tsv"), "file\tpublished\na.txt\t2025-05-14\nb.txt\t2025-06-01\n");
    DateGold gold = DateGold.locate(dir, null);
    assertThat(gold.texts()).isEqualTo(dir.resolve("text"));
    List<String> failed = new ArrayList<>();
    Clock clock = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);
    DateScores s = new DateEval(Pipeline.standard(NO_NLP, clock), new Inputs(Inputs.DEFAULT_MAX_BYTES, System.in))
        .run(gold, (src, why) -> failed.add(src + ": " + why));
    assertThat(failed).isEmpty();
    assertThat(s.articles()).isEqualTo(2);
    assertThat(s.exact()).isEqualTo(1);
    assertThat(s.exactRight()).isEqualTo(1);
    assertThat(s.rangesContaining()).isEqualTo(2);
    // one day and 2024-01-01..2026-11-24 (1,059 days)
    assertThat(s.medianWidthDays()).isEqualTo(530.0);
  }

  @Test
  void metadataTwoLevelsUpIsFoundForAFolderOfTexts(@TempDir Path root) throws IOException {
    Path texts = Files.createDirectories(root.resolve("dev/text"));
    Files.writeString(texts.resolve("story-one.txt"), "Title\n\nBody.\n");
    Files.writeString(root.resolve("metadata.tsv"), "compartment\tfilename\tpublication_date\ndev\tstory-one\t2016-09-12\n");
    DateGold gold = DateGold.locate(texts, null);
    assertThat(gold.dates()).containsEntry("story-one.txt", LocalDate.of(2016, 9, 12));
  }

  @Test
  void missingGoldIsNamed(@TempDir Path dir) {
    assertThatThrownBy(() -> DateGold.locate(dir, null)).isInstanceOf(IOException.class)
        .hasMessageStartingWith("no gold dates for " + dir);
  }

  @Test
  void aRangeSaysWhichEvidenceWasMissing() {
    var md = java.time.MonthDay.of(4, 14);
    var mon = java.util.Set.of(java.time.DayOfWeek.MONDAY);
    var years = java.util.Set.of(2025, 2026);
    assertThat(DateEval.whyOpen(org.dateline.time.DateClues.none(), years)).startsWith("no month-day");
    assertThat(DateEval.whyOpen(new org.dateline.time.DateClues(md, java.util.Set.of(), false, null, null), years))
        .isEqualTo("month-day, no weekday for it");
    // 14 April: a Monday in 2025, a Tuesday in 2026 (the day after Monday)
    assertThat(DateEval.whyOpen(new org.dateline.time.DateClues(md, mon, false, null, null), years))
        .isEqualTo("month-day + weekday (or the day after it) fits 2 of the run's years");
    assertThat(DateEval.whyOpen(new org.dateline.time.DateClues(md, java.util.Set.of(java.time.DayOfWeek.FRIDAY), true, null, null), years))
        .isEqualTo("month-day + firm weekday fits none of the run's years");
  }
}
