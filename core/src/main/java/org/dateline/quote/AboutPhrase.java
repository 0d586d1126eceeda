package org.dateline.quote;

import org.dateline.nlp.Token;

/**
 * Any verb or adjective of a person or body with an "about" phrase is an attribution of what was said or felt
 * about it ("fretted about the levy", "was upbeat about her chances"): "about" after a verb or adjective names the
 * topic of speech or of a view far more often than anything else. The subject must be one that can hold a view
 * (as for {@link ThatClause}); the content is what "about" opens.
 */
final class AboutPhrase implements TokenRule {
  @Override
  public boolean apply(Context c, Findings f, Tree tree, int i) {
    Token t = tree.tokens.get(i);
    if (!(Lexicon.verb(t) || t.tag().startsWith("JJ")) || Lexicon.lemma(t).equals("be")) return false;
    int topic = topic(tree, i);
    if (topic < 0) return false;
    int subj = tree.child(i, "nsubj");
    if (subj < 0 || !ThatClause.human(tree.tokens.get(subj))) return false;
    int[] r = tree.range(topic);
    r[0] = tree.child(topic, "case") + 1;
    if (r[0] > r[1]) return false;
    ContentTails.trim(c, tree, r, true);
    f.report(c, tree.index, i, tree.span(r), t.span(), Speakers.subject(c, f, tree, i));
    return false; // (a noun rule may still read the same token)
  }

  /** The phrase after token {@code i} that "about" opens, hung on it; -1 when it has none. */
  private static int topic(Tree tree, int i) {
    for (int k : tree.children(i)) {
      if (k < i || !tree.rel(k).startsWith("obl")) continue;
      int cs = tree.child(k, "case");
      if (cs > i && Lexicon.lower(tree.tokens.get(cs)).equals("about")) return k;
    }
    return -1;
  }
}
