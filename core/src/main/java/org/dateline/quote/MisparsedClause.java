package org.dateline.quote;

/**
 * The clause a cue verb reports where the parse did not make it the verb's complement, in the three shapes parses of
 * "X believes Y is Z" take, tried in this order:
 * <ol>
 *   <li>the cue hung as the clausal subject of the clause's own predicate ("Supporters [believe] bigotry is
 *       acceptable": "believe" the csubj of "acceptable");</li>
 *   <li>the clause's subject taken as the cue's object and its predicate hung beside it ("experts suspect [those
 *       losses] were generated …", "a panel found [the country] was in breach");</li>
 *   <li>a complementizer "that" right after the cue with the clause hung anywhere ("Trump charges that countries …
 *       donated millions").</li>
 * </ol>
 * Each gives the token range of the clause, or null.
 */
final class MisparsedClause {
  private MisparsedClause() {}

  static int[] of(Tree tree, int i) {
    int[] r = subjectClause(tree, i);
    if (r == null) r = objectAndPredicate(tree, i);
    if (r == null) r = afterThat(tree, i);
    return r;
  }

  /** "Supporters believe bigotry is acceptable" parsed with "believe" as the csubj of "acceptable". */
  private static int[] subjectClause(Tree tree, int i) {
    int h = tree.head(i);
    if (!tree.rel(i).startsWith("csubj") || h <= i + 1 || tree.child(i, "nsubj") < 0) return null;
    int[] r = {i + 1, tree.range(h)[1]};
    return ContentBounds.hasVerb(tree, r) ? r : null;
  }

  /** "experts suspect those losses were generated …": the object and the predicate the parse hangs after it. */
  private static int[] objectAndPredicate(Tree tree, int i) {
    int o = tree.child(i, "obj");
    // ("told reporters the deal was dead": a listener is no subject of what was said)
    if (o <= i || Lexicon.LISTENER_VERBS.contains(Lexicon.lemma(tree.tokens.get(i)))) return null;
    for (int d : tree.children(i)) {
      if (d <= o || !tree.rel(d).equals("dep")) continue;
      if (tree.tokens.get(d).tag().startsWith("VB") || tree.hasChild(d, "cop", "aux")) return new int[] {tree.range(o)[0], tree.range(d)[1]};
    }
    return null;
  }

  /** "charges that countries … donated millions": a "that" opening a clause right after the cue, however parsed. */
  private static int[] afterThat(Tree tree, int i) {
    int n = tree.tokens.size();
    if (i + 2 >= n || !tree.tokens.get(i + 1).word().equalsIgnoreCase("that") || !tree.tokens.get(i + 1).tag().equals("IN")) return null;
    int last = tree.lastWord(i + 1, n - 1);
    int[] r = {i + 1, last};
    return last > i + 2 && ContentBounds.hasVerb(tree, new int[] {i + 2, last}) ? r : null;
  }
}
