package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.dateline.clean.Cleaner;
import org.dateline.clean.CleanArticle;
import org.dateline.model.Published;
import org.dateline.read.RawPage;
import org.dateline.time.Dated;

/**
 * Scores the text path on scraped pages with gold fields (the news-text set: {@code gold.json} + {@code text/}):
 * body shingles, headline, byline, outlet and publication date, with the metrics of the set's README. The pages
 * are read, cleaned and dated as one run by {@link DateEval#prepare}, as {@code extract} would; no NLP.
 */
public final class TextEval {
  /** The gold fields of one page. */
  public record Gold(String id, String headline, String authors, LocalDate date, String body, String site, String url,
      List<String> siteNames) {}

  /** One page's outcome, with what was taken. */
  public record PageResult(Gold gold, ShingleScore body, boolean headline, boolean byline, boolean bylineScored,
      boolean outlet, Published published, String gotHeadline, String gotByline, String gotOutlet) {
    /** Fields got wrong plus the body's missing F1: what {@code --misses} sorts by. */
    public double badness() {
      return (headline ? 0 : 1) + (bylineScored && !byline ? 1 : 0) + (outlet ? 0 : 1)
          + (gold.date() != null && !gold.date().equals(published.date()) ? 1 : 0) + 2 * (1 - body.f1());
    }
  }

  /** Which pages to score: all, or one side of a fixed split by site (develop on train, check on check). */
  public enum Part {
    ALL, TRAIN, CHECK;

    boolean holds(Gold g) {
      if (this == ALL) return true;
      // a third of the sites, chosen by a stable hash of the site, is set aside for checking
      boolean check = Math.floorMod(siteKey(g).hashCode(), 3) == 0;
      return this == CHECK ? check : !check;
    }
  }

  public record Result(List<PageResult> pages, ShingleScore.Summary body, double headline, double byline,
      int bylinePages, double outlet, int datePages, double dateGiven, double dateRight, double rangeHolds,
      int unbounded, double pagesPerSecond, int yearOnly) {}

  private TextEval() {}

  /** The gold of a news-text folder by file name. */
  public static Map<String, Gold> gold(Path dir) throws IOException {
    Path file = dir.resolve("gold.json");
    if (!Files.isRegularFile(file)) throw new IOException("no gold.json in " + dir);
    JsonNode all = new ObjectMapper().readTree(file.toFile());
    Map<String, Gold> out = new HashMap<>();
    for (var it = all.fields(); it.hasNext();) {
      var e = it.next();
      JsonNode g = e.getValue();
      List<String> names = new ArrayList<>();
      if (g.has("site_names")) g.get("site_names").forEach(n -> names.add(n.asText()));
      out.put(e.getKey(), new Gold(e.getKey(), text(g, "headline"), text(g, "authors"),
          MetadataEval.goldDate(text(g, "date")), text(g, "body"), text(g, "site"), text(g, "url"), names));
    }
    return out;
  }

  private static String text(JsonNode g, String field) {
    JsonNode n = g.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  /** Runs {@code eval} over {@code dir/text} and scores the pages of {@code part}. */
  public static Result run(Path dir, DateEval eval, Cleaner cleaner, Part part, BiConsumer<String, String> failed)
      throws IOException {
    Map<String, Gold> gold = gold(dir);
    List<Dated> run = eval.prepare(dir.resolve("text"), failed);
    List<Dated> scored = new ArrayList<>();
    List<Gold> golds = new ArrayList<>();
    for (Dated d : run) {
      Gold g = gold.get(Path.of(d.article().source()).getFileName().toString());
      if (g == null || !part.holds(g)) continue;
      scored.add(d);
      golds.add(g);
    }
    return score(scored, golds, pagesPerSecond(scored, cleaner));
  }

  /**
   * Cleaning alone: the median of three timed passes over the pages, after the run above has warmed the code up
   * (a shared machine's other work shows up as one slow pass, not as the figure).
   */
  private static double pagesPerSecond(List<Dated> run, Cleaner cleaner) {
    List<RawPage> pages = new ArrayList<>();
    for (Dated d : run) {
      CleanArticle a = d.article();
      pages.add(new RawPage(a.source(), RawPage.Format.TEXT, a.sourceText(), a.url(), a.fetched(), List.of()));
    }
    double[] rates = new double[3];
    for (int pass = 0; pass < rates.length; pass++) {
      long t0 = System.nanoTime();
      for (RawPage p : pages) cleaner.clean(p);
      double seconds = (System.nanoTime() - t0) / 1e9;
      rates[pass] = seconds == 0 ? 0 : pages.size() / seconds;
    }
    java.util.Arrays.sort(rates);
    return rates[1];
  }

  static Result score(List<Dated> run, List<Gold> golds, double pagesPerSecond) {
    List<PageResult> out = new ArrayList<>();
    List<ShingleScore> bodies = new ArrayList<>();
    int head = 0, by = 0, byPages = 0, outlet = 0, datePages = 0, given = 0, right = 0, holds = 0, unbounded = 0, yearOnly = 0;
    for (int i = 0; i < run.size(); i++) {
      Dated d = run.get(i);
      Gold g = golds.get(i);
      var meta = d.article().meta();
      ShingleScore body = ShingleScore.of(d.article().body().text(), g.body());
      bodies.add(body);
      boolean h = meta.headline() != null && g.headline() != null && foldHeadline(meta.headline()).equals(foldHeadline(g.headline()));
      String surname = MetadataEval.surname(g.authors());
      boolean b = surname != null && meta.byline() != null && hasWord(meta.byline(), surname);
      boolean o = outletMatches(meta.outlet(), g);
      if (h) head++;
      if (surname != null) byPages++;
      if (b) by++;
      if (o) outlet++;
      Published p = d.published();
      if (g.date() != null) {
        datePages++;
        if (p.date() != null) {
          given++;
          if (p.date().equals(g.date())) right++;
          // the set's known gold noise: the page prints the gold's month and day in another year
          else if (p.date().getMonth() == g.date().getMonth() && p.date().getDayOfMonth() == g.date().getDayOfMonth()) yearOnly++;
        }
        if ((p.earliest() == null || !g.date().isBefore(p.earliest())) && (p.latest() == null || !g.date().isAfter(p.latest()))) holds++;
        if (p.earliest() == null || p.latest() == null) unbounded++;
      }
      out.add(new PageResult(g, body, h, b, surname != null, o, p, meta.headline(), meta.byline(), meta.outlet()));
    }
    int n = run.size();
    return new Result(out, ShingleScore.Summary.of(bodies), share(head, n), share(by, byPages), byPages, share(outlet, n),
        datePages, share(given, datePages), share(right, given), share(holds, datePages), unbounded, pagesPerSecond, yearOnly);
  }

  private static double share(int k, int of) {
    return of == 0 ? 0 : (double) k / of;
  }

  /** Headlines compared after folding curly quotes, case, Unicode compatibility forms and whitespace. */
  static String foldHeadline(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'")
        .replaceAll("[\u201C\u201D\u201E\u201F\u2033]", "\"");
    return t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static String foldAccents(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  /** Whether {@code word} (accents folded) is a whole word of {@code text}. */
  static boolean hasWord(String text, String word) {
    String w = foldAccents(word).strip();
    if (w.isEmpty()) return false;
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])").matcher(foldAccents(text)).find();
  }

  /**
   * The README's outlet rule: an outlet of at most 60 characters with a run of words that spells a domain stem of
   * the site or URL ("foxsports", "latimes") or a name the page gives its site.
   */
  static boolean outletMatches(String outlet, Gold g) {
    if (outlet == null || outlet.isBlank() || outlet.length() > 60) return false;
    Set<String> wanted = new LinkedHashSet<>();
    wanted.addAll(stems(g.site()));
    wanted.addAll(stems(g.url()));
    for (String n : g.siteNames()) {
      String k = String.join("", words(n));
      if (!k.isEmpty()) wanted.add(k);
    }
    List<String> w = words(outlet);
    for (int i = 0; i < w.size(); i++) {
      StringBuilder run = new StringBuilder();
      for (int j = i; j < w.size(); j++) {
        run.append(w.get(j));
        if (wanted.contains(run.toString())) return true;
      }
    }
    return false;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : foldAccents(s).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
    return out;
  }

  /** The host's label that names the site: the one before the top-level domain ("co.uk" and the like counted as one). */
  static List<String> stems(String url) {
    List<String> out = new ArrayList<>();
    if (url == null || url.isBlank()) return out;
    String host;
    try {
      host = URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return out;
    }
    if (host == null) return out;
    String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
    int end = labels.length - 1; // the top-level domain
    if (end >= 2 && labels[end - 1].length() <= 3 && List.of("co", "com", "org", "net", "ac", "gov").contains(labels[end - 1])) end--;
    if (end >= 1) {
      String l = labels[end - 1].replaceAll("[^\\p{L}\\p{N}]", "");
      if (!l.isEmpty()) out.add(l);
    }
    return out;
  }

  /** The site a page belongs to, for splitting by site. */
  static String siteKey(Gold g) {
    List<String> s = stems(g.site() != null ? g.site() : g.url());
    return s.isEmpty() ? g.id() : s.get(s.size() - 1);
  }
}
