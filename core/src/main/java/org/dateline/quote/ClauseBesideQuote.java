package org.dateline.quote;

import org.dateline.nlp.Token;

/**
 * "Carson noted that Saturday would have been Reagan's birthday and quoted his “eleventh commandment”: “…”": a cue
 * verb that a direct quote has taken as its cue may still report a "that" clause of its own outside the quote; the
 * clause is content, without the parts of it that hold the quote. Tried only on cues a direct quote took, which the
 * other token rules skip.
 */
final class ClauseBesideQuote implements TokenRule {
  @Override
  public boolean apply(Context c, Findings f, Tree tree, int i) {
    Token t = tree.tokens.get(i);
    if (!Lexicon.verb(t) || !Lexicon.verbCue(Lexicon.lemma(t))) return false;
    int cc = tree.child(i, "ccomp");
    if (cc <= i || quoted(c, tree, cc)) return false;
    int mark = tree.child(cc, "mark");
    if (mark < 0 || !tree.tokens.get(mark).word().equalsIgnoreCase("that")) return false;
    // the clause up to the first of its words that lies in a part holding a quote ("… and quoted his “eleventh
    // commandment” -- “…”")
    boolean[] kept = new boolean[tree.tokens.size()];
    keep(c, tree, cc, kept);
    int[] r = {tree.range(cc)[0], cc};
    if (!kept[r[0]]) return false;
    while (r[1] + 1 < kept.length && kept[r[1] + 1]) r[1]++;
    r[1] = tree.lastWordBeforeJoin(r[0], r[1]);
    if (r[1] - r[0] < 2) return false;
    f.report(c, tree.index, i, tree.span(r), t.span(), Speakers.sourceOf(c, f, tree.index, i));
    return true;
  }

  private static boolean quoted(Context c, Tree tree, int k) {
    return c.insideAnyQuote(tree.tokens.get(k).span().start());
  }

  /** Marks {@code k} and its subtree as content, leaving out the children whose subtrees hold a quote. */
  private static void keep(Context c, Tree tree, int k, boolean[] kept) {
    kept[k] = true;
    for (int d : tree.children(k)) if (ContentBounds.keepInContent(tree, d) && !holdsQuote(c, tree, d)) keep(c, tree, d, kept);
  }

  /** Whether the subtree of {@code k} holds a token inside quote marks. */
  private static boolean holdsQuote(Context c, Tree tree, int k) {
    int[] r = tree.range(k);
    for (int j = r[0]; j <= r[1]; j++) if (quoted(c, tree, j)) return true;
    return false;
  }
}
