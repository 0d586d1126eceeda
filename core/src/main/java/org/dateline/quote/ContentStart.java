package org.dateline.quote;

import org.dateline.nlp.Token;

/**
 * Where the content of a cue verb starts, when the parse leaves it a token or a phrase off: rules applied in the
 * order {@link #adjust} writes down, each moving the start of a {@code [first, last]} token range of the cue's
 * sentence.
 */
final class ContentStart {
  /** Longest noun phrase, in tokens, taken back as the clause's subject. */
  private static final int LONGEST_SUBJECT = 6;

  private ContentStart() {}

  /** The rules, in order, over the content of cue {@code i}. */
  static void adjust(Tree tree, int i, int[] content) {
    subjectBack(tree, i, content); // "says [Obama] is flouting …": the subject the parse hung on the cue
    pastCueAdjuncts(tree, i, content); // "said [on Thursday] his biggest worry …": the cue's time and place
  }

  /**
   * "says Obama is flouting the process" parsed as "says [Obama]" with "is flouting …" apart, "thinks Cruz will win":
   * a clause that opens on its finite verb right after a bare noun phrase on the cue starts at that noun phrase (a
   * listener, "told reporters", stays out: a clause with a subject of its own follows it).
   */
  static void subjectBack(Tree tree, int i, int[] content) {
    int first = content[0];
    if (first <= i + 1 || first - (i + 1) > LONGEST_SUBJECT || !Lexicon.FINITE.contains(tree.tokens.get(first).tag())) return;
    if (Lexicon.LISTENER_VERBS.contains(Lexicon.lemma(tree.tokens.get(i)))) return;
    for (int k = i + 1; k < first; k++) {
      Token t = tree.tokens.get(k);
      if (!Lexicon.NOUN_PHRASE.contains(t.tag()) && !t.tag().equals("PRP") && !t.tag().equals("NNPS")) return;
    }
    // the phrase must end on a noun: a determiner or adjective alone is no subject
    String last = tree.tokens.get(first - 1).tag();
    if (last.startsWith("NN") || last.equals("PRP")) content[0] = i + 1;
  }

  /**
   * "said Thursday his biggest worry is …", "told the Ledger last week she would …", "tells reporters outside a
   * polling station that …": a time or place phrase opening the content right after the cue (and its listener) is
   * the cue's, however the parse hangs it: on the cue, or before the subject of the clause it hangs on.
   */
  static void pastCueAdjuncts(Tree tree, int i, int[] content) {
    for (int step = 0; step < 3; step++) {
      int first = content[0];
      // (inside a quotation the phrase is the speaker's own: “In some ways the vote …”)
      if (first <= i || QuoteScanner.isOpenChar(tree.tokens.get(first - 1).word().charAt(0)) || tree.tokens.get(first - 1).word().equals("``")) return;
      int adjunct = -1;
      for (int d : tree.children(i)) if (d >= first && tree.range(d)[0] == first && adjunct(tree, d)) adjunct = d;
      if (adjunct < 0) {
        int head = clauseHead(tree, content);
        int subj = head < 0 ? -1 : tree.child(head, "nsubj", "nsubj:pass");
        if (subj > first)
          for (int d : tree.children(head)) if (d >= first && d < subj && tree.range(d)[0] == first && adjunct(tree, d)) adjunct = d;
      }
      if (adjunct < 0) return;
      int next = tree.range(adjunct)[1] + 1;
      while (next <= content[1] && tree.tokens.get(next).word().equals(",")) next++;
      if (next >= content[1]) return; // nothing left but the phrase: leave it
      content[0] = next;
    }
  }

  /**
   * Whether dependent {@code d} is a time or place phrase: a bare time noun ("Thursday", "last week", not "her years
   * as senator") or an oblique opened by a preposition of time or place ("in Reno", "outside a polling station"),
   * not "of", "by", "as" or "about", which join what was said.
   */
  private static boolean adjunct(Tree tree, int d) {
    String rel = tree.rel(d);
    Token head = tree.tokens.get(d);
    if (rel.equals("obl:tmod") || rel.equals("nmod:tmod") || rel.equals("obl:npmod"))
      return (Lexicon.TIME_NOUNS.contains(Lexicon.lemma(head)) || head.tag().equals("CD")) && !tree.hasChild(d, "nmod:poss");
    if (!rel.equals("obl")) return false;
    int cs = tree.child(d, "case");
    return cs >= 0 && cs == tree.range(d)[0] && Lexicon.WHERE_WHEN.contains(Lexicon.lower(tree.tokens.get(cs)));
  }

  /** The token of the content range whose head lies outside it: the clause's head, or -1 when there are several. */
  private static int clauseHead(Tree tree, int[] content) {
    int head = -1;
    for (int k = content[0]; k <= content[1]; k++) {
      int h = tree.head(k);
      if (h >= content[0] && h <= content[1]) continue;
      if (Tree.punct(tree.tokens.get(k))) continue;
      if (head >= 0) return -1;
      head = k;
    }
    return head;
  }
}
