package org.dateline.quote;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.dateline.model.Span;
import org.dateline.nlp.Entity;
import org.dateline.nlp.Token;

/**
 * How much of a speaker's noun phrase is the speaker mention: titles, appositives and identifying relative clauses
 * describe the source and stay; what the source was doing or how it was (a participle, an adjective or an adverb set
 * off by commas, a parenthetical, an opening phrase) is no part of who it is.
 */
final class SpeakerPhrases {
  private SpeakerPhrases() {}

  /**
   * The mention of subject {@code subj} of verb {@code verb} (cue {@code cue}, or the verb above it), token range
   * {@code r} of its noun phrase: the parse's misplaced pieces first put back (an appositive or a description it hangs
   * elsewhere), then what precedes the source cut off.
   */
  static void ofSubject(Tree tree, int[] r, int subj, int verb, int cue) {
    appositiveBeforeVerb(tree, r, verb);
    dropOpening(tree, r, subj);
    looseDescription(tree, r, verb);
    participleTakenForVerb(tree, r, verb, cue);
  }

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
   * "Ostrian presidential hopefuls Ada Pell and Jonas Tull say …": a description right before the subject's name (a
   * noun with its adjectives, nothing else) says who the source is, though the parse may hang it on the verb as a
   * loose dependent instead of on the name; it starts the mention when it starts the clause (the sentence's start, or
   * after a comma or a quote mark).
   */
  private static void looseDescription(Tree tree, int[] r, int verb) {
    List<Token> ts = tree.tokens;
    int noun = r[0] - 1;
    if (noun < 0 || !ts.get(noun).tag().matches("NNS?") || !tree.rel(noun).equals("dep") || tree.head(noun) != verb) return;
    int[] d = tree.range(noun);
    if (d[1] != noun) return;
    for (int k = d[0]; k < noun; k++) if (!DESCRIPTION_TAGS.contains(ts.get(k).tag())) return;
    if (d[0] > 0 && !Tree.punct(ts.get(d[0] - 1))) return;
    r[0] = d[0];
  }

  /** Parts of speech of the words of a bare description before its noun ("Republican vice-presidential", "Daily Show"). */
  private static final Set<String> DESCRIPTION_TAGS = Set.of("JJ", "NN", "NNS", "NNP", "NNPS", "HYPH", "CD", "VBN");

  /**
   * "Exit polls taken in Korvia found …", "Many people involved in the talks assumed …": the parse takes the participle
   * that describes the subject for the clause's verb and hangs the cue on it as a loose dependent; the participle and
   * what it governs before the cue describe the source (which polls, which people) and belong to the mention.
   */
  private static void participleTakenForVerb(Tree tree, int[] r, int verb, int cue) {
    List<Token> ts = tree.tokens;
    // (right after the subject's phrase, before the cue, with no auxiliary: "taken", not "were taken")
    if (verb != r[1] + 1 || verb >= cue || !ts.get(verb).tag().equals("VBN") || tree.head(cue) != verb || !tree.rel(cue).equals("dep")
        || tree.hasChild(verb, "aux", "aux:pass", "cop")) return;
    int end = verb;
    for (int k : tree.children(verb)) if (k > verb && k < cue) end = Math.max(end, tree.range(k)[1]);
    if (end >= cue || !onlyAdverbs(ts, end + 1, cue)) return;
    // (not past a comma: what a comma sets off after the participle tells more than which source it is)
    for (int k = verb + 1; k <= end; k++) if (ts.get(k).word().equals(",")) return;
    r[1] = tree.lastWord(r[0], end);
  }

  /** Whether tokens {@code from} to {@code to} (exclusive) are adverbs, if any ("… in Korvia also found"). */
  private static boolean onlyAdverbs(List<Token> ts, int from, int to) {
    for (int k = from; k < to; k++) if (!ts.get(k).tag().startsWith("RB")) return false;
    return true;
  }

  /**
   * '…," Ada Pell, a top Vestra Fund adviser, said', "Ivo Brask, the head of the Norvane Port Authority, forcefully
   * told …": with no subject in the parse, the speaker is the person named right before an appositive that the cue
   * follows (an adverb may stand between), with the appositive; not the nearest name, which may be inside it. Null
   * when the words before the cue are not so.
   */
  static Span nameWithAppositive(Context c, int s, List<Token> ts, int cue) {
    int close = cue - 1;
    while (close >= 0 && ts.get(close).tag().startsWith("RB")) close--;
    if (close < 2 || !ts.get(close).word().equals(",")) return null;
    int open = close - 1;
    for (; open >= 0 && close - open <= 20; open--) {
      Token t = ts.get(open);
      if (t.word().equals(",")) break;
      if (t.tag().startsWith("VB") || t.tag().equals("MD") || Tree.punct(t) || c.insideAnyQuote(t.span().start())) return null;
    }
    if (open < 1 || open + 1 >= close || !ts.get(open).word().equals(",") || !APPOSITIVE_START.contains(ts.get(open + 1).tag())) return null;
    for (Entity e : c.entities)
      if (e.sentence() == s && e.lastToken() == open - 1 && e.type().equals("PERSON") && !c.insideAnyQuote(e.span().start()))
        return new Span(e.span().start(), ts.get(close - 1).span().end());
    return null;
  }

  /**
   * "Frank Lind and Ada Pell: …", "Marek and husband Ivo, thanked …", "Mrs. Lind and Ms. Pell echoed …": a name found
   * before cue {@code cue} with no subject in the parse is the last of the people named together before it, who all
   * speak; the mention is all of them (the entity alone after the cue, or when no person is joined to it by "and").
   */
  static Span withConjunct(Context c, int s, List<Token> ts, Entity e, int cue) {
    int and = e.firstToken() - 1;
    // (a title or a noun naming the tie or role may stand between: "Ms. Pell", "husband Ivo")
    for (int step = 0; step < 2 && and >= 0 && (title(ts.get(and)) || ts.get(and).tag().equals("NN")); step++) and--;
    if (e.lastToken() >= cue || and < 1 || !ts.get(and).word().equalsIgnoreCase("and")) return e.span();
    for (Entity o : c.entities) {
      if (o.sentence() != s || o.lastToken() != and - 1 || !o.type().equals("PERSON")) continue;
      int first = o.firstToken() > 0 && title(ts.get(o.firstToken() - 1)) ? o.firstToken() - 1 : o.firstToken();
      return c.insideAnyQuote(ts.get(first).span().start()) ? e.span() : new Span(ts.get(first).span().start(), e.span().end());
    }
    return e.span();
  }

  /** Whether token {@code t} is an abbreviated title ("Mrs.", "Sen."). */
  private static boolean title(Token t) {
    return t.tag().equals("NNP") && t.word().endsWith(".") && t.word().length() <= 5;
  }

  /** Parts of speech an appositive noun phrase starts with ("a top adviser", "the head of", "chief executive"). */
  private static final Set<String> APPOSITIVE_START = Set.of("DT", "JJ", "NN", "NNS", "PRP$", "CD");

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
