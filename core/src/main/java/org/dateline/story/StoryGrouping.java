package org.dateline.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.model.ArticleRecord;

/**
 * Stories by a single pass in date order: each canonical article joins the most similar open story near enough in
 * time, or starts one; a copy goes with its canonical article. A story's main actors carry it over a longer silence.
 */
final class StoryGrouping {
  /** How many of a story's main actors an article must name to join it across a longer silence. */
  static final int MAIN_ACTORS = 2;
  /**
   * The longest silence a story's main actors carry it over: half a year, the span within which a story's dated
   * reports date its others ({@code time.StorySpan#STORY_NEAR_DAYS}).
   */
  static final int ACTORS_GAP_DAYS = org.dateline.time.StorySpan.STORY_NEAR_DAYS;
  /** For each article the index of its story in {@link #stories}. */
  final int[] storyOf;
  final List<StoryState> stories = new ArrayList<>();

  /** Groups {@code corpus}'s articles ({@code canonicalOf}: each one's canonical copy) by {@code features}. */
  StoryGrouping(Corpus corpus, int[] canonicalOf, StoryFeatures features, StoryLinker.Settings settings) {
    int n = corpus.n;
    storyOf = new int[n];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) if (canonicalOf[i] == i) order.add(i);
    order.sort(corpus.byDate());
    List<Map<String, Double>> raw = new ArrayList<>(n);
    for (int i = 0; i < n; i++) raw.add(null);
    Map<String, Integer> df = new HashMap<>();
    for (int a : order) {
      Map<String, Double> f = features.rawFeatures(a);
      raw.set(a, f);
      for (String k : f.keySet()) df.merge(k, 1, Integer::sum);
    }
    int docs = order.size();
    // in a large corpus a feature in a tenth of it names no story; it only makes candidate lists long
    int maxDf = docs > 200 ? docs / 10 : docs;
    Map<String, List<Integer>> index = new HashMap<>();
    for (int a : order) {
      Map<String, Double> f = raw.get(a);
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      List<Map.Entry<String, Double>> words = new ArrayList<>();
      for (var e : f.entrySet()) {
        int d = df.get(e.getKey());
        if (d > maxDf) continue;
        double w = e.getValue() * Math.log(1.0 + docs / (double) d);
        if (e.getKey().startsWith("w:")) words.add(Map.entry(e.getKey(), w));
        else v.put(e.getKey(), w);
      }
      // the article's topic is its 20 most telling words; the rest is noise that would pull stories together
      words.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
      for (var e : words.subList(0, Math.min(20, words.size()))) {
        v.put(e.getKey(), e.getValue());
        norm += e.getValue() * e.getValue();
      }
      norm = Math.sqrt(norm);
      if (norm > 0) for (var e : v.entrySet()) if (e.getKey().startsWith("w:")) e.setValue(e.getValue() / norm);
      LocalDate[] d = possibleDays(corpus.get(a));
      Set<Integer> candidates = new TreeSet<>();
      for (String k : v.keySet()) {
        List<Integer> l = index.get(k);
        if (l != null) candidates.addAll(l);
      }
      int best = -1;
      double bestScore = 0;
      for (int s : candidates) {
        StoryState st = stories.get(s);
        long gap = st.gap(d[0], d[1]);
        // a story's main actors, two or more of them, carry it over a longer silence (a referendum called in
        // November, voted on in March): one shared name does not, nor do words alone
        int limit = gap > settings.storyGapDays() && st.mainActorsShared(v) >= MAIN_ACTORS ? ACTORS_GAP_DAYS : settings.storyGapDays();
        if (gap > limit) continue;
        double score = st.score(v) * (1 - gap / (2.0 * Math.max(1, limit)));
        if (score > bestScore) {
          bestScore = score;
          best = s;
        }
      }
      if (best < 0 || bestScore < settings.storySimilarity()) {
        best = stories.size();
        stories.add(new StoryState(a));
      }
      StoryState st = stories.get(best);
      st.add(a, v, Corpus.day(corpus.get(a)));
      storyOf[a] = best;
      for (String k : v.keySet()) {
        List<Integer> l = index.computeIfAbsent(k, x -> new ArrayList<>(2));
        if (l.isEmpty() || l.get(l.size() - 1) != best) l.add(best);
      }
    }
    for (int i = 0; i < n; i++) storyOf[i] = storyOf[canonicalOf[i]];
  }

  /** The days an article may have been published: its day, else its range; null bounds are open. */
  static LocalDate[] possibleDays(ArticleRecord r) {
    var p = r.published();
    if (p == null) return new LocalDate[2];
    if (p.date() != null) return new LocalDate[] {p.date(), p.date()};
    return new LocalDate[] {p.earliest(), p.latest()};
  }
}
