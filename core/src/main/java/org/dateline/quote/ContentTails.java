package org.dateline.quote;

import java.util.Set;

/**
 * What trails a reported content but is the reporter's, not the speaker's: rules applied in the order {@link #trim}
 * writes down, each moving the end of a {@code [first, last]} token range of the cue's sentence back. Words inside
 * quotation marks are the speaker's own and are never cut.
 */
final class ContentTails {
  private ContentTails() {}

  /** Prepositions of an occasion a phrase content may run into ("in a radio interview", "on its Facebook page"). */
  private static final Set<String> OCCASION_PREPOSITIONS = Set.of("in", "during", "on");

  /** Relative adverbs that open a gloss on a place or a time ("the primary in Kentucky, where he trailed …"). */
  private static final Set<String> PLACE_TIME_RELATIVES = Set.of("where", "when");

  /** The rules, in order, over a content; a phrase content is a noun or prepositional phrase, not a clause. */
  static void trim(Context c, Tree tree, int[] content, boolean phrase) {
    // (a content with a finite verb is a clause, whose phrases of time and place are as often the speaker's)
    if (!finite(tree, content)) occasion(c, tree, content); // "criticized the levy [in a radio interview]"
    if (phrase) relativeGloss(c, tree, content); // "the port[, which an audit called careless]"
    appositive(c, tree, content); // "praised Anton Brel[, a former harbour master]"
  }

  /**
   * "announced its endorsement on its Facebook page", "called the plan “a disgrace” in a radio interview",
   * "attacked Ostrova during a conference call": a phrase that names the occasion of a statement with no verb is the
   * reporter's, wherever the parse hangs it (on the cue, on the object, on the judgement). ("at" is left out: "at the
   * rally" names a place more often than the occasion.)
   */
  static void occasion(Context c, Tree tree, int[] content) {
    for (int k = content[0] + 1; k <= content[1]; k++) {
      String rel = tree.rel(k);
      if (!rel.startsWith("nmod") && !rel.startsWith("obl")) continue;
      int[] r = tree.range(k);
      int cs = tree.child(k, "case");
      if (cs != r[0] || r[0] <= content[0] || !OCCASION_PREPOSITIONS.contains(Lexicon.lower(tree.tokens.get(cs)))) continue;
      if (!namesOccasion(tree, k) || quoted(c, tree, r[0], content[1])) continue;
      cutBefore(tree, content, r[0]);
      return;
    }
  }

  /**
   * "criticized the council's handling of the port, which an audit called careless", "praised Ilse Varga, who ended
   * her campaign": a relative clause set off by a comma after a phrase content is the reporter's gloss on it; a
   * speaker who names a thing does not say "which".
   */
  static void relativeGloss(Context c, Tree tree, int[] content) {
    for (int k = content[0] + 1; k <= content[1]; k++) {
      if (!tree.rel(k).equals("acl:relcl")) continue;
      int[] r = tree.range(k);
      if (r[0] <= content[0] + 1 || !tree.tokens.get(r[0] - 1).word().equals(",")) continue;
      var first = tree.tokens.get(r[0]);
      boolean wh = Lexicon.WH.contains(first.tag()) || first.tag().equals("WRB") && PLACE_TIME_RELATIVES.contains(Lexicon.lower(first));
      if (!wh || quoted(c, tree, r[0], content[1])) continue;
      cutBefore(tree, content, r[0]);
      return;
    }
  }

  /**
   * "praised Anton Brel, a former harbour master", "endorsed Oskar Lind, the former mayor of Port Elsa": an appositive
   * after a name that closes the content tells the reader who the name is; it is the reporter's, not the speaker's.
   */
  static void appositive(Context c, Tree tree, int[] content) {
    for (int k = content[0] + 1; k <= content[1]; k++) {
      if (!tree.rel(k).equals("appos")) continue;
      int head = tree.head(k);
      int[] r = tree.range(k);
      // (a name after a name is a place's state or the same person again: "Ferguson, Missouri", "the Greatest, Ali")
      if (head < content[0] || head > k || !tree.tokens.get(head).tag().startsWith("NNP") || !tree.tokens.get(k).tag().startsWith("NN")
          || tree.tokens.get(k).tag().startsWith("NNP")) continue;
      if (r[0] <= content[0] + 1 || !tree.tokens.get(r[0] - 1).word().equals(",") || r[1] < tree.lastWord(content[0], content[1])) continue;
      if (quoted(c, tree, r[0], content[1])) continue;
      cutBefore(tree, content, r[0]);
      return;
    }
  }

  /**
   * Whether the noun {@code k} (or a noun compounded with it: "a conference call") names an occasion; a time alone
   * ("in the last year of his presidency") is as often part of what was said.
   */
  private static boolean namesOccasion(Tree tree, int k) {
    if (!tree.tokens.get(k).tag().startsWith("NN")) return false;
    if (ContentBounds.occasion(tree.tokens.get(k))) return true;
    // (a "campaign" before a noun makes a thing, not an occasion: "campaign fliers", "a campaign advertisement")
    for (int m : tree.children(k))
      if (tree.rel(m).equals("compound") && ContentBounds.occasion(tree.tokens.get(m)) && !Lexicon.lemma(tree.tokens.get(m)).equals("campaign")) return true;
    return false;
  }

  /** Whether the content holds a finite verb. */
  private static boolean finite(Tree tree, int[] content) {
    for (int k = content[0]; k <= content[1]; k++) if (Lexicon.FINITE.contains(tree.tokens.get(k).tag())) return true;
    return false;
  }

  /** Whether any token from {@code from} to {@code to} lies inside a quotation. */
  private static boolean quoted(Context c, Tree tree, int from, int to) {
    for (int k = from; k <= to; k++) if (c.insideAnyQuote(tree.tokens.get(k).span().start())) return true;
    return false;
  }

  /** Ends the content before token {@code k}, leaving out the commas and conjunctions before it. */
  private static void cutBefore(Tree tree, int[] content, int k) {
    int end = tree.lastWordBeforeJoin(content[0], k - 1);
    if (end >= content[0]) content[1] = end;
  }
}
