package org.dateline.quote;

import java.util.List;
import java.util.Map;
import org.dateline.nlp.Token;

/**
 * "railed against the levy", "lashed out at Varga", "fired back at the mayor", "weighed in on the strike",
 * "opened up about her illness": a verb that is no speech verb alone speaks with its particle and preposition; what
 * the preposition opens is what was spoken of. Takes the verb when it finds the words.
 */
final class PhrasalCue implements TokenRule {
  /** The words after each verb's lemma that make it speech, the preposition last. Lower-case words. */
  private static final Map<String, List<String>> PHRASES = Map.of(
      "rail", List.of("against"),
      "lash", List.of("out", "at"),
      "fire", List.of("back", "at"),
      "shoot", List.of("back", "at"),
      "weigh", List.of("in", "on"),
      "open", List.of("up", "about"));

  @Override
  public boolean apply(Context c, Findings f, Tree tree, int i) {
    if (!matches(tree.tokens, i)) return false;
    int prep = i + PHRASES.get(Lexicon.lemma(tree.tokens.get(i))).size();
    int head = tree.head(prep); // the preposition's noun
    if (head <= prep || !Lexicon.NOUN_PHRASE.contains(tree.tokens.get(head).tag()) && !tree.tokens.get(head).tag().equals("PRP")) return true;
    int[] content = {prep + 1, tree.range(head)[1]};
    ContentTails.trim(c, tree, content, true); // "railed against the levy [in a radio interview]"
    f.report(c, tree.index, i, tree.span(content), tree.tokens.get(i).span(), Speakers.sourceOf(c, f, tree.index, i));
    return true;
  }

  /** Whether token {@code i} is a verb followed by its words ("lashed" + "out at"): the sentence needs a parse. */
  static boolean matches(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    List<String> after = PHRASES.get(Lexicon.lemma(t));
    if (after == null || !Lexicon.verb(t) || i + after.size() >= tokens.size()) return false;
    for (int k = 0; k < after.size(); k++) if (!Lexicon.lower(tokens.get(i + 1 + k)).equals(after.get(k))) return false;
    return true;
  }
}
