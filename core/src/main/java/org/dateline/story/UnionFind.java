package org.dateline.story;

/** Disjoint sets over {@code 0..n-1}, each named by its smallest member (copies, merged statements). */
final class UnionFind {
  private final int[] parent;

  UnionFind(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
  }

  int find(int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }

  void union(int a, int b) {
    int x = find(a), y = find(b);
    if (x != y) parent[Math.max(x, y)] = Math.min(x, y);
  }
}
