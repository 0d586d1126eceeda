package org.dateline.quote;

import java.util.Locale;
import org.dateline.model.Span;
import org.dateline.nlp.Token;

/**
 * A speech or cognition verb with its content: its clausal complement, else (by verb) an infinitive, a parataxis
 * around it, "called for X", "pointed to X", a document's finding, an "of/about" phrase, a bare object and the
 * judgement after it, or for a "say" verb the rest of the sentence. Cognition verbs count only with a speaker. Takes
 * every cue verb it sees, found or not.
 */
final class VerbCue implements TokenRule {
  @Override
  public boolean apply(Context c, Findings f, Tree tree, int i) {
    Token t = tree.tokens.get(i);
    String lemma = Lexicon.lemma(t);
    if (!Lexicon.verb(t) || !Lexicon.verbCue(lemma)) return false;
    verbCue(c, f, tree, i, lemma);
    return true;
  }

  private static void verbCue(Context c, Findings f, Tree tree, int i, String lemma) {
    if (imperative(tree, i)) return; // "Now tell us this isn't a witch hunt!": the writer's call to the reader, no report
    if (namedAs(tree, i, lemma)) return;
    int[] content = null;
    boolean phrase = false; // a noun or prepositional phrase content ends with its phrase, not the sentence
    int cc = complement(tree, i);
    boolean cognitionOnly = !Lexicon.SPEECH.contains(lemma);
    if (cc >= 0 && cc > i) content = tree.range(cc, k -> ContentBounds.keepInContent(tree, k));
    if (content == null && cc >= 0 && cc < i && !tree.rel(i).equals("parataxis") && !pointsTo(tree, i, lemma)) content = tree.range(cc, k -> ContentBounds.keepInContent(tree, k));
    if (content == null) {
      int x = tree.child(i, "xcomp");
      if (x > i) {
        int o = tree.child(i, "obj");
        int[] r = tree.range(x, k -> ContentBounds.keepInContent(tree, k));
        if (o >= 0 && o < x && o > i) r[0] = Math.min(r[0], tree.range(o)[0]);
        if (!Lexicon.RAISING.contains(lemma) || tree.tokens.get(x).tag().startsWith("VB")) content = r;
      }
    }
    if (content == null) content = MisparsedClause.of(tree, i); // "believe bigotry is acceptable" parsed otherwise
    if (content == null && tree.rel(i).equals("parataxis") && tree.head(i) >= 0 && tree.head(i) < i && tree.hasChild(i, "nsubj")) {
      int[] own = tree.range(i);
      boolean afterComma = own[0] > 0 && tree.tokens.get(own[0] - 1).word().equals(",");
      if (ContentBounds.endsSentence(tree, own[1]) && afterComma) {
        // "…, a source said." closes the sentence: all before the comma is the content, wherever the parse hung it
        content = new int[] {0, own[0] - 2};
      } else if (afterComma || tree.tokens.get(own[0]).word().equals(",")) {
        // only a cue set off by a comma is inside the clause it reports: one after a semicolon, a colon or no mark
        // at all says its own thing ("The vote was close; the recount confirmed it")
        content = tree.range(tree.head(i), k -> k != i && !tree.inSubtree(k, i));
        // the cue's own subject and what comes after it are the attribution, never what was said ("The Latest:
        // Valdoria's parliament will vote …" hangs the clause on the label)
        content[1] = Math.min(content[1], Math.min(i, tree.range(tree.child(i, "nsubj"))[0]) - 1);
      }
    }
    if (content == null && lemma.equals("call")) {
      // "called for new rules" / "called for officers to wear cameras": the parse hangs "for" as a mark or a case
      int x = i + 1 < tree.tokens.size() && tree.tokens.get(i + 1).word().equalsIgnoreCase("for") ? tree.head(i + 1) : -1;
      if (x > i + 1 && tree.head(x) == i) {
        content = new int[] {i + 2, tree.range(x)[1]};
        phrase = true;
      }
    }
    if (content == null && (lemma.equals("call") || Lexicon.POINT_TO.contains(lemma)) && i + 2 < tree.tokens.size()) {
      // "called on officers to wear cameras", "pointed to the crime bill", "pointed out the state rarely floods",
      // "…,” she said, referring to the ferry strike": the particle or preposition is the cue's, what follows is the
      // content (parses hang it every which way)
      String next = Lexicon.lower(tree.tokens.get(i + 1));
      boolean on = lemma.equals("call") && next.equals("on") && hasInfinitive(tree, i + 2);
      boolean out = lemma.equals("point") && next.equals("out") && !tree.tokens.get(i + 2).word().equalsIgnoreCase("that");
      if (on || pointsTo(tree, i, lemma) || out) {
        int last = tree.lastWord(i + 2, tree.tokens.size() - 1);
        content = new int[] {i + 2, last};
        phrase = !next.equals("out");
      }
    }
    if (content == null && Lexicon.EVIDENCE_VERBS.contains(lemma) && evidenceSubject(tree, i)) {
      // "the poll shows Smith with a lead", "the study found 31 cases": a document or survey states its finding
      int o = tree.child(i, "obj");
      if (o > i) content = new int[] {tree.range(o)[0], tree.tokens.size() - 1};
      // "the poll showed Varga doing better": with no object the parse hangs the finding as a "dep"
      int d = tree.child(i, "dep", "xcomp");
      if (o < 0 && d > i + 1) content = new int[] {i + 1, tree.tokens.size() - 1};
    }
    if (content == null && !cognitionOnly && !Lexicon.CLAUSE_ONLY.contains(lemma)) {
      int object = Lexicon.OBJECT_CONTENT.contains(lemma) ? tree.child(i, "obj") : -1;
      for (int o : tree.children(i)) {
        if (!tree.rel(o).startsWith("obl") || o < i) continue;
        int cs = tree.child(o, "case");
        if (cs < 0) continue;
        // "accused Marek of using …": a judgement after the verb's object is the object rule's, with the object
        if (object > i && object < cs && judgement(lemma, Lexicon.lower(tree.tokens.get(cs)))) break;
        String prep = Lexicon.lower(tree.tokens.get(cs));
        // "spoke on Monday", "spoke for 77 minutes", "posted Jan. 27": when and how long, not what about
        Token head = tree.tokens.get(o);
        if (Lexicon.TIME_NOUNS.contains(Lexicon.lower(head)) || head.tag().equals("CD") || Lexicon.WHEN_ENTITIES.contains(head.ner())) continue;
        boolean topic = Lexicon.TOPIC_PREPOSITIONS.contains(prep) || prep.equals("at") && Lexicon.HINT_AT.contains(lemma);
        if (topic && cs == i + 1 || prep.equals("about") || prep.equals("of") && cs <= i + 2) {
          int[] r = tree.range(o);
          r[0] = cs + 1;
          if (r[0] <= r[1]) content = r;
          break;
        }
      }
    }
    boolean closed = false; // a content whose end the parse gave rightly does not run on to the sentence's end
    if (content == null) {
      content = embeddedQuestion(tree, i);
      closed = content != null;
    }
    if (content == null && Lexicon.OBJECT_CONTENT.contains(lemma) && !Lexicon.CLAUSE_ONLY.contains(lemma) && relativeObject(c, f, tree, i)) return;
    if (content == null && (Lexicon.OBJECT_CONTENT.contains(lemma) && !Lexicon.CLAUSE_ONLY.contains(lemma) || judgedObject(tree, i, lemma))) {
      int o = tree.child(i, "obj");
      if (o > i) {
        int[] r = tree.range(o);
        // "called him a “loser”", "branded it a failure": what the name is given to is part of the naming
        int named = Lexicon.NAMING.contains(lemma) ? tree.child(i, "iobj") : -1;
        if (named > i && named < o) r[0] = tree.range(named)[0];
        int x = tree.child(i, "xcomp");
        if (x > o) r[1] = Math.max(r[1], tree.range(x)[1]);
        // "views the deal as a mistake", "blasted him for not paying": the judgement after the object belongs to it
        int judged = -1;
        for (int j : tree.children(i)) {
          if (j < o || !tree.rel(j).startsWith("obl") && !tree.rel(j).startsWith("advcl")) continue;
          int cs = tree.child(j, "case", "mark");
          String prep = cs < 0 ? "" : Lexicon.lower(tree.tokens.get(cs));
          if (cs > o && judgement(lemma, prep)) judged = j;
        }
        if (judged > o) r[1] = Math.max(r[1], tree.range(judged)[1]);
        Token ot = tree.tokens.get(o);
        int about = Lexicon.EXPRESS.contains(lemma) ? aboutWhat(tree, o) : -1;
        if (about > o) r = new int[] {about, tree.range(o)[1]};
        // "asked a question.", "defended the remark,": a noun of speech with no more than a determiner, ending the
        // clause, names the act, not what was said ("mentioned Clinton's remarks" still says whose)
        boolean act = r[1] == o && Lexicon.SPEECH_ACT_NOUNS.contains(Lexicon.lemma(ot)) && bare(tree, r)
            && (o + 1 == tree.tokens.size() || Tree.punct(tree.tokens.get(o + 1)));
        if (!act && (!ot.tag().equals("PRP") || x > o || judged > o)) {
          content = r;
          phrase = true;
        }
      }
    }
    if (content == null && lemma.equals("say")) {
      content = answer(tree, i);
      closed = content != null;
    }
    if (content == null && Lexicon.SAY_LIKE.contains(lemma)) content = ContentBounds.rest(tree, i);
    if (content == null && lemma.equals("say")) {
      content = saidWhat(tree, i);
      closed = content != null;
    }
    if (content == null) return;
    if (content[0] > i && !closed) {
      int phraseEnd = content[1];
      ContentBounds.toSentenceEnd(tree, i, content);
      ContentBounds.beforeCueClause(tree, i, phraseEnd, content); // "said X [as he faces …]": the cue's own clause
      ContentTails.trim(c, tree, content, phrase); // what trails the content but is the reporter's
      // the parse often leaves a phrase's tail unattached, so a phrase runs on too, but not into what the cue verb
      // itself governs after it ("attacked Machado [in early-morning tweets]", "called for X [in a statement]")
      if (phrase) {
        for (int d : tree.children(i)) {
          if (d <= phraseEnd || !Lexicon.BESIDES_CONTENT.contains(tree.rel(d))) continue;
          // a prepositional phrase on the verb is the occasion only when it names one ("in a statement", "on
          // Monday", "during the debate"); others still qualify the content ("her vote in favor of the war")
          Token head = tree.tokens.get(d);
          if (tree.rel(d).equals("obl") && !ContentBounds.occasion(head) && !Lexicon.TIME_NOUNS.contains(Lexicon.lemma(head))
              && !head.tag().equals("CD")) continue;
          int from = tree.range(d)[0];
          if (from > phraseEnd && from - 1 < content[1]) content[1] = from - 1;
        }
        while (content[1] > content[0] && (Tree.punct(tree.tokens.get(content[1])) || tree.tokens.get(content[1]).tag().equals("CC"))) content[1]--;
      }
    }
    if (content[1] - content[0] < 1 && !tree.tokens.get(content[0]).tag().startsWith("NNP") && !closed) return;
    Span source = Speakers.sourceOf(c, f, tree.index, i);
    // a second cue the parse hangs without its subject ("…, called her “third-rate”" finds "her", inside the content)
    Span shared = source == null || source.overlaps(tree.span(content)) ? Speakers.sharedWithStatementBefore(f, tree, i) : null;
    if (shared != null) source = shared;
    // "It seems that …", "It appears that …": the subject of a raising verb is no one, and the view is nobody's
    // (PolNeAR marks the content with no source)
    boolean expletive = source != null && Lexicon.RAISING_ACTIVE.contains(lemma) && Lexicon.EXPLETIVES.contains(source.of(c.text).toLowerCase(Locale.ROOT));
    if (expletive) source = null;
    else if (cognitionOnly && source == null) return;
    ContentStart.adjust(tree, i, content); // a subject hung on the cue taken back, the cue's time and place left out
    Span body = tree.span(content);
    f.report(c, tree.index, i, body, tree.tokens.get(i).span(), source);
    // "the deal, which Varga said would cost millions": the relative pronoun is the subject of what was said
    int subj = tree.child(i, "nsubj");
    Found last = f.last();
    if (subj >= 0 && content[0] > i && last != null && last.content.get(0).equals(body)) {
      int before = tree.range(subj)[0] - 1;
      if (before >= 0 && before != subj && Lexicon.WH.contains(tree.tokens.get(before).tag())) {
        if (Lexicon.RELATIVES.contains(Lexicon.lower(tree.tokens.get(before)))) last.content.add(0, tree.tokens.get(before).span());
      }
    }
  }

  /**
   * The verb's clausal complement: the first after it, else the first before it ("Under a sky that [seemed] …, Obama
   * warned that …" hangs both clauses on "warned"; what he warned of is the one after); -1 when it has none.
   */
  private static int complement(Tree tree, int i) {
    int before = -1;
    for (int d : tree.children(i)) {
      if (!tree.rel(d).equals("ccomp") && !tree.rel(d).startsWith("ccomp:")) continue;
      if (d > i) return d;
      if (before < 0) before = d;
    }
    return before;
  }

  /**
   * "spoke about how the harbour was looted", "asked whether the talks would go on": a clause the parse hangs on a
   * speech verb as an adverbial, opened by "about" (the content starts after it) or by "if"/"whether" (the content
   * starts there), is what was said or asked; null when there is none.
   */
  private static int[] embeddedQuestion(Tree tree, int i) {
    for (int d : tree.children(i)) {
      if (d < i || !tree.rel(d).startsWith("advcl")) continue;
      int[] r = tree.range(d);
      String first = Lexicon.lower(tree.tokens.get(r[0]));
      if (first.equals("about") && r[0] == i + 1 && r[0] < r[1]) return new int[] {r[0] + 1, r[1]};
      if ((first.equals("if") || first.equals("whether")) && r[0] <= i + 3) return r;
    }
    return null;
  }

  /** "half said so", "41 percent said yes": the answer right after a "say", or null. */
  private static int[] answer(Tree tree, int i) {
    return i + 1 < tree.tokens.size() && Lexicon.ANSWERS.contains(Lexicon.lower(tree.tokens.get(i + 1))) ? new int[] {i + 1, i + 1} : null;
  }

  /**
   * "a third said the same of Varga", "he said that": a "say" with no clause anywhere after it (the rest of the
   * sentence holds no verb) says its object, however short; null when it has none.
   */
  private static int[] saidWhat(Tree tree, int i) {
    // (an object holding a verb is a misparsed clause; "said as much" points back at words already reported)
    int o = tree.child(i, "obj");
    if (o > i && Lexicon.lower(tree.tokens.get(o)).equals("much")) return null;
    if (o < i || ContentBounds.hasVerb(tree, tree.range(o))) return null;
    // ("said the same thing in an interview": the occasion the parse hangs on the object is not what was said)
    return tree.range(o, k -> !(tree.rel(k).startsWith("nmod") && ContentBounds.occasion(tree.tokens.get(k))));
  }

  /**
   * "the plan, which Marek described as a trap", "a candidate whom party members strongly oppose": a relative
   * pronoun before the verb is its object and stands for what was said; the content is the pronoun and the judgement
   * after the verb ("as a trap"). False when the verb's object is no relative pronoun before it.
   */
  private static boolean relativeObject(Context c, Findings f, Tree tree, int i) {
    int o = tree.child(i, "obj");
    if (o < 0 || o > i || !Lexicon.WH.contains(tree.tokens.get(o).tag()) || !Lexicon.RELATIVES.contains(Lexicon.lower(tree.tokens.get(o)))) return false;
    java.util.List<Span> pieces = new java.util.ArrayList<>();
    pieces.add(tree.tokens.get(o).span());
    for (int d : tree.children(i)) {
      if (d < i) continue;
      int cs = tree.child(d, "case", "mark");
      if (tree.rel(d).equals("xcomp") || cs >= 0 && judgement(Lexicon.lemma(tree.tokens.get(i)), Lexicon.lower(tree.tokens.get(cs))))
        pieces.add(tree.span(tree.range(d)));
    }
    f.report(c, tree.index, i, pieces, tree.tokens.get(i).span(), Speakers.sourceOf(c, f, tree.index, i));
    return true;
  }

  /** Whether a phrase with {@code prep} after the object of verb {@code lemma} is a judgement on the object. */
  private static boolean judgement(String lemma, String prep) {
    // "accused X of …", "blamed X on …", "credited X with …" take the judgement with them
    return Lexicon.JUDGEMENT_PREPOSITIONS.contains(prep) || prep.equals("of") && Lexicon.CHARGE_OF.contains(lemma)
        || prep.equals("to") && Lexicon.COMPARE_TO.contains(lemma)
        || prep.equals("on") && lemma.equals("blame") || prep.equals("with") && Lexicon.CREDIT_WITH.contains(lemma);
  }

  /**
   * Where what a feeling or view is about starts, after object {@code o} ("concern [about] the policy", "doubts [that
   * the deal will hold]"): the token after the preposition, or the "that"; -1 when the object is about nothing named.
   */
  private static int aboutWhat(Tree tree, int o) {
    for (int k : tree.children(o)) {
      if (k < o) continue;
      String rel = tree.rel(k);
      int first = tree.range(k)[0];
      if ((rel.startsWith("acl") || rel.equals("ccomp")) && tree.tokens.get(first).word().equalsIgnoreCase("that")) return first;
      int cs = tree.child(k, "case");
      if (rel.startsWith("nmod") && cs == first && Lexicon.ABOUT.contains(Lexicon.lower(tree.tokens.get(cs)))) return cs + 1;
    }
    return -1;
  }

  /** Whether verb {@code i} is a sentence's bare imperative: a base form heading the sentence with no subject. */
  private static boolean imperative(Tree tree, int i) {
    Token t = tree.tokens.get(i);
    return t.tag().equals("VB") && tree.rel(i).equals("root") && !tree.hasChild(i, "nsubj", "aux", "mark", "expl");
  }

  /** Whether the phrase {@code r} is its last token and determiners before it ("a question", "that remark"). */
  private static boolean bare(Tree tree, int[] r) {
    for (int k = r[0]; k < r[1]; k++) if (!tree.tokens.get(k).tag().equals("DT")) return false;
    return true;
  }

  /**
   * "voters see Varga as the likelier winner", "charged Marek with fraud": a verb of seeing with an object and an
   * "as" judgement after it says how its subject sees the object (without one it is sight, not a view); a verb of
   * charging, with a "with" judgement, what the object is charged with (without one it may be a fee or a rush).
   */
  private static boolean judgedObject(Tree tree, int i, String lemma) {
    int o = tree.child(i, "obj");
    String prep = Lexicon.SEE_AS.contains(lemma) ? "as" : Lexicon.CREDIT_WITH.contains(lemma) ? "with" : null;
    if (prep == null || o < i) return false;
    for (int j : tree.children(i)) {
      int cs = tree.child(j, "case", "mark"); // ("with filing a false report" is a clause)
      if (j > o && (tree.rel(j).startsWith("obl") || tree.rel(j).startsWith("advcl")) && cs > o && Lexicon.lower(tree.tokens.get(cs)).equals(prep)) return true;
    }
    return false;
  }

  /** Whether verb {@code i} points "to" what it speaks of right after it ("pointed to the bill", "referring to the strike"). */
  private static boolean pointsTo(Tree tree, int i, String lemma) {
    return Lexicon.POINT_TO.contains(lemma) && i + 2 < tree.tokens.size() && Lexicon.lower(tree.tokens.get(i + 1)).equals("to");
  }

  /**
   * "Brel, referred to as the harbour king": with no subject the participle names, and says nothing ("what Holm
   * referred to as a rigged vote" is Holm's).
   */
  private static boolean namedAs(Tree tree, int i, String lemma) {
    return pointsTo(tree, i, lemma) && !tree.hasChild(i, "nsubj") && Lexicon.lower(tree.tokens.get(i + 2)).equals("as");
  }

  /** Whether a "to" and a base verb follow within a few tokens of {@code from} ("on officers to wear"). */
  private static boolean hasInfinitive(Tree tree, int from) {
    for (int k = from; k + 1 < Math.min(tree.tokens.size(), from + 8); k++)
      if (tree.tokens.get(k).word().equalsIgnoreCase("to") && tree.tokens.get(k + 1).tag().equals("VB")) return true;
    return false;
  }

  /** Whether the subject of verb {@code i} is a document, survey or record ("the poll", "leaked documents"). */
  private static boolean evidenceSubject(Tree tree, int i) {
    int subj = tree.child(i, "nsubj");
    return subj >= 0 && Lexicon.EVIDENCE_NOUNS.contains(Lexicon.lemma(tree.tokens.get(subj)));
  }
}
