package org.dateline.quote;

import java.util.List;
import org.dateline.model.Span;
import org.dateline.nlp.Token;

/**
 * "Varga is widely seen as the favourite", "Holm is best known as a ferry captain", "Marek was dubbed the harbour
 * king": a verb of naming or judging in the passive says what its subject is taken for. The content is the subject
 * and the judgement after the verb ("as the favourite", "the harbour
 * king"); the speaker is the "by" phrase, or no one. Verbs that take what was said as their object are {@link
 * PassiveObject}'s, tried before. Takes the token when it finds a statement.
 */
final class JudgedAs implements TokenRule {
  @Override
  public boolean apply(Context c, Findings f, Tree tree, int i) {
    Token t = tree.tokens.get(i);
    if (!t.tag().equals("VBN") || !Lexicon.JUDGED_AS.contains(Lexicon.lemma(t))) return false;
    int judged = judgement(tree, i);
    if (judged < 0) return false;
    // (a participle on a noun, "the contests known as …", is left alone: parses hang it on the wrong noun)
    int subj = tree.child(i, "nsubj:pass");
    if (!tree.hasChild(i, "aux:pass") || subj < 0 || subj > i || Lexicon.EXPLETIVES.contains(Lexicon.lower(tree.tokens.get(subj)))) return false;
    int[] who = tree.range(subj, k -> ContentBounds.keepInContent(tree, k));
    if (who[1] >= i) return false;
    int[] as = tree.range(judged, k -> ContentBounds.keepInContent(tree, k));
    if (as[0] <= i) return false;
    f.report(c, tree.index, i, List.of(tree.span(who), tree.span(as)), t.span(), RaisedSubject.agent(tree, i));
    return true;
  }

  /** The judgement after verb {@code i}: an "as" phrase or clause, or a bare predicate ("dubbed the harbour king"); -1 when none. */
  private static int judgement(Tree tree, int i) {
    for (int d : tree.children(i)) {
      if (d < i) continue;
      String rel = tree.rel(d);
      if (rel.equals("xcomp") && !Lexicon.verb(tree.tokens.get(d))) return d;
      // ("was dubbed the harbour king": the parse takes the name for the object)
      if (rel.equals("obj") && Lexicon.NAMING.contains(Lexicon.lemma(tree.tokens.get(i)))) return d;
      if (!rel.startsWith("obl") && !rel.startsWith("advcl") && !rel.equals("xcomp")) continue;
      int cs = tree.child(d, "case", "mark");
      if (cs >= 0 && Lexicon.lower(tree.tokens.get(cs)).equals("as")) return d;
    }
    return -1;
  }
}
