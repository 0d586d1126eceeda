package org.dateline.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.json.Json;
import org.dateline.model.ArticleRecord;
import org.dateline.pipeline.Engine;
import org.dateline.pipeline.RunListener;
import org.dateline.pipeline.Runner;
import org.dateline.read.Inputs;
import org.dateline.story.LinkingPass;

/**
 * {@code dateline eval stories DIR}: a sample story's folder ({@code text/}, {@code html/}, {@code warc/} and
 * {@code gold.json}) run through the pipeline and the one linking pass, and scored by {@link StoryEval}.
 */
public final class StoryReport {
  private StoryReport() {}

  /** Prints the figures to {@code out}; returns the exit code (0 scored, 1 the gold or the folder could not be read). */
  public static int run(Path dir, Path records, boolean rows, PrintStream out, PrintStream err) {
    StoryEval.Gold gold;
    try {
      gold = StoryEval.Gold.read(dir);
    } catch (IOException | RuntimeException e) {
      err.println("dateline: " + e.getMessage());
      return 1;
    }
    List<ArticleRecord> saved = new ArrayList<>();
    if (records != null) {
      // records saved by `dateline extract` (JSON lines): the linking pass and the scores without the NLP run
      try {
        for (String line : Files.readAllLines(records))
          if (!line.isBlank()) saved.add(Json.mapper().readValue(line, ArticleRecord.class));
      } catch (IOException | RuntimeException e) {
        err.println("dateline: cannot read records from " + records + ": " + e.getMessage());
        return 1;
      }
      return print(StoryEval.score(gold, dir, LinkingPass.standard().link(saved)), rows, out);
    }
    List<String> paths = new ArrayList<>();
    for (String sub : List.of("text", "html", "warc")) if (Files.isDirectory(dir.resolve(sub))) paths.add(dir.resolve(sub).toString());
    if (paths.isEmpty()) {
      err.println("dateline: no text/, html/ or warc/ folder in " + dir);
      return 1;
    }
    List<ArticleRecord> annotated = new ArrayList<>();
    new Runner(Engine.pipeline(), 1).run(Runner.files(new Inputs(Inputs.DEFAULT_MAX_BYTES, new ByteArrayInputStream(new byte[0])), paths),
        new RunListener() {
          @Override
          public void record(ArticleRecord r) {
            annotated.add(r);
          }

          @Override
          public void failure(String source, String reason) {
            err.println("dateline: skipped " + source + ": " + reason);
          }
        });
    return print(StoryEval.score(gold, dir, LinkingPass.standard().link(annotated)), rows, out);
  }

  private static int print(StoryEval.Scores s, boolean rows, PrintStream out) {
    out.printf("articles with a gold day     %d%n", s.articles());
    if (s.exact() == 0) out.printf("exact dates right            – (none given)%n");
    else out.printf("exact dates right            %d of %d given (%d of %d articles whose gold pins a day)%n", s.exactRight(), s.exact(),
        s.pinnedRight(), s.pinned());
    out.printf("ranges holding the day       %d of %d (exact dates included)%n", s.rangesHolding(), s.articles());
    out.printf("median range width           %.1f days (over %d bounded ranges; %d open-ended)%n", s.medianWidthDays(),
        s.rangeWidths().size(), s.unbounded());
    out.printf("statement dates right        %d of %d (%d given a day)%n", s.statementsRight(), s.statements(), s.statementsDated());
    out.printf("timeline order               %d of %d gold pairs in order, %d reversed (Kendall tau %.3f); %d stories%n",
        s.pairsInOrder(), s.pairs(), s.pairsReversed(), s.tau(), s.stories());
    if (rows) s.rows().forEach(out::println);
    return 0;
  }
}
