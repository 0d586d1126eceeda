package org.dateline.quote;

import java.util.List;
import org.dateline.model.Span;
import org.dateline.nlp.Token;

/**
 * Nouns that cue a statement: a claim noun (or a person's object noun) with its "that" clause ("gave assurances that
 * …"), "in a statement" on a verb that is not a cue itself, a stance noun with its target ("Smith's criticism of the
 * plan"), and a sentence opening "In the poll, …". None of them takes the token: one noun may be read by several.
 */
final class NounCues {
  private NounCues() {}

  /**
   * "gave assurances that …", "made the case that …": the "that" clause of a claim noun, or of any noun a person's or
   * body's verb takes as its object, said by the subject of that verb.
   */
  static final class Clause implements TokenRule {
    @Override
    public boolean apply(Context c, Findings f, Tree tree, int i) {
      Token t = tree.tokens.get(i);
      if (!t.tag().startsWith("NN")) return false;
      boolean claim = Lexicon.CLAUSE_NOUNS.contains(Lexicon.lemma(t));
      int verb = tree.head(i);
      // any other noun with a clause of its content, not a relative clause ("made the case that …", "floated the
      // idea that …"), when it is the object of a person's or body's verb
      if (!claim && !(tree.rel(i).equals("obj") && verb >= 0 && Lexicon.verb(tree.tokens.get(verb)) && humanSubject(tree, verb))) return false;
      for (int k : tree.children(i)) {
        String rel = tree.rel(k);
        if (!(claim ? rel.startsWith("acl") || rel.equals("ccomp") : rel.equals("acl") || rel.equals("ccomp")) || k < i) continue;
        int[] r = tree.range(k);
        if (!tree.tokens.get(r[0]).word().equalsIgnoreCase("that")) continue;
        // (for another noun, a relative "that", the clause's own subject or object, is no content of the noun)
        if (!claim && (tree.rel(r[0]).startsWith("nsubj") || tree.rel(r[0]).equals("obj"))) continue;
        Span source = holder(tree, i);
        if (source == null && verb >= 0) source = Speakers.subject(c, f, tree, verb);
        f.report(c, tree.index, i, tree.span(r), t.span(), source);
        return false;
      }
      return false;
    }
  }

  /**
   * The one whose claim the noun names when a possessive says so ("rejected his assertion that …", "the union's
   * claim that …"): the possessor, not the subject of the verb the noun hangs on; null when there is none.
   */
  private static Span holder(Tree tree, int noun) {
    int poss = tree.child(noun, "nmod:poss");
    if (poss < 0) return null;
    Token p = tree.tokens.get(poss);
    if (p.tag().equals("PRP$") && !Lexicon.POSSESSIVE_PRONOUNS.contains(Lexicon.lower(p))) return null;
    return tree.span(tree.range(poss, k -> !tree.rel(k).equals("case")));
  }

  private static boolean humanSubject(Tree tree, int verb) {
    int subj = tree.child(verb, "nsubj");
    return subj >= 0 && ThatClause.human(tree.tokens.get(subj));
  }

  /** "In a statement, the ministry denied …": what the verb the noun hangs on governs, said by its subject. */
  static final class InNoun implements TokenRule {
    @Override
    public boolean apply(Context c, Findings f, Tree tree, int i) {
      Token t = tree.tokens.get(i);
      if (!t.tag().startsWith("NN") || !Lexicon.NOUNS.contains(Lexicon.lemma(t))) return false;
      if (!tree.rel(i).startsWith("obl") && !tree.rel(i).startsWith("nmod")) return false;
      int cs = tree.child(i, "case");
      if (cs < 0 || !tree.tokens.get(cs).word().equalsIgnoreCase("in")) return false;
      int h = tree.head(i);
      if (h < 0 || !tree.tokens.get(h).tag().startsWith("VB")) return false;
      if (Lexicon.verbCue(Lexicon.lemma(tree.tokens.get(h)))) return false; // the verb carries the attribution
      int subj = tree.child(h, "nsubj");
      int[] r = tree.range(h, k -> k != i && k != subj);
      if (subj >= 0 && r[0] <= tree.range(subj)[1]) r[0] = tree.range(subj)[1] + 1;
      if (r[0] >= cs && r[0] <= tree.range(i)[1]) r[0] = tree.range(i)[1] + 1;
      if (r[0] > r[1]) return false;
      Span cue = new Span(tree.tokens.get(cs).span().start(), t.span().end());
      f.report(c, tree.index, i, tree.span(r), cue, Speakers.subject(c, f, tree, h));
      return false;
    }
  }

  /**
   * "Smith's criticism of the plan", "the union's support for the strike": a stance noun with its object is a
   * statement of the holder's view when the holder is named (a possessive, or the subject of the verb it hangs on).
   * So is a noun of a speech act with what it is about or on ("her comments about the levy", "made a speech on port
   * reform").
   */
  static final class Stance implements TokenRule {
    @Override
    public boolean apply(Context c, Findings f, Tree tree, int i) {
      Token t = tree.tokens.get(i);
      if (!t.tag().startsWith("NN")) return false;
      boolean stance = Lexicon.STANCE_NOUNS.contains(Lexicon.lemma(t));
      // (not "questions about": the subject of the verb that takes them is as often the one asked, "faced questions
      // about", as the one asking)
      if (!stance && (!Lexicon.SPEECH_ACT_NOUNS.contains(Lexicon.lemma(t)) || Lexicon.lemma(t).equals("question"))) return false;
      int target = -1;
      for (int k : tree.children(i)) {
        if (k < i || !tree.rel(k).startsWith("nmod")) continue;
        int cs = tree.child(k, "case");
        if (cs != i + 1) continue;
        String prep = Lexicon.lower(tree.tokens.get(cs));
        if (stance ? Lexicon.STANCE_PREPOSITIONS.contains(prep) : speechTopic(prep, tree.tokens.get(k))) {
          target = k;
          break;
        }
      }
      if (target < 0) return false;
      Span source = null;
      int poss = tree.child(i, "nmod:poss");
      if (poss >= 0) {
        source = holder(tree, i);
        // "his support for a united capital": a pronoun's stance is mostly a phrase inside what another says or
        // weighs ("took issue with his support for …"), not a statement of its own (train's first 200 articles: 1
        // of 5 such sources matched gold, the next 200: 2 of 12)
        if (source == null || tree.tokens.get(poss).tag().equals("PRP$")) return false;
      } else if (tree.rel(i).equals("obj") && tree.head(i) >= 0) {
        source = Speakers.subject(c, f, tree, tree.head(i));
      }
      if (source == null) return false;
      int[] r = tree.range(target);
      r[0] = i + 2;
      if (r[0] > r[1]) return false;
      f.report(c, tree.index, i, tree.span(r), new Span(t.span().start(), tree.tokens.get(i + 1).span().end()), source);
      return false;
    }
  }

  /**
   * "her comments about the levy", "made a speech on port reform": what a speech act is about or on; "on" not when it
   * opens the occasion, the time, the outlet or the terms ("a statement on Monday", "a post on Facebook", "remarks on
   * condition of anonymity").
   */
  private static boolean speechTopic(String prep, Token head) {
    if (prep.equals("about")) return true;
    String lemma = Lexicon.lemma(head);
    return prep.equals("on") && !ContentBounds.occasion(head) && !lemma.equals("condition") && !Lexicon.TIME_NOUNS.contains(lemma)
        && !Lexicon.WHEN_ENTITIES.contains(head.ner()) && !head.ner().equals("ORGANIZATION");
  }

  /**
   * "In the poll, Smith leads by four points." -- a sentence opening with "in" and a survey or document before its
   * first comma reports that document's finding; the rest of the sentence is the content. A rule over the sentence,
   * tried before its tokens.
   */
  static void inDocument(Context c, Findings f, Tree tree) {
    List<Token> ts = tree.tokens;
    int first = 0;
    while (first < ts.size() && Tree.punct(ts.get(first))) first++;
    if (first >= ts.size() || !ts.get(first).word().equalsIgnoreCase("in")) return;
    int comma = -1, noun = -1;
    for (int k = first + 1; k < Math.min(ts.size(), first + 12); k++) {
      if (ts.get(k).word().equals(",")) {
        comma = k;
        break;
      }
      if (ts.get(k).tag().startsWith("VB")) return;
      if (ts.get(k).tag().startsWith("NN") && Lexicon.EVIDENCE_NOUNS.contains(Lexicon.lemma(ts.get(k)))) noun = k;
    }
    if (comma < 0 || noun < 0) return;
    // "In his 2002 book, Mr. Kell suggested …", "In one email, an aide discussed …": a person or body the clause
    // the phrase hangs on has for subject is the one speaking, the book or email only where; only a poll's or a
    // count's finding is the document's even of a person ("In the poll, Varga led by four points")
    int where = tree.head(noun);
    int own = where > comma ? tree.child(where, "nsubj") : -1;
    if (own > comma && ThatClause.human(ts.get(own)) && !Lexicon.MEASURE_NOUNS.contains(Lexicon.lemma(ts.get(noun)))) return;
    int last = tree.lastWord(comma, ts.size() - 1);
    if (last - comma < 3) return;
    boolean verb = false;
    for (int k = comma + 1; k <= last; k++) verb |= ts.get(k).tag().startsWith("VB");
    if (!verb) return;
    // "In a 2019 memo, the agency warned that …": a speaker of its own with a cue verb is the source, the document
    // only where it spoke (left to the verb)
    for (int k = comma + 1; k <= last; k++) {
      int v = tree.head(k);
      if (tree.rel(k).startsWith("nsubj") && tree.range(k)[0] == comma + 1 && v > k && Lexicon.verb(ts.get(v)) && Lexicon.verbCue(Lexicon.lemma(ts.get(v)))) return;
    }
    Span cue = ts.get(first).span();
    f.report(c, tree.index, first, tree.span(comma + 1, last), cue, tree.span(first + 1, comma - 1));
    // "In his new book, Mara Quist argues …", "In an Instagram video, Holm speculated …": a person the clause after the
    // comma has for subject wrote or spoke what the book, letter or video holds (inside the content, as PolNeAR marks
    // it); a poll's or a count's subject is what it measured ("In the poll, Quist led Holm by four points")
    int subj = mainSubject(c, tree, comma, last);
    Found reported = f.last();
    if (subj >= 0 && reported != null && reported.cue.equals(cue) && !Lexicon.MEASURE_NOUNS.contains(Lexicon.lemma(ts.get(noun)))
        && (ts.get(subj).ner().equals("PERSON") || Lexicon.SINGULAR_PERSON_PRONOUNS.contains(Lexicon.lower(ts.get(subj)))))
      reported.source = SpeakerPhrases.speakerPhrase(tree, subj);
  }

  /** The first subject after {@code comma} (up to {@code last}) of a verb after it, outside quotes; -1 when there is none. */
  private static int mainSubject(Context c, Tree tree, int comma, int last) {
    for (int k = comma + 1; k <= last; k++) {
      int v = tree.head(k);
      if (tree.rel(k).equals("nsubj") && !c.insideAnyQuote(tree.tokens.get(k).span().start()) && v > k && v <= last && Lexicon.verb(tree.tokens.get(v))) return k;
    }
    return -1;
  }
}
