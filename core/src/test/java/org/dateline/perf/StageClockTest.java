package org.dateline.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dateline.SharedNlp;
import org.dateline.pipeline.Pipeline;
import org.dateline.read.RawPage;
import org.junit.jupiter.api.Test;

/** One article through the pipeline adds CPU time to each stage it went through, and to none it skipped. */
class StageClockTest {
  @Test
  void anArticleChargesTheStagesItPassesThrough() {
    Pipeline p = SharedNlp.pipeline();
    p.stages().nlp().load(); // the model load is no stage's time
    String text = "Harbour levy vote delayed\n\n"
        + "VESKOR - The harbour board of Veskor will vote on the new levy on March 3, its chair said on Tuesday.\n\n"
        + "\"We need another month to read the figures,\" said Imra Dallin, who chairs the board.\n";
    Map<Stage, Long> before = StageClock.totals();
    p.annotate(p.prepare(new RawPage("levy.txt", RawPage.Format.TEXT, text, null, null, List.of())));
    Map<Stage, Long> spent = StageClock.since(before);
    for (Stage s : List.of(Stage.CLEAN, Stage.DATE, Stage.TOKENIZE, Stage.POS, Stage.NER, Stage.PARSE, Stage.SUTIME,
        Stage.STATEMENTS, Stage.PEOPLE, Stage.RECORD))
      assertThat(spent.get(s)).as(s.label()).isPositive();
    assertThat(spent.get(Stage.READ)).as("read: the page was handed over, not read").isZero();
  }

  @Test
  void lapsAddUpAndReturnTheNextStart() {
    Map<Stage, Long> before = StageClock.totals();
    long start = StageClock.now();
    long x = 0;
    for (int i = 0; i < 2_000_000; i++) x += Long.numberOfTrailingZeros(i * 31L + x);
    long next = StageClock.lap(Stage.READ, start);
    assertThat(x).isNotZero();
    assertThat(next).isGreaterThanOrEqualTo(start);
    assertThat(StageClock.since(before).get(Stage.READ)).isEqualTo(next - start);
  }
}
