package org.dateline.eval;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.dateline.eval.GoldPages.GoldPage;
import org.dateline.model.Published;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Runner;
import org.dateline.time.Dated;

/**
 * Scores headline, byline, publication date and body on news pages with gold metadata, through the pipeline's own
 * {@code prepare} (clean, then date), no NLP.
 */
public final class MetadataEval {
  /** One page's outcome. */
  public record PageResult(String id, boolean headline, boolean byline, boolean bylineScored, LocalDate date,
      LocalDate goldDate, ShingleScore body, String gotHeadline, String gotByline, String dateEvidence) {}

  /**
   * {@code agreeingCoverage}/{@code agreeingPrecision}: the same date figures counting only pages whose page-stated
   * dates (JSON-LD, meta, time element, URL) all name one day, i.e. what a dater that withholds conflicting evidence
   * would score.
   */
  public record Result(List<PageResult> pages, double headlineExact, double bylineRate, int bylinePages,
      double dateCoverage, double datePrecision, ShingleScore.Summary body, double pagesPerSecond,
      double agreeingCoverage, double agreeingPrecision) {}

  private MetadataEval() {}

  public static Result run(List<GoldPage> pages, Pipeline pipeline) {
    List<PageResult> out = new ArrayList<>();
    long t0 = System.nanoTime();
    // each page on its own (clean, date; no refining across the set: the gold pages are unrelated sites)
    Map<String, Dated> bySource = new HashMap<>();
    List<String> failed = new ArrayList<>();
    for (Dated d : new Runner(pipeline, 1).prepare(Runner.pages(pages.stream().map(GoldPage::page).toList()),
        (source, reason) -> failed.add(source + ": " + reason)))
      bySource.putIfAbsent(d.article().source(), d);
    if (!failed.isEmpty()) throw new IllegalStateException("cannot prepare gold pages: " + failed);
    double seconds = (System.nanoTime() - t0) / 1e9;
    int head = 0, by = 0, byScored = 0, given = 0, right = 0, agreeGiven = 0, agreeRight = 0;
    List<ShingleScore> bodies = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      GoldPage p = pages.get(i);
      Dated d = bySource.get(p.page().source());
      var meta = d.article().meta();
      boolean h = meta.headline() != null && norm(meta.headline()).equals(norm(p.field("title")));
      String surname = surname(p.field("authors"));
      boolean scored = surname != null;
      boolean b = scored && meta.byline() != null && fold(meta.byline()).contains(fold(surname));
      Published pub = d.published();
      LocalDate gold = goldDate(p.field("date"));
      ShingleScore body = ShingleScore.of(d.article().body().text(), p.field("articleBody"));
      bodies.add(body);
      if (h) head++;
      if (scored) byScored++;
      if (b) by++;
      if (pub.date() != null) {
        given++;
        if (pub.date().equals(gold)) right++;
        if (meta.dateHints().stream().map(x -> x.date()).distinct().count() <= 1) {
          agreeGiven++;
          if (pub.date().equals(gold)) agreeRight++;
        }
      }
      String evidence = pub.basis() + " " + meta.dateHints().stream().map(x -> x.kind() + "=" + x.date() + "(" + x.raw() + ")").toList();
      out.add(new PageResult(p.id(), h, b, scored, pub.date(), gold, body, meta.headline(), meta.byline(), evidence));
    }
    int n = pages.size();
    return new Result(out, n == 0 ? 0 : (double) head / n, byScored == 0 ? 0 : (double) by / byScored, byScored,
        n == 0 ? 0 : (double) given / n, given == 0 ? 0 : (double) right / given, ShingleScore.Summary.of(bodies),
        seconds == 0 ? 0 : n / seconds, n == 0 ? 0 : (double) agreeGiven / n,
        agreeGiven == 0 ? 0 : (double) agreeRight / agreeGiven);
  }

  /** The gold date, or null when the gold has none ("NaT", empty). */
  static LocalDate goldDate(String s) {
    if (s == null || !s.matches("\\d{4}-\\d{2}-\\d{2}.*")) return null;
    return LocalDate.parse(s.substring(0, 10));
  }

  /** The first author's surname: last word of the first comma-separated name, or null when there is no author. */
  static String surname(String authors) {
    if (authors == null || authors.isBlank()) return null;
    String first = authors.split(",")[0].strip();
    if (first.isEmpty()) return null;
    String[] words = first.split("\\s+");
    return words[words.length - 1];
  }

  private static String norm(String s) {
    if (s == null) return "";
    return s.replace('\u00A0', ' ').replaceAll("[\u2018\u2019]", "'").replaceAll("[\u201C\u201D]", "\"")
        .replaceAll("\\s+", " ").strip();
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
