package org.dateline.eval;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.dateline.model.Published;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Runner;
import org.dateline.read.Inputs;
import org.dateline.time.DateClues;
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
    return score(prepare(gold.texts(), failed), gold.dates());
  }

  /**
   * Reads, cleans and dates every file under {@code texts} as one run, refined across the run as {@code extract}
   * does; failures go to {@code failed(source, reason)}. Shared by the evaluations that score cleaning and dating.
   */
  public List<Dated> prepare(java.nio.file.Path texts, BiConsumer<String, String> failed) {
    return new Runner(pipeline, 1).dated(Runner.files(inputs, List.of(texts.toString())), failed);
  }

  static DateScores score(List<Dated> run, Map<String, LocalDate> gold) {
    Set<Integer> runYears = runYears(run);
    Map<String, Integer> whyOpen = new TreeMap<>();
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
      int[] b = byBasis.computeIfAbsent(p.basis().toString(), k -> new int[3]);
      b[0]++;
      boolean contains = (p.earliest() == null || !truth.isBefore(p.earliest())) && (p.latest() == null || !truth.isAfter(p.latest()));
      if (p.isExact()) {
        exact++;
        if (p.date().equals(truth)) exactRight++;
      }
      if (contains) b[1]++;
      if (p.isExact() && p.date().equals(truth)) b[2]++;
      String why = p.isExact() ? "" : whyOpen(d.clues(), runYears);
      if (!p.isExact()) whyOpen.merge(why, 1, Integer::sum);
      rows.add("%s\t%s\t%s\t%s\t%s\t%s\t%s".formatted(name, truth, p.earliest(), p.latest(), p.isExact() ? (p.date().equals(truth) ? "right" : "WRONG") : contains ? "holds" : "MISSES", p.basis(), why));
      ranges++;
      if (contains) containing++;
      else errors.add("%s\tgold %s\tgot %s..%s\t%s".formatted(name, truth, p.earliest(), p.latest(), p.basis()));
      if (p.earliest() == null || p.latest() == null) unbounded++;
      else widths.add(ChronoUnit.DAYS.between(p.earliest(), p.latest()) + 1);
    }
    widths.sort(null);
    double median = widths.isEmpty() ? Double.NaN : widths.size() % 2 == 1 ? widths.get(widths.size() / 2)
        : (widths.get(widths.size() / 2 - 1) + widths.get(widths.size() / 2)) / 2.0;
    return new DateScores(articles, exact, exactRight, ranges, containing, median, unbounded, byBasis, errors, rows, whyOpen);
  }

  /** The years at least two articles of the run were dated in. */
  private static Set<Integer> runYears(List<Dated> run) {
    Map<Integer, Integer> n = new HashMap<>();
    for (Dated d : run) if (d.published().isExact()) n.merge(d.published().date().getYear(), 1, Integer::sum);
    Set<Integer> out = new TreeSet<>();
    n.forEach((y, k) -> {
      if (k >= 2) out.add(y);
    });
    return out;
  }

  /** Why an article got only a range: which piece of evidence was missing, or how many of the run's years it left. */
  static String whyOpen(DateClues c, Set<Integer> runYears) {
    if (c.monthDay() == null) return "no month-day (no dateline, or a dateless one)";
    if (c.weekdays().isEmpty()) return "month-day, no weekday for it";
    long fit = runYears.stream().filter(c::fitsPossibly).count();
    String kind = c.weekdays().size() > 1 ? "evening" : c.firmWeekday() ? "firm weekday" : "weekday (or the day after it)";
    return "month-day + %s fits %s of the run's years".formatted(kind, fit == 0 ? "none" : fit == 1 ? "one (outside its span or bounds)" : fit + "");
  }
}
