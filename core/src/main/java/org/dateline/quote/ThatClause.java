package org.dateline.quote;

import org.dateline.nlp.Token;

/**
 * Any verb or adjective of a person or body with a "that" clause is an attribution of a view ("are afraid that",
 * "made clear that"), when its subject is a name, a personal pronoun or a plural of people.
 */
final class ThatClause implements TokenRule {
  @Override
  public boolean apply(Context c, Findings f, Tree tree, int i) {
    Token t = tree.tokens.get(i);
    if (!(Lexicon.verb(t) || t.tag().startsWith("JJ")) || Lexicon.lemma(t).equals("be")) return false;
    int cc = tree.child(i, "ccomp");
    if (cc < i) return false;
    int mark = tree.child(cc, "mark");
    if (mark < 0 || !tree.tokens.get(mark).word().equalsIgnoreCase("that")) return false;
    int subj = tree.child(i, "nsubj");
    if (subj < 0) return false;
    if (!human(tree.tokens.get(subj))) return false;
    int[] r = tree.range(cc, k -> ContentBounds.keepInContent(tree, k));
    ContentBounds.toSentenceEnd(tree, i, r);
    ContentTails.trim(c, tree, r, false);
    f.report(c, tree.index, i, tree.span(r), t.span(), Speakers.subject(c, f, tree, i));
    return false; // (a noun rule may still read the same token)
  }

  /**
   * Whether a subject's head can hold a view: a name of a person or organisation, a personal pronoun, or a plural
   * (of people or of a party: "some Democrats are concerned that …").
   */
  static boolean human(Token head) {
    return Lexicon.HUMAN_PRONOUNS.contains(Lexicon.lower(head)) || head.tag().equals("NNS") || head.tag().equals("NNPS")
        || head.ner().equals("PERSON") || head.ner().equals("ORGANIZATION");
  }
}
