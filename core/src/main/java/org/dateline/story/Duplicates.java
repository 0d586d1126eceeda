package org.dateline.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Near-duplicates of a corpus: equal words, or an estimated Jaccard of 5-word shingles (MinHash, banded) at least
 * {@code threshold}. Each article's canonical copy is the earliest of its set.
 */
final class Duplicates {
  /** For each article the index of its canonical copy (itself when it has none earlier). */
  final int[] canonicalOf;
  final List<Linking.DuplicateSet> sets = new ArrayList<>();

  Duplicates(Corpus corpus, double threshold) {
    int n = corpus.n;
    canonicalOf = new int[n];
    UnionFind copies = new UnionFind(n);
    Map<String, Integer> exact = new HashMap<>();
    Map<Long, List<Integer>> buckets = new HashMap<>();
    long[][] sigs = new long[n][];
    for (int i = 0; i < n; i++) {
      List<String> t = corpus.tokens.get(i);
      if (t.size() < 8) continue; // an empty or one-line body says nothing about being a copy
      Integer j = exact.putIfAbsent(String.join(" ", t), i);
      if (j != null) {
        copies.union(i, j);
        continue;
      }
      long[] sig = sigs[i] = MinHash.signature(t);
      if (sig == null) continue;
      Set<Integer> seen = new HashSet<>();
      for (int b = 0; b < MinHash.BANDS; b++) {
        List<Integer> bucket = buckets.computeIfAbsent(MinHash.band(sig, b), k -> new ArrayList<>(2));
        for (int k : bucket)
          if (seen.add(k) && copies.find(k) != copies.find(i) && MinHash.similarity(sig, sigs[k]) >= threshold)
            copies.union(i, k);
        bucket.add(i);
      }
    }
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < n; i++) groups.computeIfAbsent(copies.find(i), k -> new ArrayList<>()).add(i);
    for (List<Integer> g : groups.values()) {
      g.sort(corpus.byDate());
      for (int i : g) canonicalOf[i] = g.get(0);
      if (g.size() > 1)
        sets.add(new Linking.DuplicateSet(corpus.get(g.get(0)).source(), g.stream().map(i -> corpus.get(i).source()).toList()));
    }
    sets.sort(Comparator.comparing(Linking.DuplicateSet::canonical));
  }
}
