package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.dateline.model.Span;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/** A parsed sentence as a tree: heads, labelled children and token-range spans of subtrees. */
final class Tree {
  /** The sentence's position in the text. */
  final int index;
  final Sentence sentence;
  final List<Token> tokens;
  private final int[] head;
  private final String[] rel;
  private final List<List<Integer>> children;

  Tree(int index, Sentence sentence) {
    this.index = index;
    this.sentence = sentence;
    this.tokens = sentence.tokens();
    int n = tokens.size();
    head = new int[n];
    rel = new String[n];
    java.util.Arrays.fill(head, -2);
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) children.add(new ArrayList<>());
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() < 0 || d.dependent() >= n) continue;
      head[d.dependent()] = d.governor();
      rel[d.dependent()] = d.relation();
      if (d.governor() >= 0) children.get(d.governor()).add(d.dependent());
    }
  }

  int head(int i) {
    return head[i];
  }

  String rel(int i) {
    return rel[i] == null ? "" : rel[i];
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  /** The first child of {@code i} whose relation starts with one of {@code prefixes}, or -1. */
  int child(int i, String... prefixes) {
    for (int c : children.get(i))
      for (String p : prefixes)
        if (rel(c).equals(p) || rel(c).startsWith(p + ":")) return c;
    return -1;
  }

  boolean hasChild(int i, String... prefixes) {
    return child(i, prefixes) >= 0;
  }

  /** Lowest and highest token index of the subtree of {@code i}, skipping children (and their subtrees) that {@code cut} rejects. */
  int[] range(int i, IntPredicate keepChild) {
    int[] r = {i, i};
    extend(i, keepChild, r, 0);
    return r;
  }

  private void extend(int i, IntPredicate keep, int[] r, int depth) {
    if (depth > 200) return;
    for (int c : children.get(i)) {
      if (!keep.test(c)) continue;
      r[0] = Math.min(r[0], c);
      r[1] = Math.max(r[1], c);
      extend(c, keep, r, depth + 1);
    }
  }

  int[] range(int i) {
    return range(i, c -> true);
  }

  boolean inSubtree(int node, int root) {
    for (int k = 0, x = node; x >= 0 && k < 200; k++, x = head[x]) if (x == root) return true;
    return false;
  }

  /** Text span of tokens [first, last], with leading and trailing punctuation tokens dropped. */
  Span span(int first, int last) {
    while (first < last && punct(tokens.get(first))) first++;
    while (last > first && punct(tokens.get(last)) && !closesBracket(first, last)) last--;
    return new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
  }

  Span span(int[] range) {
    return span(range[0], range[1]);
  }

  private boolean closesBracket(int first, int last) {
    String w = tokens.get(last).word();
    if (w.equals(")") || w.equals("]")) {
      for (int k = first; k < last; k++) if (tokens.get(k).word().equals(w.equals(")") ? "(" : "[")) return true;
      return false;
    }
    if (w.equals("”") || w.equals("''") || w.equals("\"") || w.equals("’")) {
      // a closing quote mark stays when the span holds its opening mark
      int marks = 0;
      for (int k = first; k < last; k++) {
        String x = tokens.get(k).word();
        if (x.equals("“") || x.equals("``") || x.equals("\"") || x.equals("‘")) marks++;
      }
      return marks % 2 == 1;
    }
    return false;
  }

  /** The last token from {@code to} back to {@code from} that is not punctuation; {@code from} when none after it is. */
  int lastWord(int from, int to) {
    while (to > from && punct(tokens.get(to))) to--;
    return to;
  }

  /**
   * As {@link #lastWord}, passing over coordinating conjunctions too: where a range ends before what it is cut from
   * ("… the levy[, and] vowed …").
   */
  int lastWordBeforeJoin(int from, int to) {
    while (to > from && (punct(tokens.get(to)) || tokens.get(to).tag().equals("CC"))) to--;
    return to;
  }

  static boolean punct(Token t) {
    String w = t.word();
    return !w.isEmpty() && w.chars().noneMatch(Character::isLetterOrDigit) && !w.equals("%") && !w.equals("$");
  }
}
