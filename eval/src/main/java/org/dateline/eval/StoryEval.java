package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.json.Json;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Published;
import org.dateline.model.Statement;
import org.dateline.story.LinkingPass;
import org.dateline.story.Timeline;

/**
 * A sample story's dates against its gold ({@code DIR/gold.json}, keyed as in samples/gold.json): each article's
 * date or range against the day it was published, each gold statement's date against the one its article gives it,
 * and the gold publication order against the order the story's timeline lists the articles in. Scores records that
 * have been through the one linking pass; running the pipeline is the caller's ({@link StoryReport}).
 */
public final class StoryEval {
  /** One gold article: the day it was published, and whether its own words and story pin that day. */
  public record GoldArticle(String file, LocalDate day, boolean pinned, List<GoldStatement> statements) {}

  /** A gold statement: its words and the day it was said (null when the text does not tell). */
  public record GoldStatement(String text, LocalDate date) {}

  /** The gold of one story folder: its articles and their publication order. */
  public record Gold(Map<String, GoldArticle> articles, List<String> order) {
    public Gold {
      articles = Map.copyOf(articles);
      order = List.copyOf(order);
    }

    /** Reads {@code dir/gold.json}. */
    public static Gold read(Path dir) throws IOException {
      Path f = dir.resolve("gold.json");
      if (!Files.isRegularFile(f)) throw new IOException("no gold.json in " + dir);
      JsonNode root = Json.mapper().readTree(f.toFile());
      Map<String, GoldArticle> articles = new LinkedHashMap<>();
      var names = root.fieldNames();
      while (names.hasNext()) {
        String file = names.next();
        if (file.startsWith("_")) continue;
        JsonNode a = root.get(file);
        LocalDate pinned = day(a.get("published")), truth = pinned != null ? pinned : day(a.get("truePublished"));
        if (truth == null) continue; // no known day: nothing to score it against
        List<GoldStatement> statements = new ArrayList<>();
        if (a.has("statements"))
          for (JsonNode s : a.get("statements")) if (s.has("date")) statements.add(new GoldStatement(s.get("text").asText(), day(s.get("date"))));
        articles.put(file, new GoldArticle(file, truth, pinned != null, statements));
      }
      List<String> order = new ArrayList<>();
      JsonNode story = root.get("_story");
      if (story != null && story.has("timeline")) for (JsonNode t : story.get("timeline")) order.add(t.asText());
      return new Gold(articles, order);
    }

    private static LocalDate day(JsonNode n) {
      return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }
  }

  /**
   * The figures. Articles: how many had gold, how many were given one day and how many of those were right, how many
   * ranges (one day counting as a range of one) held the day, the median width of the range-only answers (days,
   * bounded ones), and how many of the articles whose gold pins a day got it. Statements with a gold day: how many
   * were given one and were right. Order: gold pairs the timeline lists in the gold order, of all pairs; and how many
   * stories the gold articles were spread over.
   */
  public record Scores(int articles, int exact, int exactRight, int rangesHolding, List<Long> rangeWidths, int unbounded,
      int pinned, int pinnedRight, int statements, int statementsDated, int statementsRight, int pairs, int pairsInOrder,
      int pairsReversed, int stories, List<String> rows) {
    public Scores {
      rangeWidths = List.copyOf(rangeWidths);
      rows = List.copyOf(rows);
    }

    public double medianWidthDays() {
      if (rangeWidths.isEmpty()) return 0;
      List<Long> w = rangeWidths.stream().sorted().toList();
      int n = w.size();
      return n % 2 == 1 ? w.get(n / 2) : (w.get(n / 2 - 1) + w.get(n / 2)) / 2.0;
    }

    /** Kendall's tau over the gold pairs: pairs split across stories count as neither in order nor reversed. */
    public double tau() {
      return pairs == 0 ? 0 : (pairsInOrder - pairsReversed) / (double) pairs;
    }
  }

  private StoryEval() {}

  /**
   * Scores {@code linked} (the linking pass over the folder {@code dir}'s articles; sources are paths under
   * {@code dir}) against {@code gold}.
   */
  public static Scores score(Gold gold, Path dir, LinkingPass.Linked linked) {
    String prefix = dir.toString().endsWith("/") ? dir.toString() : dir + "/";
    Map<String, ArticleRecord> byFile = new HashMap<>();
    for (ArticleRecord r : linked.articles())
      byFile.putIfAbsent(r.source().startsWith(prefix) ? r.source().substring(prefix.length()) : r.source(), r);
    int articles = 0, exact = 0, exactRight = 0, holding = 0, unbounded = 0, pinned = 0, pinnedRight = 0;
    int statements = 0, statementsDated = 0, statementsRight = 0;
    List<Long> widths = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    for (GoldArticle g : gold.articles().values()) {
      ArticleRecord r = byFile.get(g.file());
      if (r == null) continue;
      articles++;
      Published p = r.published() == null ? Published.unknown() : r.published();
      boolean holds = (p.earliest() == null || !g.day().isBefore(p.earliest())) && (p.latest() == null || !g.day().isAfter(p.latest()));
      if (holds) holding++;
      if (p.date() != null) {
        exact++;
        if (p.date().equals(g.day())) exactRight++;
      } else if (p.earliest() == null || p.latest() == null) {
        unbounded++;
      } else {
        widths.add(ChronoUnit.DAYS.between(p.earliest(), p.latest()) + 1);
      }
      if (g.pinned()) {
        pinned++;
        if (g.day().equals(p.date())) pinnedRight++;
      }
      rows.add("%s\tgold %s%s\tgiven %s\t%s\t%s".formatted(g.file(), g.day(), g.pinned() ? "" : " (range)",
          p.date() != null ? p.date() : "[" + p.earliest() + ", " + p.latest() + "]" + (p.candidates().isEmpty() ? "" : " candidates " + p.candidates()),
          p.date() != null ? (p.date().equals(g.day()) ? "right" : "WRONG") : holds ? "holds" : "MISSES", p.basis()));
      for (GoldStatement gs : g.statements()) {
        if (gs.date() == null) continue;
        statements++;
        Statement s = find(r, gs.text());
        LocalDate given = s == null ? null : s.date();
        if (given != null) statementsDated++;
        if (gs.date().equals(given)) statementsRight++;
        rows.add("  statement \"%s\"\tgold %s\tgiven %s%s".formatted(abbrev(gs.text()), gs.date(),
            s == null ? "(not found)" : String.valueOf(given), given == null ? "" : gs.date().equals(given) ? "\tright" : "\tWRONG"));
      }
    }
    // order: the position of each gold article in the story timeline that holds it
    Map<String, int[]> at = new HashMap<>(); // file -> {timeline index, entry index}
    List<Timeline> timelines = Timeline.of(linked.linking(), linked.articles());
    java.util.Set<Integer> storiesUsed = new java.util.HashSet<>();
    for (int t = 0; t < timelines.size(); t++) {
      List<Timeline.Entry> entries = timelines.get(t).entries();
      int n = 0;
      for (Timeline.Entry e : entries) {
        if (!"article".equals(e.kind())) continue;
        String file = e.source().startsWith(prefix) ? e.source().substring(prefix.length()) : e.source();
        if (gold.order().contains(file) && !at.containsKey(file)) {
          at.put(file, new int[] {t, n});
          if (storiesUsed.add(t)) rows.add("story \"%s\"".formatted(timelines.get(t).label()));
          rows.add("  %s\t%s".formatted(file, e.date() != null ? e.date() : "[" + e.earliest() + ", " + e.latest() + "]"));
        }
        n++;
      }
    }
    int pairs = 0, inOrder = 0, reversed = 0;
    for (int i = 0; i < gold.order().size(); i++)
      for (int j = i + 1; j < gold.order().size(); j++) {
        pairs++;
        int[] a = at.get(gold.order().get(i)), b = at.get(gold.order().get(j));
        if (a == null || b == null || a[0] != b[0]) continue;
        if (a[1] < b[1]) inOrder++;
        else reversed++;
      }
    return new Scores(articles, exact, exactRight, holding, widths, unbounded, pinned, pinnedRight, statements,
        statementsDated, statementsRight, pairs, inOrder, reversed, storiesUsed.size(), rows);
  }

  /** The article's statement whose words hold the gold words or are held by them (case and spacing aside). */
  private static Statement find(ArticleRecord r, String goldText) {
    String g = norm(goldText);
    for (Statement s : r.statements()) {
      String t = norm(s.text());
      if (!t.isEmpty() && (t.contains(g) || g.contains(t))) return s;
    }
    return null;
  }

  private static String norm(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}“”‘’]", "").replaceAll("\\s+", " ").trim();
  }

  private static String abbrev(String s) {
    return s.length() <= 48 ? s : s.substring(0, 45) + "...";
  }
}
