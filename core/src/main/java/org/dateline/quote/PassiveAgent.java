package org.dateline.quote;

/**
 * The speaker of a cue in the passive voice is its agent, not its subject: "Vetrov was told by the moderator that
 * …", "facts reported by the government". The subject of a passive cue is who was told or what was reported, so an
 * agentless passive ("it was revealed that …", "she was announced the winner") has no speaker in the sentence. Not
 * "ask": an asked statement's speaker is whom the question was put to, as the record documents.
 */
final class PassiveAgent {
  private PassiveAgent() {}

  /**
   * Whether cue token {@code i} is a passive participle of speech: a passive subject or auxiliary, or a "by" agent.
   * A passive of belief or stance, or one taking an "of" phrase, is no such cue: its subject holds the view ("she is
   * assured of winning", "he is convinced that …").
   */
  static boolean passive(Tree tree, int i) {
    if (!tree.tokens.get(i).tag().equals("VBN")) return false;
    String lemma = Lexicon.lemma(tree.tokens.get(i));
    // an asked statement's speaker is whom the question was put to (docs/record.md): "ask" keeps its subject
    if (lemma.equals("ask")) return false;
    if (agent(tree, i) >= 0) return true;
    if (!tree.hasChild(i, "nsubj:pass", "aux:pass")) return false;
    if (Lexicon.STANCE_VERBS.contains(lemma) || Lexicon.COGNITION.contains(lemma)) return false;
    for (int k : tree.children(i)) if (tree.rel(k).startsWith("obl") && headedBy(tree, k, "of")) return false;
    return true;
  }

  /** The head of the "by" phrase of passive verb {@code i}, or -1. */
  static int agent(Tree tree, int i) {
    for (int k : tree.children(i)) {
      String rel = tree.rel(k);
      if (!(rel.startsWith("obl") || rel.startsWith("nmod"))) continue;
      if (k < i) continue; // the agent follows its verb
      if (headedBy(tree, k, "by")) return k;
    }
    return -1;
  }

  /** Whether phrase {@code k} has {@code preposition} as its case marker ("by the moderator", "of winning"). */
  private static boolean headedBy(Tree tree, int k, String preposition) {
    for (int c : tree.children(k)) if (tree.rel(c).equals("case") && tree.tokens.get(c).word().equalsIgnoreCase(preposition)) return true;
    return false;
  }

  /** The agent's noun phrase, without "by" (and the speaker rules' usual cuts), or null when there is none. */
  static org.dateline.model.Span of(Tree tree, int i) {
    int k = agent(tree, i);
    if (k < 0) return null;
    int[] r = tree.range(k, c -> !(c < k && tree.rel(c).equals("case")) && !tree.rel(c).startsWith("acl:relcl")
        && !tree.rel(c).equals("parataxis") && !tree.rel(c).startsWith("obl") && !tree.rel(c).startsWith("advcl"));
    return tree.span(r);
  }
}
