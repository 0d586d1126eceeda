package org.dateline.quote;

import org.dateline.nlp.Token;

/**
 * Where the content of reported speech starts and ends. Parses often hang a clause's tail elsewhere, so a complement
 * runs on to the end of its sentence, and these rules say where the speaker's words stop and the reporter's resume:
 * a trailing cue of its own (", adding that …"), ", according to", ", which …", a conjoined clause with its own
 * subject, a new main clause after a comma.
 */
final class ContentBounds {
  private ContentBounds() {}

  /**
   * A content clause stops before a non-restrictive relative clause (", which ...": the reporter's addition) and
   * before a conjoined clause that is an attribution of its own ("..., and Democrats accused ...").
   */
  static boolean keepInContent(Tree tree, int k) {
    String rel = tree.rel(k);
    if (rel.equals("acl:relcl")) {
      // ", which …" inside the clause is part of what was said; ", who …" after a name is the reporter's gloss
      int first = tree.range(k)[0];
      return first == 0 || !tree.tokens.get(first - 1).word().equals(",") || tree.tokens.get(first).word().equalsIgnoreCase("which");
    }
    if ((rel.startsWith("advcl") || rel.equals("xcomp") || rel.equals("conj") || rel.equals("parataxis"))
        && tree.tokens.get(k).tag().equals("VBG") && Lexicon.verbCue(Lexicon.lemma(tree.tokens.get(k)))) return false;
    if (rel.equals("conj") && Lexicon.verbCue(Lexicon.lemma(tree.tokens.get(k))) && tree.hasChild(k, "nsubj")) return false;
    return true;
  }

  /**
   * A complement after its verb runs to the end of the sentence (parses often hang its tail elsewhere), stopping
   * before a trailing participle that is a cue of its own (", adding that ..."), ", according to", ", which ...",
   * and a conjoined clause with its own cue and subject ("..., but Smith said ...").
   */
  static void toSentenceEnd(Tree tree, int i, int[] content) {
    int n = tree.tokens.size();
    // a cue inside a subordinate clause ("When Clinton noted that ..., Trump boasted") keeps to its own clause
    String rel = tree.rel(i);
    // (a clausal subject is left out: "Officials said they hoped the move will help" is parsed with "said" as the
    // subject of "help", and the content runs on)
    boolean subordinate = tree.head(i) > i && (rel.startsWith("advcl") || rel.startsWith("acl") || rel.equals("ccomp")
        || rel.startsWith("nsubj") || rel.startsWith("obl") || rel.startsWith("nmod"));
    if (subordinate) n = Math.max(content[1], tree.range(i)[1]) + 1;
    n = Math.min(n, openingEnd(tree, i) + 1);
    int end = n - 1;
    // a participle inside what was said carries on the speaker's words ("would put it in context, allowing people
    // to see …"); after other cues it is mostly the reporter's ("wants to sign up voters, focusing on …")
    boolean sayLike = Lexicon.SAY_LIKE.contains(Lexicon.lemma(tree.tokens.get(i)));
    for (int k = content[0] + 1; k < n; k++) {
      Token t = tree.tokens.get(k);
      String prev = tree.tokens.get(k - 1).word();
      // (a comma inside a closing quote counts: “… is true,” but the report …)
      if ((prev.equals("''") || prev.equals("”") || prev.equals("’")) && k >= 2) prev = tree.tokens.get(k - 2).word();
      boolean afterComma = prev.equals(",") || prev.equals(";") || prev.equals("--") || prev.equals("—");
      String w = Lexicon.lower(t);
      boolean dash = Lexicon.DASHES.contains(w);
      // a dash pair sets off an aside inside what was said ("Shriver — a member of the Kennedy clan — to replace")
      if (dash) {
        int pair = -1;
        for (int m = k + 1; m < n && pair < 0; m++) if (Lexicon.DASHES.contains(tree.tokens.get(m).word())) pair = m;
        if (pair > k + 1 && pair < n - 2) {
          k = pair;
          continue;
        }
      }
      boolean cut = dash || afterComma && (t.tag().equals("VBG") && !w.equals("including") && (k > content[1] || !sayLike || Lexicon.verbCue(Lexicon.lemma(t))) || w.equals("according")
          || w.equals("which") && k > content[1] || w.equals("who")
          || w.equals("while") || w.equals("but") && k > content[1]);
      if (!cut && k > content[1] && tree.rel(k).equals("conj") && Lexicon.verb(t) && Lexicon.verbCue(Lexicon.lemma(t)) && tree.hasChild(k, "nsubj"))
        cut = true;
      if (!cut && k > content[1] && tree.rel(k).equals("conj") && tree.head(k) == i) cut = true; // "said X and left"
      if (!cut && k > content[1] && (afterComma || prev.equals(";")) && startsMainClause(tree, k, n)) cut = true;
      // "…, and human rights groups warned …", "…, but instant polls are not …": a conjoined clause of its own
      if (!cut && afterComma && Lexicon.AND_BUT_YET.contains(w) && k + 1 < n && startsMainClause(tree, k + 1, n)) cut = true;
      if (!cut && t.tag().equals("CC") && (w.equals("and") || w.equals("but")) && sharedSubjectCue(tree, i, k, n)) cut = true;
      if (!cut && afterComma && listedCue(tree, i, k, n)) cut = true;
      // "…, and human rights groups warned …": a noun phrase and a finite verb after ", and" is a clause of its own,
      // however the parse hangs it
      if (!cut && afterComma && Lexicon.AND_BUT.contains(w) && nounPhraseThenVerb(tree, k + 1, n)) cut = true;
      // past the parse's range, a comment of the reporter's: ", yet refuses …", ", with polls showing …",
      // ", implicitly putting …", ", aside from …", ", especially given …"
      if (!cut && afterComma && k > content[1] && (Lexicon.REPORTER_ASIDES.contains(w)
          || t.tag().equals("RB") && k + 1 < n && tree.tokens.get(k + 1).tag().equals("VBG"))) cut = true;
      if (!cut && afterComma && (k > content[1] && (w.equals("and") || w.equals("but")) || Lexicon.CONTRASTS.contains(w))) {
        // ", and Democrats accused ..." -- a new clause whose verb is a cue with its own subject
        for (int m = k + 1; m < Math.min(n, k + 8); m++) {
          Token v = tree.tokens.get(m);
          if (Lexicon.verb(v) && Lexicon.verbCue(Lexicon.lemma(v)) && tree.hasChild(m, "nsubj")) {
            cut = true;
            break;
          }
        }
      }
      // "argued that, while the tax may …, workers will …": an aside opening the clause is inside it, no end to it
      if (cut && k <= content[1] && onlyOpening(tree, content[0], k)) cut = false;
      if (cut) {
        end = k - 1;
        // a conjoined verb takes its auxiliaries and "but"/"and" with it ("… but has been")
        if (tree.rel(k).equals("conj") && tree.range(k)[0] > content[0]) end = Math.min(end, tree.range(k)[0] - 1);
        end = tree.lastWordBeforeJoin(content[0], end);
        break;
      }
    }
    if (end < content[0]) return;
    // a cut inside the parse's range wins too: the participle clause is a statement of its own
    content[1] = end;
    while (content[1] > content[0] && Tree.punct(tree.tokens.get(content[1]))) content[1]--;
  }

  /** Whether the tokens from {@code from} up to {@code k} are a "that" and punctuation, nothing else. */
  private static boolean onlyOpening(Tree tree, int from, int k) {
    boolean that = false;
    for (int m = from; m < k; m++) {
      Token t = tree.tokens.get(m);
      that |= Lexicon.lower(t).equals("that");
      if (!Tree.punct(t) && !Lexicon.lower(t).equals("that")) return false;
    }
    return that;
  }

  /**
   * "accused Sanders of a smear while Sanders suggests …", "said it was great to be home as he faces a test": a
   * subordinate clause the parse hangs on the cue itself, after the content and opened by a conjunction of time or
   * contrast, is the reporter's setting of the statement, not what was said; the content ends before it.
   */
  static void beforeCueClause(Tree tree, int i, int from, int[] content) {
    for (int d : tree.children(i)) {
      if (d <= from || !tree.rel(d).startsWith("advcl")) continue;
      int mark = tree.child(d, "mark");
      if (mark < 0 || !Lexicon.SETTING_CONJUNCTIONS.contains(Lexicon.lower(tree.tokens.get(mark)))) continue;
      int start = tree.range(d)[0];
      if (start <= from || start > content[1]) continue;
      int end = tree.lastWordBeforeJoin(content[0], start - 1);
      if (end > content[0]) content[1] = end;
    }
  }

  /**
   * "Announcing plans last October, the general manager, Anil Varma, said …": a participle opening the sentence
   * ends before the comma that sets off the main clause's subject, however the parse hangs it (here as an
   * adjective of "plans"). The last token of the opening, or the sentence's last when {@code i} opens none.
   */
  static int openingEnd(Tree tree, int i) {
    int last = tree.tokens.size() - 1;
    int first = 0;
    while (first < i && Tree.punct(tree.tokens.get(first))) first++;
    if (first != i || !tree.tokens.get(i).tag().equals("VBG")) return last;
    int root = i;
    for (int step = 0; step < 200 && tree.head(root) >= 0; step++) root = tree.head(root);
    // (of two subjects the parse gives the main verb, the one nearest it)
    int subj = -1;
    for (int k : tree.children(root)) if (k > i && k < root && tree.rel(k).startsWith("nsubj") && k > subj) subj = k;
    if (subj < 0) return last;
    int from = tree.range(subj)[0];
    return from > i + 1 && tree.tokens.get(from - 1).word().equals(",") ? from - 2 : last;
  }

  /**
   * When the parse gives a "say" verb no complement (it often misparses a clause without "that"), the rest of the
   * sentence after the verb and its listener is the content; a sentence-final "…, officials said." takes what comes
   * before the comma.
   */
  static int[] rest(Tree tree, int i) {
    int n = tree.tokens.size();
    int j = i + 1;
    int o = tree.child(i, "obj", "iobj");
    // ("says Trump’s “meltdown is unhinged”": an object holding a verb is the misparsed clause itself)
    if (o >= 0 && tree.range(o)[0] == j && (o == j && !hasVerb(tree, tree.range(o)) || Lexicon.LISTENER_VERBS.contains(Lexicon.lemma(tree.tokens.get(i)))))
      j = tree.range(o)[1] + 1; // "told The Harbor Times the plan …": the listener is not what was said
    while (j < n && (tree.tokens.get(j).tag().equals("RB") || tree.tokens.get(j).word().equals(","))) j++;
    int last = n - 1;
    while (last >= j && Tree.punct(tree.tokens.get(last))) last--;
    for (int k = j + 2; k <= last; k++) {
      String p = tree.tokens.get(k - 1).word();
      // "said as much in an interview on Thursday": the occasion is not what was said
      if (Lexicon.OCCASION_PREPOSITIONS.contains(Lexicon.lower(tree.tokens.get(k)))) {
        boolean occasion = false;
        for (int m = k + 1; m <= Math.min(last, k + 3); m++) occasion |= tree.tokens.get(m).tag().startsWith("NN") && occasion(tree.tokens.get(m));
        if (occasion) {
          last = k - 1;
          break;
        }
      }
      if ((p.equals(",") || p.equals(";")) && startsMainClause(tree, k, n)) {
        last = k - 2; // "has said his piece, he is ready to move on": the second clause is the reporter's
        break;
      }
    }
    if (last - j >= 2 && j < n && !tree.tokens.get(j).word().equals(":") && !QuoteScanner.isOpenChar(tree.tokens.get(j).word().charAt(0))) {
      for (int k = j; k <= last; k++) if (tree.tokens.get(k).tag().startsWith("VB") || tree.tokens.get(k).tag().equals("MD")) return new int[] {j, last};
      return null;
    }
    // "…, officials said." -- the verb ends the sentence
    if (last < j) {
      int subj = tree.child(i, "nsubj");
      int from = subj >= 0 ? tree.range(subj)[0] : i;
      int comma = from - 1;
      while (comma >= 0 && !tree.tokens.get(comma).word().equals(",")) comma--;
      if (comma == from - 1 && comma >= 3) return new int[] {0, comma - 1};
    }
    return null;
  }

  /** Whether a noun names the occasion of a statement ("statement", "interview", "debate", "ruling"). */
  static boolean occasion(Token t) {
    String l = Lexicon.lemma(t);
    return Lexicon.NOUNS.contains(l) || Lexicon.OCCASIONS.contains(l);
  }

  /**
   * Whether a new main clause starts at token k after a comma or semicolon: a finite verb within a few tokens whose
   * subject starts at k ("…, his decision was overturned", "…, Trump told Fox …"). Run past the parse's range, such a
   * clause is the reporter's, not the speaker's.
   */
  static boolean startsMainClause(Tree tree, int k, int n) {
    if (Lexicon.NOT_A_SUBJECT.contains(Lexicon.lower(tree.tokens.get(k)))) return false;
    for (int m = k; m < Math.min(n, k + 10); m++) {
      Token v = tree.tokens.get(m);
      if (Tree.punct(v)) return false;
      if (!Lexicon.FINITE.contains(v.tag())) continue;
      int verb = v.tag().equals("MD") || Lexicon.AUXILIARIES.contains(tree.rel(m)) ? tree.head(m) : m;
      if (verb < 0) return false;
      int subj = tree.child(verb, "nsubj", "nsubj:pass");
      return subj >= 0 && tree.range(subj)[0] == k;
    }
    return false;
  }

  /**
   * "… that X was a con and encouraged Americans to …": "and" followed by a past or present cue verb with no subject of
   * its own starts a second statement by the same speaker; so does a participle after a participle cue ("calling
   * Marek a “fraud” and questioning how …").
   */
  private static boolean sharedSubjectCue(Tree tree, int i, int k, int n) {
    int m = skipAdverbs(tree, k + 1, n);
    if (m >= n) return false;
    // "… but did not recommend that …", "… and has urged …": the auxiliary carries the tense the cue's must match
    String tense = tree.tokens.get(m).tag();
    if (Lexicon.SECOND_CUE_AUXILIARIES.contains(Lexicon.lemma(tree.tokens.get(m))) && tree.rel(m).equals("aux")) {
      if (!tense.equals(tree.tokens.get(i).tag())) return false;
      m = skipAdverbs(tree, m + 1, n);
      if (m >= n) return false;
    }
    Token v = tree.tokens.get(m);
    // ("…, and accused the office of …": after a comma and "and" the tagger takes a past tense for a participle)
    if (m == k + 1 && tense.equals("VBN") && k > 0 && tree.tokens.get(k - 1).word().equals(",") && tree.tokens.get(i).tag().equals("VBD")) tense = "VBD";
    boolean parallel = Lexicon.PAST_OR_PRESENT.contains(tense) || v.tag().equals("VBG") && tree.tokens.get(i).tag().equals("VBG");
    return parallel && Lexicon.SPEECH.contains(Lexicon.lemma(v)) && !tree.hasChild(m, "nsubj");
  }

  /**
   * "suggested X, called her “third-rate” and …", "offered him a job, then says …": a speech verb right after a comma
   * (and an adverb), in the cue's own tense and with no subject of its own, is the same speaker's next statement.
   */
  private static boolean listedCue(Tree tree, int i, int k, int n) {
    int m = skipAdverbs(tree, k, n);
    if (m >= n) return false;
    Token v = tree.tokens.get(m);
    return v.tag().equals(tree.tokens.get(i).tag()) && Lexicon.PAST_OR_PRESENT.contains(v.tag()) && Lexicon.SPEECH.contains(Lexicon.lemma(v))
        && !tree.hasChild(m, "nsubj");
  }

  /** The first token from {@code m} on that is no adverb ({@code n} when there is none). */
  private static int skipAdverbs(Tree tree, int m, int n) {
    while (m < n && Lexicon.ADVERBS.contains(tree.tokens.get(m).tag())) m++;
    return m;
  }

  /** Whether a noun phrase (names, nouns, determiners, possessives, adjectives) and then a finite verb start at k. */
  private static boolean nounPhraseThenVerb(Tree tree, int k, int n) {
    int m = k;
    while (m < n && m - k < 8 && Lexicon.NOUN_PHRASE.contains(tree.tokens.get(m).tag())) m++;
    if (m == k) return false;
    while (m < n && tree.tokens.get(m).tag().equals("RB")) m++;
    return m < n && Lexicon.FINITE.contains(tree.tokens.get(m).tag());
  }

  /** Whether a token range holds a verb or modal. */
  static boolean hasVerb(Tree tree, int[] r) {
    for (int k = r[0]; k <= r[1]; k++) if (tree.tokens.get(k).tag().startsWith("VB") || tree.tokens.get(k).tag().equals("MD")) return true;
    return false;
  }

  /** Whether only punctuation follows token {@code k} in its sentence. */
  static boolean endsSentence(Tree tree, int k) {
    for (int j = k + 1; j < tree.tokens.size(); j++) if (!Tree.punct(tree.tokens.get(j))) return false;
    return true;
  }
}
