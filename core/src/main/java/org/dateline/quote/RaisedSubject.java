package org.dateline.quote;

import java.util.List;
import org.dateline.model.Span;
import org.dateline.nlp.Token;

/**
 * "Sanders is expected to win", "the race appears closer", "the plan seemed to stall": a raising verb, or a verb of
 * belief or report in the passive, says something of its subject on no one's word but the reporter's. The content
 * is the subject and the complement ("Sanders // to win"), the cue verb between them; there is no speaker unless a
 * "by" phrase names one ("is expected by analysts to …"), or the complement is a speech or belief verb ("seemed to
 * recognize", "appeared to suggest"): then the subject speaks. An expletive subject ("It seems that …") is no part
 * of the content and is left to the other rules. Takes the token when it finds a statement.
 */
final class RaisedSubject implements TokenRule {
  @Override
  public boolean apply(Context c, Findings f, Tree tree, int i) {
    Token t = tree.tokens.get(i);
    if (!Lexicon.verb(t)) return false;
    String lemma = Lexicon.lemma(t);
    boolean passive = tree.hasChild(i, "aux:pass");
    if (!(Lexicon.RAISING_ACTIVE.contains(lemma) && !passive || Lexicon.RAISING_PASSIVE.contains(lemma) && passive)) return false;
    int subj = tree.child(i, passive ? "nsubj:pass" : "nsubj");
    if (subj < 0 || subj > i || Lexicon.EXPLETIVES.contains(Lexicon.lower(tree.tokens.get(subj)))) return false;
    int x = complement(tree, i);
    if (x < 0) return false;
    // the complement, without a conjoined clause of its own ("appears fragile and both armies are digging in"), and
    // the phrases the parse hangs on the cue after it ("seemed to soften her stance [during the meeting]")
    int[] said = tree.range(x, k -> ContentBounds.keepInContent(tree, k) && !(tree.rel(k).equals("conj") && tree.hasChild(k, "nsubj")));
    said[0] = Math.max(said[0], i + 1);
    for (int d : tree.children(i)) if (d > said[1] && Lexicon.CUE_TAILS.contains(tree.rel(d)) && ContentBounds.keepInContent(tree, d)) said[1] = Math.max(said[1], tree.range(d)[1]);
    int[] who = tree.range(subj);
    // ("PORTVALE (Reuters) - Valdoria's parliament is expected …": the parse may hang the dateline on the subject)
    for (int k = who[0]; k < subj; k++) if (Lexicon.DASHES.contains(tree.tokens.get(k).word()) || tree.tokens.get(k).word().equals("-")) who[0] = k + 1;
    if (said[1] <= said[0] && !Lexicon.verb(tree.tokens.get(said[0])) || who[1] >= i) return false;
    Span agent = agent(tree, i);
    Token verb = tree.tokens.get(x);
    if (!passive && verb.tag().equals("VB") && Lexicon.verbCue(Lexicon.lemma(verb)) && said[1] > x) {
      // "She appeared to suggest that …", "Renn himself seemed to recognize the stakes": a speech or belief verb for
      // complement says what the subject said or holds; the subject speaks (as PolNeAR marks it, without an
      // emphatic "himself"), the cue runs to that verb, and the content is what follows it. (Not "is expected to
      // speak", "are expected to support", which PolNeAR leaves to no one.)
      int[] named = tree.range(subj, k -> !Lexicon.lower(tree.tokens.get(k)).matches(".+sel(f|ves)") && !occasion(tree, k));
      named[0] = Math.max(named[0], who[0]);
      f.report(c, tree.index, i, List.of(tree.span(x + 1, said[1])), new Span(t.span().start(), verb.span().end()), tree.span(named));
      return true;
    }
    f.report(c, tree.index, i, List.of(tree.span(who), tree.span(said)), t.span(), agent);
    return true;
  }

  /**
   * The verb's complement after it: an infinitive, or a predicate ("appears closer", "seemed a long shot", "are
   * considered unclean", "is seen as a rival"); -1 when there is none.
   */
  private static int complement(Tree tree, int i) {
    int x = tree.child(i, "xcomp");
    if (x <= i) return -1;
    int mark = tree.child(x, "mark");
    if (mark >= 0 && tree.tokens.get(mark).word().equalsIgnoreCase("to")) return x;
    // "was seen leaving the building" is what someone saw, not a view of the subject
    return Lexicon.verb(tree.tokens.get(x)) ? -1 : x;
  }

  /**
   * Whether a word the parse hangs on a subject tells when or where rather than who: a time noun ("[Last week] Marek
   * …") or a prepositional phrase other than "of" ("Marek [in a televised interview] appeared to …").
   */
  private static boolean occasion(Tree tree, int k) {
    if (Lexicon.TIME_NOUNS.contains(Lexicon.lemma(tree.tokens.get(k)))) return true;
    int cs = tree.rel(k).equals("nmod") ? tree.child(k, "case") : -1;
    return cs >= 0 && !Lexicon.lower(tree.tokens.get(cs)).equals("of");
  }

  /** The "by" phrase of a passive cue ("is expected by analysts to …"), or null. */
  static Span agent(Tree tree, int i) {
    for (int k : tree.children(i)) {
      if (!tree.rel(k).startsWith("obl")) continue;
      int cs = tree.child(k, "case");
      // (without a relative clause on the agent: "by the captain Mara Quell, who said …" names the captain)
      if (cs >= 0 && cs < k && tree.tokens.get(cs).word().equalsIgnoreCase("by"))
        return tree.span(cs + 1, tree.range(k, d -> !tree.rel(d).equals("acl:relcl"))[1]);
    }
    return null;
  }
}
