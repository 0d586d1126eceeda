package org.dateline.quote;

import java.util.List;
import java.util.function.IntPredicate;
import org.dateline.model.Span;
import org.dateline.nlp.Token;

/**
 * How much of a speaker's noun phrase is the speaker mention: titles, appositives and identifying relative clauses
 * describe the source and stay; what the source was doing or how it was (a participle, an adjective or an adverb set
 * off by commas, a parenthetical, an opening phrase) is no part of who it is.
 */
final class SpeakerPhrases {
  private SpeakerPhrases() {}

  /**
   * "Rep. Jo Lind (D-Ore.), the head of the caucus, said": a title or description set off by commas between the
   * subject and its verb belongs to the source even when the parse (often thrown by the parenthesis) hangs it
   * elsewhere; an unclosed parenthesis in the subject is closed.
   */
  static void appositiveBeforeVerb(Tree tree, int[] r, int verb) {
    List<Token> ts = tree.tokens;
    int open = 0;
    for (int k = r[0]; k <= r[1]; k++) open += ts.get(k).word().equals("(") ? 1 : ts.get(k).word().equals(")") ? -1 : 0;
    while (open > 0 && r[1] + 1 < verb) {
      r[1]++;
      String w = ts.get(r[1]).word();
      if (w.equals(")")) open--;
    }
    int c = r[1] + 1;
    if (c + 2 >= verb || !ts.get(c).word().equals(",") || !ts.get(verb - 1).word().equals(",") || verb - c > 20) return;
    String tag = ts.get(c + 1).tag();
    if (!(tag.startsWith("NN") || tag.equals("DT") || tag.startsWith("JJ") || tag.equals("PRP$") || tag.equals("CD"))) return;
    for (int k = c + 1; k < verb - 1; k++) if (ts.get(k).word().equals(",") && k + 1 < verb && ts.get(k + 1).tag().startsWith("VB")) return;
    r[1] = verb - 2;
  }

  /**
   * "Speaking at a rally in Vestra, Marek said …", "Asked about the talks, the envoy said …": an opening participle,
   * prepositional or adjective phrase set off by a comma says what the speaker was doing, not who it is, though the
   * parse may hang it on the subject or take it for the subject itself: the mention starts after the last comma
   * (before the subject's head) that a name or pronoun follows, else the last that a noun follows.
   */
  static void dropOpening(Tree tree, int[] r, int head) {
    List<Token> ts = tree.tokens;
    String tag = ts.get(r[0]).tag();
    // (or a time: "Tuesday on a radio show, while discussing the levy, the Speaker said …")
    boolean opening = tag.equals("VBG") || tag.equals("VBN") || tag.equals("IN") || tag.startsWith("RB")
        || Speakers.timeWord(ts.get(r[0]))
        || tag.equals("JJ") && r[0] + 1 <= r[1] && (ts.get(r[0] + 1).tag().equals("IN") || ts.get(r[0] + 1).tag().equals("TO"));
    if (!opening) return;
    int limit = head > r[0] ? head : r[1] + 1;
    if (!dropOpening(ts, r, limit) && limit <= r[1]) {
      // "Citing local outlets, the Norvane Press reports …": the parse may take the opening's noun for the head and
      // the speaker for its appositive; the speaker then follows the opening's comma, after the head
      dropOpening(ts, r, r[1] + 1);
    }
  }

  /** Drops the opening before the last comma before {@code limit}; whether there was one. */
  private static boolean dropOpening(List<Token> ts, int[] r, int limit) {
    int byNoun = -1;
    for (int k = limit - 1; k > r[0]; k--) {
      if (!ts.get(k).word().equals(",")) continue;
      boolean named = false, noun = false;
      for (int j = k + 1; j <= r[1]; j++) {
        named |= ts.get(j).ner().equals("PERSON") || ts.get(j).tag().equals("PRP");
        noun |= ts.get(j).tag().startsWith("NN");
      }
      if (named) {
        r[0] = k + 1;
        return true;
      }
      if (noun && byNoun < 0) byNoun = k;
    }
    if (byNoun >= 0) r[0] = byNoun + 1;
    return byNoun >= 0;
  }

  /**
   * The subject {@code subj} of another cue as a speaker mention, without relative clauses, participles,
   * parentheticals or an opening phrase ("Speaking in Salem, Marren went after Holm, calling him …").
   */
  static Span speakerPhrase(Tree tree, int subj) {
    int[] r = describedRange(tree, subj, k -> tree.rel(k).startsWith("acl:relcl") || tree.rel(k).equals("parataxis") || commaParticiple(tree, k));
    dropOpening(tree, r, subj);
    return tree.span(r);
  }

  /**
   * Token range of noun phrase {@code head} without the children {@code drop} rejects, nor the punctuation after the
   * first one dropped: the comma that closes a dropped participle hangs on the head and would stretch the range back
   * over it ("Obama, dedicating the museum, said").
   */
  static int[] describedRange(Tree tree, int head, IntPredicate drop) {
    int[] cut = {Integer.MAX_VALUE};
    tree.range(head, k -> {
      if (!drop.test(k)) return true;
      cut[0] = Math.min(cut[0], tree.range(k)[0]);
      return false;
    });
    return tree.range(head, k -> !drop.test(k) && !(k > cut[0] && tree.rel(k).equals("punct")));
  }

  /**
   * Children of a speaker's noun phrase that say what the speaker did rather than who it is: parentheticals, participles
   * set off by commas and relative clauses that are statements of their own ("Kamin, who stressed that …").
   */
  static boolean notDescription(Tree tree, int k) {
    return tree.rel(k).equals("parataxis") || commaParticiple(tree, k)
        || tree.rel(k).startsWith("acl:relcl") && Lexicon.verbCue(Lexicon.lemma(tree.tokens.get(k))) && tree.hasChild(k, "ccomp");
  }

  /**
   * A participle, adjective or adverb set off by a comma tells what the source was doing or how it was, not who it is
   * ("Lind, speaking at the rally, said"; "said Lind, summing up the talks"; "Holm, eager all evening to jab the
   * senators, attacked …"; "Susan, clad in a red cape, said"; "he, once again, pledged"), however the parse labels it.
   * A noun after the comma is an appositive that says who ("Hill, a doctor,"; "Lind, 58,").
   */
  private static boolean commaParticiple(Tree tree, int k) {
    String rel = tree.rel(k);
    // (an adjective before its noun, after an opening comma, is the noun's: "On Monday, former President …", "elected
    // officials")
    boolean after = k > tree.head(k);
    boolean modifier = (rel.equals("amod") || rel.equals("advmod")) && after;
    if (!(rel.startsWith("acl") || rel.equals("appos") || rel.equals("dep") || modifier)) return false;
    int first = tree.range(k)[0];
    if (first == 0 || first > k || !tree.tokens.get(first - 1).word().equals(",")) return false;
    String tag = tree.tokens.get(k).tag();
    boolean state = after && (first == k && tag.startsWith("JJ") || tag.startsWith("RB") && tree.tokens.get(first).tag().startsWith("RB"));
    // ("summing up the talks" parsed as a noun phrase; not "managing director", "retired general"; "once again")
    return state || first == k && Lexicon.PARTICIPLES.contains(tag)
        || tree.tokens.get(first).tag().equals("VBG") && tree.hasChild(first, "compound:prt", "obj", "obl", "advmod", "xcomp", "ccomp");
  }
}
