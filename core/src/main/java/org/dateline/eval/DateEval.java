package org.dateline.eval;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.dateline.model.Published;
import org.dateline.pipeline.Pipeline;
import org.dateline.read.Inputs;
import org.dateline.read.ReadResult;
import org.dateline.time.Dated;

/**
 * Runs the dating half of the pipeline (read, clean, date, refine over the whole folder) and scores it against
 * gold dates. No NLP is loaded: dating must not need it.
 */
public final class DateEval {
  private final Pipeline pipeline;
  private final Inputs inputs;

  public DateEval(Pipeline pipeline, Inputs inputs) {
    this.pipeline = pipeline;
    this.inputs = inputs;
  }

  /** Dates every file under {@code gold.texts()} as one run; failures go to {@code failed(source, reason)}. */
  public DateScores run(DateGold gold, BiConsumer<String, String> failed) {
    List<Dated> prepared = new ArrayList<>();
    for (String file : inputs.expand(List.of(gold.texts().toString()), f -> failed.accept(f.source(), f.reason()))) {
      inputs.read(file, r -> {
        switch (r) {
          case ReadResult.Failure f -> failed.accept(f.source(), f.reason());
          case ReadResult.Page p -> {
            try {
              prepared.add(pipeline.prepare(p.page()));
            } catch (RuntimeException e) {
              failed.accept(p.source(), "cannot clean: " + e);
            }
          }
        }
      });
    }
    return score(pipeline.refine(prepared), gold.dates());
  }

  static DateScores score(List<Dated> run, Map<String, LocalDate> gold) {
    int articles = 0, exact = 0, exactRight = 0, ranges = 0, containing = 0, unbounded = 0;
    List<Long> widths = new ArrayList<>();
    Map<String, int[]> byBasis = new TreeMap<>();
    List<String> errors = new ArrayList<>(), rows = new ArrayList<>();
    for (Dated d : run) {
      String name = java.nio.file.Path.of(d.article().source()).getFileName().toString();
      LocalDate truth = gold.get(name);
      if (truth == null) continue;
      articles++;
      Published p = d.published();
      int[] b = byBasis.computeIfAbsent(p.basis(), k -> new int[3]);
      b[0]++;
      boolean contains = (p.earliest() == null || !truth.isBefore(p.earliest())) && (p.latest() == null || !truth.isAfter(p.latest()));
      if (p.isExact()) {
        exact++;
        if (p.date().equals(truth)) exactRight++;
      }
      if (contains) b[1]++;
      if (p.isExact() && p.date().equals(truth)) b[2]++;
      rows.add("%s\t%s\t%s\t%s\t%s\t%s".formatted(name, truth, p.earliest(), p.latest(), p.isExact() ? (p.date().equals(truth) ? "right" : "WRONG") : contains ? "holds" : "MISSES", p.basis()));
      ranges++;
      if (contains) containing++;
      else errors.add("%s\tgold %s\tgot %s..%s\t%s".formatted(name, truth, p.earliest(), p.latest(), p.basis()));
      if (p.earliest() == null || p.latest() == null) unbounded++;
      else widths.add(ChronoUnit.DAYS.between(p.earliest(), p.latest()) + 1);
    }
    widths.sort(null);
    double median = widths.isEmpty() ? Double.NaN : widths.size() % 2 == 1 ? widths.get(widths.size() / 2)
        : (widths.get(widths.size() / 2 - 1) + widths.get(widths.size() / 2)) / 2.0;
    return new DateScores(articles, exact, exactRight, ranges, containing, median, unbounded, byBasis, errors, rows);
  }
}
