package org.dateline.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Statement;

/**
 * Statements merged across articles: reports of one utterance by one speaker (or, unattributed, within one story)
 * within a time window, with equal words, one a fragment of the other, or a paraphrase across articles. A copy's
 * statements count once.
 */
final class StatementMerger {
  private final List<ArticleRecord> in;
  private final int n;
  private final int[] canonicalOf, storyOf;
  private final PeopleClusters people;
  private final int windowDays;

  StatementMerger(Corpus corpus, int[] canonicalOf, int[] storyOf, PeopleClusters people, int windowDays) {
    this.in = corpus.in;
    this.n = corpus.n;
    this.canonicalOf = canonicalOf;
    this.storyOf = storyOf;
    this.people = people;
    this.windowDays = windowDays;
  }

  record Ref(int no, int article, int index, Statement s, String speaker, LocalDate date, List<String> tokens,
      Set<String> stems) {}

  /** The merged statements of the corpus; {@code storyList} in the order of the grouping's stories. */
  List<Linking.MergedStatement> statements(List<Linking.Story> storyList) {
    Map<String, List<Ref>> buckets = new TreeMap<>();
    List<Ref> all = new ArrayList<>();
    // a copy's statements count once: the canonical article's first, then what only a copy carries
    Map<Integer, Set<List<String>>> seenInCopies = new HashMap<>();
    List<Integer> order = new ArrayList<>();
    for (int a = 0; a < n; a++) order.add(a);
    order.sort(Comparator.comparingInt((Integer a) -> canonicalOf[a] == a ? 0 : 1).thenComparing(a -> a));
    for (int a : order) {
      ArticleRecord r = in.get(a);
      Set<List<String>> seen = seenInCopies.computeIfAbsent(canonicalOf[a], k -> new HashSet<>());
      for (int i = 0; i < r.statements().size(); i++) {
        Statement s = r.statements().get(i);
        if (!seen.add(Words.tokens(s.text())) && canonicalOf[a] != a) continue;
        String speaker = s.speaker() == null ? null : people.globalId(a, s.speaker().id());
        LocalDate d = s.date() != null ? s.date() : Corpus.day(r);
        Ref ref = new Ref(all.size(), a, i, s, speaker, d, Words.tokens(s.text()), Words.stems(s.text()));
        all.add(ref);
        buckets.computeIfAbsent(speaker != null ? speaker : "?" + storyOf[a], k -> new ArrayList<>()).add(ref);
      }
    }
    UnionFind utterances = new UnionFind(all.size());
    for (var bucket : buckets.entrySet()) {
      boolean anonymous = bucket.getKey().startsWith("?");
      Map<String, List<Ref>> index = new HashMap<>();
      for (Ref r : bucket.getValue()) {
        Map<Integer, Integer> shared = new TreeMap<>();
        for (String st : r.stems()) for (Ref o : index.getOrDefault(st, List.of())) shared.merge(o.no(), 1, Integer::sum);
        for (var e : shared.entrySet()) {
          Ref o = all.get(e.getKey());
          if (utterances.find(o.no()) != utterances.find(r.no()) && same(r, o, e.getValue(), anonymous)) utterances.union(r.no(), o.no());
        }
        if (r.stems().isEmpty()) for (Ref o : bucket.getValue()) {
          if (o == r) break;
          if (same(r, o, 0, anonymous)) utterances.union(r.no(), o.no());
        }
        for (String st : r.stems()) index.computeIfAbsent(st, k -> new ArrayList<>()).add(r);
      }
    }
    Map<Integer, List<Ref>> groups = new LinkedHashMap<>();
    for (Ref r : all) groups.computeIfAbsent(utterances.find(r.no()), k -> new ArrayList<>()).add(r);
    Comparator<Ref> reported = Comparator.comparing(Ref::date, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingInt(Ref::article).thenComparingInt(Ref::index);
    List<Linking.MergedStatement> out = new ArrayList<>();
    for (List<Ref> g : groups.values()) {
      g.sort(reported);
      Ref first = g.get(0);
      Ref fullest = g.stream().max(Comparator.comparingInt((Ref r) -> r.tokens().size())
          .thenComparing(reported.reversed())).orElseThrow();
      List<Linking.Variant> variants = g.stream().map(r -> new Linking.Variant(in.get(r.article()).source(), r.index(),
          in.get(r.article()).outlet(), r.s().text(), r.s().spans(), r.date())).toList();
      ArticleRecord fa = in.get(first.article());
      out.add(new Linking.MergedStatement("st-" + Words.shortHash(fa.source() + "#" + first.index()),
          storyList.get(storyOf[first.article()]).id(), first.speaker(), fullest.s().kind().json(), fullest.s().text(),
          first.date(), fa.outlet() != null ? fa.outlet() : fa.source(), variants));
    }
    return out;
  }

  /** One utterance? Within the time window: equal words, a fragment contained in the other, or a paraphrase. */
  boolean same(Ref a, Ref b, int sharedStems, boolean anonymous) {
    if (a.date() != null && b.date() != null
        && Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) > windowDays) return false;
    if (a.tokens().equals(b.tokens())) return !a.tokens().isEmpty();
    Ref shorter = a.tokens().size() <= b.tokens().size() ? a : b, longer = shorter == a ? b : a;
    int minTokens = anonymous ? 6 : 4;
    if (shorter.tokens().size() >= minTokens) {
      Set<String> inLonger = new HashSet<>(longer.tokens());
      int hit = 0;
      for (String t : shorter.tokens()) if (inLonger.contains(t)) hit++;
      if (hit >= 0.9 * shorter.tokens().size()) return true;
    }
    // a paraphrase or another translation: only across articles and with a known speaker, since one speaker
    // says related things within one article
    if (anonymous || a.article() == b.article()) return false;
    int min = Math.min(a.stems().size(), b.stems().size());
    return sharedStems >= 4 && sharedStems >= 0.4 * min;
  }
}
