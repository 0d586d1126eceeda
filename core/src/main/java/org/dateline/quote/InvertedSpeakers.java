package org.dateline.quote;

import org.dateline.model.Span;
import org.dateline.nlp.Entity;
import org.dateline.nlp.Token;

/**
 * The speaker after an inverted cue ('"…," said Luis Arce, who runs the port', '"…," said the Valdorian envoy'): the
 * parse takes it for the cue's object, so {@link Speakers} asks here when the cue has no subject.
 */
final class InvertedSpeakers {
  private InvertedSpeakers() {}

  /**
   * '"…," said the 46-year-old.', '"…," said the Valdorian envoy, "…"': after the quote, a cue with no subject is said
   * by the noun phrase right after it, which the parse takes for its object (no name there for the entities to find).
   * Not a time ("said Monday") and nothing inside a quote.
   */
  static Span description(Context c, Tree tree, int i) {
    if (i < 2 || i + 1 >= tree.tokens.size() || !tree.tokens.get(i).tag().matches("VB[DZP]") || tree.hasChild(i, "nsubj")
        || !closingQuote(tree.tokens.get(i - 1)) && !(tree.tokens.get(i - 1).word().equals(",") && closingQuote(tree.tokens.get(i - 2))))
      return null;
    for (int d : tree.children(i)) {
      Token head = tree.tokens.get(d);
      if (!Lexicon.INVERTED_SPEAKER.contains(tree.rel(d)) || !(head.tag().startsWith("NN") || head.tag().startsWith("JJ"))) continue;
      int[] r = SpeakerPhrases.describedRange(tree, d, k -> SpeakerPhrases.notDescription(tree, k));
      String first = tree.tokens.get(r[0]).tag();
      if (r[0] != i + 1 || !(first.equals("DT") || first.equals("PRP$")) || Speakers.TEMPORAL.contains(head.ner())
          || Lexicon.TIME_NOUNS.contains(Lexicon.lemma(head))) continue;
      endBeforeQuote(c, tree, r, r[0]);
      r[1] = tree.lastWord(r[0], r[1]);
      return tree.span(r);
    }
    return null;
  }

  private static boolean closingQuote(Token t) {
    return t.tag().equals("''");
  }

  /**
   * '"…," said Luis Arce, who runs the port.': a name after the cue that the parse makes its object keeps its
   * appositive or relative clause, as the subject would (not a participle, nor anything inside a quote).
   */
  static Span named(Context c, Tree tree, int verb, Entity e) {
    int h = -1;
    for (int k = e.firstToken(); k <= e.lastToken(); k++) if (tree.head(k) < e.firstToken() || tree.head(k) > e.lastToken()) h = h < 0 ? k : h;
    if (h < 0 || Lexicon.LISTENER_VERBS.contains(Lexicon.lemma(tree.tokens.get(verb)))) return e.span();
    // (a title split off by the tokenizer may stand between: "said Del. Mara Quist")
    int up = tree.head(h);
    if (up > verb && up < e.firstToken() && tree.head(up) == verb) up = verb;
    if (up != verb || !Lexicon.INVERTED_SPEAKER.contains(tree.rel(h))) return nounPhraseOf(c, tree, verb, e, h);
    int[] r = SpeakerPhrases.describedRange(tree, h, k -> SpeakerPhrases.notDescription(tree, k));
    r[0] = Math.min(r[0], e.firstToken());
    // a title the splitter cut off ("said Del. Mara Quist")
    while (r[0] - 1 > verb && (tree.tokens.get(r[0] - 1).tag().equals("NNP") || tree.tokens.get(r[0] - 1).word().equals(".") && tree.tokens.get(r[0] - 2).word().endsWith("."))) r[0]--;
    endBeforeQuote(c, tree, r, e.lastToken() + 1);
    return r[0] <= verb ? e.span() : tree.span(r);
  }

  /**
   * 'said Vorn constituent Ada Pell', 'said Vorn's top aide Ada Pell', 'said Korvia delegate Ada Pell': a name that
   * modifies a noun after it, or one with a title or description before it, speaks as the whole noun phrase (the
   * parse, often garbled after an inverted cue, may hang it anywhere); else the name alone.
   */
  private static Span nounPhraseOf(Context c, Tree tree, int verb, Entity e, int h) {
    int np = h;
    while (NAME_MODIFIERS.contains(tree.rel(np)) && tree.head(np) > np) np = tree.head(np);
    int[] r = SpeakerPhrases.describedRange(tree, np, k -> SpeakerPhrases.notDescription(tree, k));
    while (r[0] < e.firstToken() && (tree.rel(r[0]).equals("case") || Tree.punct(tree.tokens.get(r[0])))) r[0]++;
    if (r[0] <= verb || np == h && r[0] >= e.firstToken()) return e.span();
    endBeforeQuote(c, tree, r, r[0]);
    r[1] = tree.lastWord(r[0], r[1]);
    return r[1] < e.lastToken() ? e.span() : tree.span(r);
  }

  /** Relations by which a name or title modifies the noun after it. */
  private static final java.util.Set<String> NAME_MODIFIERS = java.util.Set.of("compound", "amod", "nmod:poss");

  /** Ends token range {@code r} before the first token from {@code from} on that is inside a quote. */
  private static void endBeforeQuote(Context c, Tree tree, int[] r, int from) {
    for (int k = from; k <= r[1]; k++) {
      if (c.insideAnyQuote(tree.tokens.get(k).span().start())) {
        r[1] = k - 1;
        return;
      }
    }
  }
}
