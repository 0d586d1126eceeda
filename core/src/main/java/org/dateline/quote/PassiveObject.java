package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Span;
import org.dateline.nlp.Token;

/**
 * "The plan was rejected by the council", "Marek was criticized by his rivals for skipping the vote": a verb that
 * takes what was said as its object ({@link Lexicon#OBJECT_CONTENT}) in the passive makes that object its subject.
 * The content is the subject, with the judgement the parse hangs on the verb after it ("for skipping the vote", "as
 * a traitor", "to step down"); the speaker is the "by" phrase, or no one. Verbs whose passive subject is the one
 * spoken to ("was asked", "was urged") are left out. Takes the token when it finds a statement.
 */
final class PassiveObject implements TokenRule {
  @Override
  public boolean apply(Context c, Findings f, Tree tree, int i) {
    Token t = tree.tokens.get(i);
    String lemma = Lexicon.lemma(t);
    if (!t.tag().equals("VBN") || !Lexicon.OBJECT_CONTENT.contains(lemma) || Lexicon.SPOKEN_TO.contains(lemma)
        || Lexicon.LISTENER_VERBS.contains(lemma) || !tree.hasChild(i, "aux:pass")) return false;
    int subj = tree.child(i, "nsubj:pass");
    if (subj < 0 || subj > i || Lexicon.EXPLETIVES.contains(Lexicon.lower(tree.tokens.get(subj)))) return false;
    int[] who = tree.range(subj, k -> ContentBounds.keepInContent(tree, k));
    if (who[1] >= i) return false;
    List<Span> pieces = new ArrayList<>();
    pieces.add(tree.span(who));
    for (int d : tree.children(i)) {
      if (d < i) continue;
      boolean judgement = tree.rel(d).equals("xcomp");
      if (tree.rel(d).startsWith("obl") || tree.rel(d).startsWith("advcl")) {
        int cs = tree.child(d, "case", "mark");
        judgement = cs >= 0 && Lexicon.JUDGEMENT_PREPOSITIONS.contains(Lexicon.lower(tree.tokens.get(cs)));
      }
      if (judgement) pieces.add(tree.span(tree.range(d)));
    }
    f.report(c, tree.index, i, pieces, t.span(), RaisedSubject.agent(tree, i));
    return true;
  }
}
