package org.dateline.quote;

import org.dateline.model.Span;
import org.dateline.nlp.Token;

/**
 * Positions held and named by a noun rather than a verb: a holder noun with its "of" phrase ("Vale, a fierce critic
 * of the levy", "Holm is an outspoken supporter of the bridge") and "in support of" / "in favor of" on a verb
 * ("the union raised funds in support of Holm"). The phrase's object is the content, the holder the speaker.
 */
final class HeldPositions {
  private HeldPositions() {}

  /** "Vale, a fierce critic of the levy": the holder is the name the noun is said of (a copula's subject, an apposition's head). */
  static final class Holder implements TokenRule {
    @Override
    public boolean apply(Context c, Findings f, Tree tree, int i) {
      Token t = tree.tokens.get(i);
      if (!t.tag().startsWith("NN") || !Lexicon.HOLDER_NOUNS.contains(Lexicon.lemma(t))) return false;
      int[] content = ofPhrase(tree, i);
      if (content == null) return false;
      Span source = null;
      int h = tree.head(i);
      if (tree.hasChild(i, "nsubj") && tree.hasChild(i, "cop")) source = Speakers.subject(c, f, tree, i);
      else if (tree.rel(i).equals("appos") && h >= 0 && h < i && ThatClause.human(tree.tokens.get(h))) source = tree.span(tree.range(h)[0], h);
      if (source == null) return false;
      f.report(c, tree.index, i, tree.span(content), new Span(t.span().start(), tree.tokens.get(i + 1).span().end()), source);
      return false;
    }
  }

  /** "raised funds in support of Holm", "voted in favor of the levy": said by the subject of the verb the phrase is on. */
  static final class InSupportOf implements TokenRule {
    @Override
    public boolean apply(Context c, Findings f, Tree tree, int i) {
      Token t = tree.tokens.get(i);
      if (i < 1 || !t.tag().startsWith("NN") || !Lexicon.SUPPORT_PHRASE_NOUNS.contains(Lexicon.lemma(t))) return false;
      if (!tree.tokens.get(i - 1).word().equalsIgnoreCase("in")) return false;
      int[] content = ofPhrase(tree, i);
      // (the parse may hang the phrase on the verb's object: "raised $58,000 [in support of Holm]")
      int h = tree.head(i);
      for (int step = 0; step < 3 && h >= 0 && !Lexicon.verb(tree.tokens.get(h)); step++) h = tree.head(h);
      if (content == null || h < 0 || !Lexicon.verb(tree.tokens.get(h))) return false;
      Span source = Speakers.subject(c, f, tree, h);
      if (source == null) return false;
      Span cue = new Span(tree.tokens.get(i - 1).span().start(), tree.tokens.get(i + 1).span().end());
      f.report(c, tree.index, i, tree.span(content), cue, source);
      return false;
    }
  }

  /** The tokens of the "of" phrase right after noun {@code i}, without the "of"; null when there is none. */
  private static int[] ofPhrase(Tree tree, int i) {
    if (i + 2 >= tree.tokens.size() || !tree.tokens.get(i + 1).word().equalsIgnoreCase("of")) return null;
    for (int o : tree.children(i)) {
      if (o <= i + 1 || !tree.rel(o).startsWith("nmod") || tree.child(o, "case") != i + 1) continue;
      int[] r = tree.range(o, k -> ContentBounds.keepInContent(tree, k));
      r[0] = i + 2;
      return r[0] <= r[1] ? r : null;
    }
    return null;
  }
}
