package org.dateline.quote;

import java.util.List;
import java.util.Set;
import org.dateline.model.Span;
import org.dateline.nlp.Token;

/**
 * "“They are all here for the free stuff,” Bennett shot back.": a name (or he, she, they) and a verb right after a
 * quote that has no speech verb of its own. The verb is no cue the lexicon knows ("shot back", "went on"), or the
 * tagger cut it off into a long sentence of its own ("“Who do they think they are?” Vale said of the firm, when…"),
 * but the shape names who spoke: the quote is theirs, not a carry-over of the speaker before.
 */
final class TrailingSpeaker {
  private TrailingSpeaker() {}

  /** The speaker words and the verb after them. */
  record Named(Span source, Span cue) {}

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they");
  private static final int MAX_NAME_WORDS = 4;

  /** The speaker and verb right after {@code q} in its paragraph, or null. */
  static Named after(Context c, QuoteScanner.Quoted q) {
    int end = q.outer().end();
    int para = c.paragraphAt(Math.max(q.outer().start(), end - 1));
    int s = c.sentenceAt(end);
    if (s < 0) return null;
    // the words after the quote may open the next sentence ("…?” Vale said") or go on in the quote's
    List<Token> ts = c.sentences.get(s).tokens();
    int k = 0;
    while (k < ts.size() && ts.get(k).span().start() < end) k++;
    if (k == ts.size() && s + 1 < c.sentences.size()) {
      ts = c.sentences.get(s + 1).tokens();
      k = 0;
    }
    while (k < ts.size() && ",".equals(ts.get(k).word())) k++;
    if (k >= ts.size() || c.paragraphAt(ts.get(k).span().start()) != para) return null;
    if (!c.text.substring(end, ts.get(k).span().start()).matches("[\\s,]*")) return null;
    int from = k;
    if (PRONOUNS.contains(Lexicon.lower(ts.get(k))) && ts.get(k).tag().equals("PRP")) k++;
    else while (k < ts.size() && k - from < MAX_NAME_WORDS && ts.get(k).tag().startsWith("NNP")) k++;
    if (k == from || k >= ts.size()) return null;
    Token verb = ts.get(k);
    if (!finiteVerb(verb) || Lexicon.lemma(verb).equals("be") || Lexicon.lemma(verb).equals("have")) return null;
    return new Named(new Span(ts.get(from).span().start(), ts.get(k - 1).span().end()), verb.span());
  }

  /** A verb in the past or present ("answers" after a name is often tagged a plural noun). */
  private static boolean finiteVerb(Token t) {
    return t.tag().equals("VBD") || t.tag().equals("VBZ") || t.tag().equals("NNS") && Lexicon.SPEECH.contains(Lexicon.lemma(t));
  }
}
