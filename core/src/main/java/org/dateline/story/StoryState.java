package org.dateline.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A story as the linker grows it: its members, the summed feature vectors of their articles (people, organisations
 * and names as {@code p:}, {@code o:}, {@code e:} keys; topic words as {@code w:}) and the span of its dated members.
 */
final class StoryState {
  final int seed;
  final Map<String, Double> sum = new HashMap<>();
  double wordNorm2;
  LocalDate first, last;
  final List<Integer> members = new ArrayList<>();

  StoryState(int seed) {
    this.seed = seed;
  }

  /**
   * How well an article fits: its (idf-weighted) people, organisations and names, each counted by the share of
   * the story's articles that have it, blended with the cosine of its topic words against the story's. Names weigh
   * more: two articles about one event share actors and places even when their words differ. The share makes
   * this a comparison with the story's average article: counting a name as soon as any member has it let a big
   * story, which has met every minister and town, take whatever came near it in time.
   */
  double score(Map<String, Double> v) {
    double entAll = 0, entHit = 0, dot = 0;
    for (var e : v.entrySet()) {
      Double s = sum.get(e.getKey());
      if (e.getKey().startsWith("w:")) {
        if (s != null) dot += s * e.getValue();
      } else {
        entAll += e.getValue();
        // a name's weight is the same in every article, so the sum over members counts the articles having it
        if (s != null) entHit += e.getValue() * Math.min(1, s / (e.getValue() * members.size()));
      }
    }
    double cos = wordNorm2 <= 0 ? 0 : dot / Math.sqrt(wordNorm2);
    return entAll <= 0 ? cos : 0.6 * entHit / entAll + 0.4 * cos;
  }

  /**
   * How many of the article's people are the story's main actors: named (by full name) in at least half of the
   * story's articles.
   */
  int mainActorsShared(Map<String, Double> v) {
    int n = 0;
    for (var e : v.entrySet()) {
      if (!e.getKey().startsWith("p:")) continue;
      Double s = sum.get(e.getKey());
      if (s != null && s / (e.getValue() * members.size()) >= 0.5) n++;
    }
    return n;
  }

  /** Adds {@code article} with its vector {@code v}; {@code day} is its day, or null when only a range is known. */
  void add(int article, Map<String, Double> v, LocalDate day) {
    members.add(article);
    for (var e : v.entrySet()) {
      double old = sum.getOrDefault(e.getKey(), 0.0), now = old + e.getValue();
      sum.put(e.getKey(), now);
      if (e.getKey().startsWith("w:")) wordNorm2 += now * now - old * old;
    }
    // only a known day widens the span: a range says where the article may lie, not where the story went
    LocalDate d = day;
    if (d != null && (first == null || d.isBefore(first))) first = d;
    if (d != null && (last == null || d.isAfter(last))) last = d;
  }

  /**
   * Days between the article's possible dates {@code [lo, hi]} (either bound may be open) and this story's span:
   * 0 when they overlap, when the story has no dated article yet, or when the article has no bounds at all.
   */
  long gap(LocalDate lo, LocalDate hi) {
    if (first == null) return 0;
    if (hi != null && hi.isBefore(first)) return ChronoUnit.DAYS.between(hi, first);
    if (lo != null && lo.isAfter(last)) return ChronoUnit.DAYS.between(last, lo);
    return 0;
  }
}
