package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dateline.eval.GoldPages.GoldPage;
import org.dateline.read.RawPage;

/** Scores an extractor's article text against the gold bodies; timing covers extraction only. */
public final class ExtractionEval {
  /** Per-page scores in page order, the summary and the extraction throughput. */
  public record Result(List<String> ids, List<ShingleScore> scores, ShingleScore.Summary summary, double pagesPerSecond) {}

  private ExtractionEval() {}

  public static Result run(List<GoldPage> pages, Function<RawPage, String> extractor) {
    List<String> texts = new ArrayList<>(pages.size());
    long t0 = System.nanoTime();
    for (GoldPage p : pages) {
      String text;
      try {
        text = extractor.apply(p.page());
      } catch (RuntimeException e) {
        text = "";
      }
      texts.add(text);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<ShingleScore> scores = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      scores.add(ShingleScore.of(texts.get(i), pages.get(i).field("articleBody")));
      ids.add(pages.get(i).id());
    }
    return new Result(ids, scores, ShingleScore.Summary.of(scores), seconds == 0 ? 0 : pages.size() / seconds);
  }
}
