package org.dateline.quote;

import java.util.List;
import org.dateline.model.Span;
import org.dateline.nlp.Entity;
import org.dateline.nlp.Token;

/**
 * The speaker phrase of a cue: the subject of the cue verb as a whole noun phrase (titles, appositives and
 * descriptions kept; what the speaker was doing dropped), climbing from participles and conjoined cues to the clause
 * that has a subject; "who" resolved to the noun it stands for; an inverted "said Luis Arce, who runs the port" ({@link InvertedSpeakers});
 * and, with no parse, the nearest name or pronoun. {@link SpeakerPhrases} decides how much of the noun phrase the
 * mention keeps.
 */
final class Speakers {
  private Speakers() {}

  /** The speaker mention of cue token {@code i} of sentence {@code s}, or null. */
  static Span sourceOf(Context c, Findings f, int s, int i) {
    return afterDateline(c.text, c.sentences.get(s).span().start(), find(c, f, s, i));
  }

  /**
   * Whether a mention is a time and nothing else ("issued a statement Tuesday saying …", "visited on Friday to
   * view …"): the parse took it for the subject; a day is no one's speaker.
   */
  static boolean onlyTime(Context c, int s, Span mention) {
    boolean any = false;
    for (Token t : c.sentences.get(s).tokens()) {
      if (!mention.contains(t.span())) continue;
      if (!Tree.punct(t) && !timeWord(t)) return false;
      any = true;
    }
    return any;
  }

  /**
   * "… suggested X, called her “third-rate” …", "… said X, and accused …": a cue verb with no subject right after the
   * content of a statement before it in its sentence (only commas, "and", "but", adverbs or an auxiliary between) is
   * that statement's speaker's next one, however the parse hung it; null when there is none.
   */
  static Span sharedWithStatementBefore(Findings f, Tree tree, int i) {
    // (a passive's subject is what was said of, never who said it: "changes lawmakers are expected to consider")
    if (tree.hasChild(i, "nsubj") || tree.hasChild(i, "nsubj:pass") || tree.hasChild(i, "aux:pass")) return null;
    int from = tree.tokens.get(0).span().start(), at = tree.tokens.get(i).span().start();
    for (Found prev : f.all()) {
      if (prev.source == null || prev.cue.start() < from || prev.cue.start() >= at) continue;
      // (its speaker and cue count too, '“…,” Vale said, referencing the levy'; a quote piece after the cue does not)
      int end = prev.cue.end();
      if (prev.source != null && prev.source.end() <= at) end = Math.max(end, prev.source.end());
      boolean within = false;
      for (Span piece : prev.content) {
        if (piece.end() <= at) end = Math.max(end, piece.end());
        else within |= piece.start() <= at;
      }
      if (within || end > at) continue;
      boolean adjacent = true;
      for (int k = 0; k < i && adjacent; k++) {
        Token t = tree.tokens.get(k);
        adjacent = t.span().start() < end || Tree.punct(t) || t.tag().equals("CC") || Lexicon.ADVERBS.contains(t.tag())
            || tree.rel(k).equals("aux") && Lexicon.SECOND_CUE_AUXILIARIES.contains(Lexicon.lemma(t)) || leadsTo(tree, k, i);
      }
      if (adjacent) return prev.source;
    }
    return null;
  }

  /**
   * Whether token {@code k} is part of the verb chain that leads to cue {@code i} ("going on to say", "went on to
   * add"): a verb the cue is the open complement of, or the particle or "to" of one of them.
   */
  private static boolean leadsTo(Tree tree, int k, int i) {
    int owner = tree.rel(k).equals("compound:prt") || tree.rel(k).equals("mark") && Lexicon.lower(tree.tokens.get(k)).equals("to") ? tree.head(k) : k;
    for (int v = i, step = 0; v >= 0 && step < 3; v = tree.head(v), step++) {
      if (v == owner) return true;
      if (!tree.rel(v).equals("xcomp")) return false;
    }
    return false;
  }

  /**
   * An agency dateline opening the story: "VESTRA, March 3 (Norvane Press) -", "KORVEN, March 4 —", "VESTRA
   * (Norvane Press) -", "PORT ELLEN, Ost. -"; or a live blog's time stamp.
   */
  private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
      "\\p{Lu}[\\p{Lu}\\p{L} .'-]*,[^\\n]{0,40}?(?:\\)|\\d|\\p{Lu}\\.)\\s+[-–—]+\\s+|\\p{Lu}{2}[\\p{Lu} .'-]*(?:\\s*\\([^)\\n]{1,40}\\))?\\s+[-–—]+\\s+"
      // a live blog's time stamp: "11:40 am — Police said …"
      + "|\\d{1,2}[:.]\\d{2}\\s*(?:[aApP]\\.?[mM]\\.?)?\\s+[-–—]+\\s+");

  /**
   * The parse takes a dateline opening the sentence for part of its subject ("VESTRA, March 3 (Norvane Press) -
   * Valdoria's envoy said"): the speaker is what follows the dash; the dateline is the story's, not the speaker's.
   */
  private static Span afterDateline(String text, int sentenceStart, Span source) {
    if (source == null || source.start() != sentenceStart) return source;
    java.util.regex.Matcher m = DATELINE.matcher(text).region(source.start(), source.end());
    if (!m.lookingAt() || m.end() >= source.end()) return source;
    return new Span(m.end(), source.end());
  }

  /**
   * The speaker of a headline's lead ("Clinton Wades In: …", "Fiorina Endorses Cruz: …", "CNN President On Trump:
   * …"): the words before its first verb, "to" or preposition; the whole lead when there is none ("Medvedev: …").
   * (The tagger often takes a title-case verb for part of the name before it, so its parts of speech decide.)
   */
  static Span leadName(Context c, Span lead) {
    for (org.dateline.nlp.Sentence s : c.sentences) {
      if (!s.span().contains(lead)) continue;
      Token first = null, last = null;
      for (Token t : s.tokens()) {
        if (!lead.contains(t.span())) continue;
        String tag = t.tag();
        if (first != null && (tag.startsWith("VB") || tag.equals("TO") || tag.equals("IN") || tag.equals("MD"))) break;
        if (first == null) first = t;
        last = t;
      }
      return first == null || last.span().end() >= lead.end() ? lead : new Span(first.span().start(), last.span().end());
    }
    return lead;
  }

  private static Span find(Context c, Findings f, int s, int i) {
    Tree tree = c.tree(s);
    if (tree != null && PassiveAgent.passive(tree, i)) {
      // the subject of a passive cue was told or reported; the speaker is the agent, when the sentence names one
      Span agent = PassiveAgent.of(tree, i);
      return agent == null || c.insideAnyQuote(agent.start()) ? null : agent;
    }
    if (tree != null) {
      Span subj = subject(c, f, tree, i);
      if (subj != null && !c.insideAnyQuote(subj.start())) return subj;
      Span described = InvertedSpeakers.description(c, tree, i);
      if (described != null) return described;
    }
    // unparsed or subjectless: a name and its appositive before the verb, else the nearest name or pronoun outside quotes
    List<Token> ts = c.sentences.get(s).tokens();
    Span after = SpeakerPhrases.nameWithAppositive(c, s, ts, i);
    if (after != null) return after;
    for (int d = 1; d <= 4; d++) {
      for (int k : new int[] {i + d, i - d}) {
        if (k < 0 || k >= ts.size()) continue;
        Token t = ts.get(k);
        if (c.insideAnyQuote(t.span().start())) continue;
        // (after "told" comes who was told, and then what: "“…,” Vale, 61, told the Harbor Times", "told Mr. Obama as he …")
        if (k > i && Lexicon.LISTENER_VERBS.contains(Lexicon.lemma(ts.get(i)))) continue;
        // (a pronoun after the cue is most often its content's subject, "suggested they should drop out": a name
        // before the cue comes first, unless a quote ends before the cue, '"…," said he')
        if (t.tag().equals("PRP") && Lexicon.PERSONAL_PRONOUNS.contains(Lexicon.lower(t))) {
          if (k < i || i > 0 && Tree.punct(ts.get(i - 1))) return t.span();
          if (after == null) after = t.span();
          continue;
        }
        for (Entity e : c.entities)
          if (e.sentence() == s && e.firstToken() <= k && k <= e.lastToken() && (e.type().equals("PERSON") || e.type().equals("ORGANIZATION")))
            return k > i && tree != null ? InvertedSpeakers.named(c, tree, i, e) : SpeakerPhrases.withConjunct(c, s, ts, e, i);
      }
    }
    return after;
  }

  /** The subject of a cue verb, climbing from "adding that" or "went on to say" to the clause that has one. */
  static Span subject(Context c, Findings f, Tree tree, int i) {
    if (tree.tokens.get(i).tag().equals("VBG")) {
      // "calling the levy “disqualifying” and asserting that …": a participle conjoined after a participle cue (the
      // parse may hang it on that cue's content) is the same speaker's second statement
      int twin = parallelCue(tree, i);
      if (twin >= 0) return subject(c, f, tree, twin);
      // ", adding that ...": the speaker is the subject of the nearest cue verb above, not of the clause it hangs on;
      // a cue verb inside another's content is passed for the one that reports it ("Lind said he doubted it,
      // arguing that …" is Lind's, as PolNeAR marks it)
      int reporter = -1;
      boolean outside = !c.insideAnyQuote(tree.tokens.get(i).span().start());
      for (int v = tree.head(i), step = 0; v >= 0 && step < 5; v = tree.head(v), step++) {
        // ('“Every time you say that,” Vale said, referring to …': the parse may hang the reporting clause inside the
        // quote it reports; a verb inside the quote is the quoted speaker's, never the reporter of a cue outside it)
        if (outside && c.insideAnyQuote(tree.tokens.get(v).span().start())) continue;
        if (v < i && Lexicon.verb(tree.tokens.get(v)) && Lexicon.verbCue(Lexicon.lemma(tree.tokens.get(v)))) { // (after it: its content)
          int subj = tree.child(v, "nsubj");
          if (subj < 0) continue;
          reporter = subj;
          if (!Lexicon.COMPLEMENTS.contains(tree.rel(v))) break;
        }
      }
      if (reporter >= 0) return SpeakerPhrases.speakerPhrase(tree, reporter);
      // "Stumpf tried to make the case …, explaining that …": a participle after a comma speaks for the subject
      // of the clause it closes, however the parse hung it
      if (i > 0 && tree.tokens.get(i - 1).word().equals(",") && !tree.hasChild(i, "nsubj")) {
        // '…," said Vale, speaking of the levy': hung on a person's name, the participle is that person's
        int h = tree.head(i);
        if (tree.rel(i).startsWith("acl") && h >= 0 && h < i && (tree.tokens.get(h).ner().equals("PERSON") || tree.tokens.get(h).tag().equals("PRP")))
          return SpeakerPhrases.speakerPhrase(tree, h);
        // (or a predicate: "Renn has been on the sidelines, arguing …", "Vale was critical of it, saying …")
        Span main = mainSubject(tree, i);
        if (main != null) return main;
      }
      // "Brask distanced himself from the movement by saying he …": a gerund after "by" (or "in") tells how the clause
      // before it was done, however the parse hung it (often on the clause it reports, whose subject is no speaker)
      int by = tree.child(i, "mark", "case");
      if (by >= 0 && by < i && Lexicon.MANNER_PREPOSITIONS.contains(Lexicon.lower(tree.tokens.get(by)))) {
        Span main = mainSubject(tree, i);
        if (main != null) return main;
      }
      // "Citing the budget, Vale told reporters …": a participle opening the sentence speaks for the main clause's subject
      // (parses garble such openings: the main clause is then the root's)
      int first = 0;
      while (first < i && Tree.punct(tree.tokens.get(first))) first++;
      int h = tree.rel(i).startsWith("advcl") && tree.range(i)[0] == first ? tree.head(i) : i == first ? root(tree, i) : -1;
      int hs = h > i && Lexicon.verb(tree.tokens.get(h)) ? nsubjOf(c, tree, h) : -1;
      // (the parse may hang the opening itself inside the subject: then its phrase starts the sentence)
      int hsFirst = hs > i ? tree.range(hs)[0] : -1;
      if (hsFirst > 0 && tree.tokens.get(hsFirst - 1).word().equals(",")) return SpeakerPhrases.speakerPhrase(tree, hs);
      Span noun = participleOnNoun(tree, i);
      if (noun != null) return noun;
    }
    int v = i;
    for (int step = 0; step < 4 && v >= 0; step++) {
      int subj = nsubjOf(c, tree, v);
      if (subj < 0 && tree.rel(v).startsWith("acl:relcl")) {
        // "the leader, who in 2010 said …": the parse may take the relative pronoun for an object
        for (int k : tree.children(v)) if (k < v && Lexicon.WHO_WHICH.contains(Lexicon.lower(tree.tokens.get(k)))) subj = k;
      }
      if (subj >= 0) {
        String w = Lexicon.lower(tree.tokens.get(subj));
        if ((w.equals("who") || w.equals("which") || w.equals("that")) && tree.rel(v).startsWith("acl") && tree.head(v) >= 0) {
          // "Smith, who said ...", "a group that argues ...": the mention is the relative pronoun (as PolNeAR marks
          // it), the antecedent speaks
          int noun = tree.head(v), clause = v;
          // "Anna Dorn, a historian who attended the session, recalled …": the clause describes an appositive of a
          // person; the antecedent is the person's name with it
          int named = tree.head(noun);
          boolean described = w.equals("who") && tree.rel(noun).equals("appos") && named >= 0 && named < noun
              && tree.tokens.get(named).ner().equals("PERSON");
          if (described) noun = tree.head(noun);
          // "Barkley, who votes Democratic, said …": a cue after the comma that closes the relative clause is the
          // main clause's, however the parse conjoined it inside; its speaker is the antecedent itself. PolNeAR marks
          // "who" and "which" as written but the noun of a "that" clause ("new rules that promise …": on train's first
          // 200 articles 1 of 5 system "that" sources matched, on dev 2 of 9)
          boolean closed = v != i && afterComma(tree, i, subj);
          // (nothing from the cue on: the parse may make the name the root of the whole sentence)
          int cue = described || closed ? i : Integer.MAX_VALUE;
          int head = noun; // (nor the preposition it hangs on: "swaths of an electorate that …" names the electorate)
          int[] r = tree.range(noun, k -> k != clause && k < cue && !tree.rel(k).equals("parataxis")
              && !(tree.head(k) == head && tree.rel(k).equals("case") && k < head));
          if (closed) r[1] = tree.lastWord(r[0], r[1]);
          Span antecedent = tree.span(r);
          if (closed || w.equals("that")) return antecedent;
          Span who = tree.tokens.get(subj).span();
          f.antecedent(who, antecedent);
          return who;
        }
        // the whole noun phrase: titles, appositives and relative clauses describe the source; a participle set
        // off by a comma tells what the source was doing ("Obama, dedicating the museum, said")
        int[] r = SpeakerPhrases.describedRange(tree, subj, k -> SpeakerPhrases.notDescription(tree, k));
        SpeakerPhrases.ofSubject(tree, r, subj, v, i);
        return tree.span(r);
      }
      String rel = tree.rel(v);
      // "claimed the council had broken its word and warned that …": a cue the parse conjoins inside another cue's
      // clause shares that cue's subject, not the clause's
      if (v == i && rel.equals("conj") && tree.head(v) >= 0 && Lexicon.COMPLEMENTS.contains(tree.rel(tree.head(v)))) {
        int outer = tree.head(tree.head(v));
        if (outer >= 0 && outer < tree.head(v) && Lexicon.verb(tree.tokens.get(outer)) && Lexicon.verbCue(Lexicon.lemma(tree.tokens.get(outer)))) {
          int os = tree.child(outer, "nsubj");
          if (os >= 0) return SpeakerPhrases.speakerPhrase(tree, os);
        }
      }
      // (a cue the parse takes for an oblique noun, "going on to say", is a clause all the same)
      // (nor is the noun a gerund after a preposition hangs on: "In addition to stating that …, Marren has vowed")
      boolean clause = rel.equals("xcomp") || rel.startsWith("advcl") || rel.equals("conj") || rel.equals("acl") || rel.equals("dep")
          || rel.equals("obl") && (tree.tokens.get(v).tag().startsWith("VB") || step == 1 && gerundAfterPreposition(tree, i));
      // ("Marren strongly suggested they should step aside": a cue the parse hangs on the clause after it, its content,
      // does not share that clause's subject)
      if (!clause || v == i && rel.equals("dep") && tree.head(v) > v) return null;
      v = tree.head(v);
    }
    return null;
  }

  /** The subject of the nearest verb or predicate above cue {@code i} and before it, or null. */
  private static Span mainSubject(Tree tree, int i) {
    for (int v = tree.head(i), step = 0; v >= 0 && step < 5; v = tree.head(v), step++) {
      int subj = tree.child(v, "nsubj");
      // (a predicate in another's complement is what that one reports: "made clear the plan was unfair, …")
      if (v < i && subj >= 0 && (Lexicon.verb(tree.tokens.get(v)) || tree.hasChild(v, "cop") && !Lexicon.COMPLEMENTS.contains(tree.rel(v))))
        return SpeakerPhrases.speakerPhrase(tree, subj);
    }
    return null;
  }

  /** The participle cue before conjoined participle {@code i} whose content or verb it hangs on, or -1. */
  private static int parallelCue(Tree tree, int i) {
    if (!tree.rel(i).equals("conj")) return -1;
    for (int v = tree.head(i), step = 0; v >= 0 && v < i && step < 4; v = tree.head(v), step++) {
      Token t = tree.tokens.get(v);
      if (t.tag().equals("VBG") && Lexicon.verbCue(Lexicon.lemma(t))) return v;
    }
    return -1;
  }

  /**
   * "an outside group backing the senator", "staff members suggesting …", "voters saying they want …": a participle
   * hung on a noun, with no comma between (after a comma it tells what the clause's subject did), speaks for that
   * noun's phrase, without its preposition and without the participle; but a thing someone made or issued ("Marren
   * released a statement saying …", "made a pitch to voters saying …") speaks for its maker, the verb's subject. Not
   * a gerund after a preposition ("in addition to stating"), nor a time ("that night").
   */
  private static Span participleOnNoun(Tree tree, int i) {
    int h = tree.head(i);
    if (!tree.rel(i).equals("acl") || h < 0 || h >= i || tree.hasChild(i, "nsubj", "mark", "case")) return null;
    Token noun = tree.tokens.get(h);
    if (!noun.tag().startsWith("NN") || tree.tokens.get(i - 1).word().equals(",") || TEMPORAL.contains(noun.ner())) return null;
    int maker = tree.head(h);
    if (tree.rel(h).equals("obj") && maker >= 0 && Lexicon.verb(tree.tokens.get(maker))) {
      int subj = tree.child(maker, "nsubj");
      return subj < 0 || Lexicon.RELATIVES.contains(Lexicon.lower(tree.tokens.get(subj))) ? null : SpeakerPhrases.speakerPhrase(tree, subj);
    }
    int[] r = tree.range(h, k -> k < i && !tree.rel(k).equals("case") && !tree.rel(k).equals("cc") && !tree.rel(k).startsWith("acl"));
    return tree.span(r);
  }

  /**
   * A word of time: a date or time entity, a weekday, or a lower-case word of time ("Friday", "night"; not "Day" of
   * Kristen Day nor "May", which may be names).
   */
  static boolean timeWord(Token t) {
    String lemma = Lexicon.lemma(t);
    return TEMPORAL.contains(t.ner()) || org.dateline.model.CalendarWords.WEEKDAYS.contains(lemma)
        || Lexicon.TIME_NOUNS.contains(lemma) && t.word().equals(Lexicon.lower(t));
  }

  static final java.util.Set<String> TEMPORAL = java.util.Set.of("DATE", "TIME", "DURATION", "SET");

  /**
   * The subject of verb {@code v}; of two (the parse may take the quote's own subject for the cue's too: '"… young
   * folks," Ana Ruiz said'), the one outside the quotes nearest the verb. A gerund names an act, never who spoke: the
   * parse takes a lone one for the subject of the verb it governs ("Marek, meanwhile, made his pitch, refusing to
   * concede that …"), and the speaker is then the subject of the clause above.
   */
  private static int nsubjOf(Context c, Tree tree, int v) {
    int best = -1;
    for (int k : tree.children(v)) {
      if (!tree.rel(k).equals("nsubj") && !tree.rel(k).startsWith("nsubj:") || lone(tree, k) && tree.tokens.get(k).tag().equals("VBG")) continue;
      if (best < 0) best = k;
      else if (!c.insideAnyQuote(tree.tokens.get(k).span().start()) && (c.insideAnyQuote(tree.tokens.get(best).span().start()) || Math.abs(k - v) < Math.abs(best - v))) best = k;
    }
    return best;
  }

  /** Whether cue {@code i} is a gerund a preposition governs, hung on a noun ("in addition to stating"). */
  private static boolean gerundAfterPreposition(Tree tree, int i) {
    return tree.tokens.get(i).tag().equals("VBG") && tree.rel(i).equals("acl") && tree.hasChild(i, "case", "mark");
  }

  /** Whether token {@code k} heads nothing but itself (an opening phrase the parse made the subject heads its words). */
  private static boolean lone(Tree tree, int k) {
    int[] r = tree.range(k);
    return r[0] == k && r[1] == k;
  }

  private static int root(Tree tree, int k) {
    for (int step = 0; step < 200 && tree.head(k) >= 0; step++) k = tree.head(k);
    return k;
  }

  /**
   * Whether cue {@code i} follows a comma (an adverb or a conjunction may stand between: "Lind, who spoke first, did
   * not name him, but told …") that comes after token {@code from}.
   */
  private static boolean afterComma(Tree tree, int i, int from) {
    int k = i - 1;
    while (k > from && (tree.tokens.get(k).tag().startsWith("RB") || tree.tokens.get(k).tag().equals("CC"))) k--;
    return k > from && tree.tokens.get(k).word().equals(",");
  }
}
