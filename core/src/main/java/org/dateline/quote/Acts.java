package org.dateline.quote;

import org.dateline.model.Statement;
import org.dateline.nlp.Token;

/**
 * What act a statement of reported speech reports, read off its cue once the content is found. The rules, tried in
 * this order, the first that holds deciding:
 * <ol>
 *   <li>asked: a question put to the speaker ("was asked whether …", "when asked about …"), not their words;
 *   <li>negated: a speech verb denied or declined ("did not say how …", "declined to say whether …"): nothing was
 *       said;
 *   <li>stance: support, refusal, intention, belief or expectation ("backs", "refuses to", "plans to", "maintains
 *       that", "is expected to", "Smith's support for"), a position rather than words ("criticism of" stays speech);
 *   <li>else the kind the rule found (indirect, or partial over a quoted passage).
 * </ol>
 * A negated belief ("does not think that …") stays a stance: it is a belief that not, not a silence.
 */
final class Acts {
  private Acts() {}

  static Statement.Kind of(Tree tree, int cue, Statement.Kind found) {
    Token t = tree.tokens.get(cue);
    String lemma = Lexicon.lemma(t);
    if (asked(tree, cue, lemma)) return Statement.Kind.ASKED;
    if (negated(tree, cue, lemma)) return Statement.Kind.NEGATED;
    if (stance(tree, cue, t, lemma)) return Statement.Kind.STANCE;
    return found;
  }

  /** "was asked whether": the passive ask; "when asked, …" / "asked about it, …": the bare participle on another verb. */
  private static boolean asked(Tree tree, int cue, String lemma) {
    if (!lemma.equals("ask") || !Lexicon.verb(tree.tokens.get(cue))) return false;
    if (tree.hasChild(cue, "aux:pass", "nsubj:pass")) return true;
    // (a parse may hang a sentence-opening "Asked if …," on the main verb as anything: "discourse", "dep")
    boolean opens = true;
    for (int k = 0; k < cue; k++) opens &= Tree.punct(tree.tokens.get(k)) || Lexicon.lower(tree.tokens.get(k)).equals("when");
    return (tree.tokens.get(cue).tag().equals("VBN") && tree.rel(cue).startsWith("advcl") || opens) && !tree.hasChild(cue, "nsubj", "aux");
  }

  /**
   * A speech verb with a negation of its own ("did not say", "never told"), or one a refusal governs ("declined to
   * say", "refused to comment"), or that refusal itself when what it refuses is speech.
   */
  private static boolean negated(Tree tree, int cue, String lemma) {
    if (!Lexicon.verb(tree.tokens.get(cue))) return false;
    if (Lexicon.REFUSALS.contains(lemma)) {
      int x = tree.child(cue, "xcomp");
      return x > cue && Lexicon.verb(tree.tokens.get(x)) && speech(Lexicon.lemma(tree.tokens.get(x)));
    }
    if (!speech(lemma)) return false;
    for (int k : tree.children(cue))
      if (Lexicon.NEGATIONS.contains(Lexicon.lower(tree.tokens.get(k))) && (tree.rel(k).startsWith("advmod") || tree.rel(k).equals("neg")))
        return true;
    int h = tree.head(cue);
    return h >= 0 && tree.rel(cue).startsWith("xcomp") && Lexicon.REFUSALS.contains(Lexicon.lemma(tree.tokens.get(h)));
  }

  /** A speech verb that is not also a stance verb: the verbs whose negation is silence. */
  private static boolean speech(String lemma) {
    return Lexicon.SPEECH.contains(lemma) && !Lexicon.STANCE_VERBS.contains(lemma);
  }

  /** A stance verb, a verb of belief or intent that is no speech verb, an adjective of a view, or a stance noun. */
  private static boolean stance(Tree tree, int cue, Token t, String lemma) {
    if (t.tag().startsWith("NN"))
      return Lexicon.HELD_STANCE_NOUNS.contains(lemma) || Lexicon.STANCE_CLAUSE_NOUNS.contains(lemma) || Lexicon.HOLDER_NOUNS.contains(lemma)
          || Lexicon.SUPPORT_PHRASE_NOUNS.contains(lemma);
    if (t.tag().startsWith("JJ")) return true; // "are afraid that", "is confident that"
    if (!Lexicon.verb(t)) return false;
    return Lexicon.STANCE_VERBS.contains(lemma) || Lexicon.COGNITION.contains(lemma) && !Lexicon.SPEECH.contains(lemma);
  }
}
