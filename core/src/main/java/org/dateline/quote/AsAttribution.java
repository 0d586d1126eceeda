package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Span;
import org.dateline.nlp.Token;

/**
 * "As the survey showed, turnout fell", "…, as one adviser pointed out.", "As Varga put it, the levy is a trap": a
 * speech verb in an "as" clause with its own subject and no clause of its own attributes the clause it hangs on,
 * without the "as" clause. Takes the cue when it finds the shape.
 */
final class AsAttribution implements TokenRule {
  @Override
  public boolean apply(Context c, Findings f, Tree tree, int i) {
    Token t = tree.tokens.get(i);
    String lemma = Lexicon.lemma(t);
    if (!Lexicon.verb(t) || !tree.rel(i).startsWith("advcl") || !reportsAs(tree, i, lemma)) return false;
    int as = tree.child(i, "mark"), subj = tree.child(i, "nsubj"), h = tree.head(i);
    int[] own = tree.range(i);
    if (as < 0 || as != own[0] || !Lexicon.lower(tree.tokens.get(as)).equals("as") || subj < 0 || subj > i || h < 0) return false;
    if (tree.hasChild(i, "ccomp") || tree.hasChild(i, "xcomp")) return false; // "as he said he would": a clause of its own
    int[] whole = tree.range(h);
    List<Span> pieces = new ArrayList<>(2);
    if (own[0] - 1 >= whole[0]) piece(tree, whole[0], own[0] - 1, pieces);
    if (own[1] + 1 <= whole[1]) piece(tree, own[1] + 1, whole[1], pieces);
    if (pieces.isEmpty()) return false;
    f.report(c, tree.index, i, pieces, t.span(), tree.span(tree.range(subj)));
    return true;
  }

  /** Whether verb {@code lemma} reports in an "as" clause: a "say" verb, a finding, "put it", "pointed out". */
  private static boolean reportsAs(Tree tree, int i, String lemma) {
    int o = tree.child(i, "obj");
    if (lemma.equals("put")) return o > i && Lexicon.lower(tree.tokens.get(o)).equals("it");
    if (lemma.equals("point")) return i + 1 < tree.tokens.size() && Lexicon.lower(tree.tokens.get(i + 1)).equals("out") && o < 0;
    boolean reports = Lexicon.SAY_LIKE.contains(lemma) || Lexicon.EVIDENCE_VERBS.contains(lemma) || lemma.equals("observe");
    // ("as Varga told reporters": the listener is the only object a report in an "as" clause takes)
    return reports && (o < 0 || Lexicon.LISTENER_VERBS.contains(lemma));
  }

  /**
   * Adds tokens [from, to] as a piece when words are left once the punctuation around them and a connective opening
   * them ("But …") are gone.
   */
  private static void piece(Tree tree, int from, int to, List<Span> pieces) {
    while (from < to && (Tree.punct(tree.tokens.get(from)) || Lexicon.CONNECTIVES.contains(Lexicon.lower(tree.tokens.get(from))))) from++;
    to = tree.lastWord(from, to);
    if (!Tree.punct(tree.tokens.get(from))) pieces.add(tree.span(from, to));
  }
}
