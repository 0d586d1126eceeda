package org.dateline.quote;

import java.util.List;
import org.dateline.model.Span;
import org.dateline.nlp.Entity;
import org.dateline.nlp.Parsed;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * What the rules read about one text, all fixed before the first rule runs: the text, its paragraphs, sentences,
 * entities and dependency trees, and the quoted passages found by their marks. Nothing here changes while the rules
 * run; what they find goes to {@link Findings}.
 */
final class Context {
  final String text;
  /** The text as the marks are read (offsets kept): no-break spaces as spaces, two apostrophes as a quote mark. */
  final String marks;
  final List<Span> paragraphs;
  final List<Sentence> sentences;
  final List<Entity> entities;
  /** The quoted passages, in text order. */
  final List<QuoteScanner.Quoted> quotes;
  private final Tree[] trees; // null where the sentence was not parsed

  /** A token by its sentence and its index in that sentence. */
  record TokenAt(int sentence, int index) {}

  Context(Parsed parsed, List<Span> paragraphs) {
    this.text = parsed.text();
    this.paragraphs = List.copyOf(paragraphs);
    this.sentences = parsed.sentences();
    this.entities = parsed.entities();
    this.trees = new Tree[sentences.size()];
    for (int s = 0; s < trees.length; s++) if (sentences.get(s).parsed()) trees[s] = new Tree(s, sentences.get(s));
    this.quotes = QuoteScanner.scan(text, this.paragraphs);
    this.marks = QuoteScanner.forMarks(text);
  }

  /** The dependency tree of sentence {@code s}, or null when it was not parsed. */
  Tree tree(int s) {
    return trees[s];
  }

  Token token(int s, int i) {
    return sentences.get(s).tokens().get(i);
  }

  Token token(TokenAt at) {
    return token(at.sentence(), at.index());
  }

  boolean insideAnyQuote(int offset) {
    for (QuoteScanner.Quoted q : quotes) {
      if (q.outer().start() > offset) break;
      if (q.outer().start() <= offset && offset < q.outer().end()) return true;
    }
    return false;
  }

  /** The sentence holding {@code offset} (the one before when it falls between sentences), or -1 before the first. */
  int sentenceAt(int offset) {
    int lo = 0, hi = sentences.size() - 1, ans = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).span().start() <= offset) {
        ans = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return ans;
  }

  /** The token whose span ends at {@code end}, or null. */
  TokenAt tokenEndingAt(int end) {
    int s = sentenceAt(Math.max(0, end - 1));
    if (s < 0) return null;
    for (Token t : sentences.get(s).tokens()) if (t.span().end() == end) return new TokenAt(s, t.index());
    return null;
  }

  /** The paragraph holding {@code offset} (the one before when it falls between paragraphs; the first before it). */
  int paragraphAt(int offset) {
    for (int p = paragraphs.size() - 1; p >= 0; p--) if (paragraphs.get(p).start() <= offset) return p;
    return 0;
  }

  Span paragraph(int p) {
    return paragraphs.get(p);
  }

  /** The span without the quote marks at its ends. */
  Span stripMarks(Span s) {
    int a = s.start(), b = s.end();
    while (a < b && "\"“”‘’'«»„".indexOf(text.charAt(a)) >= 0) a++;
    while (b > a && "\"“”‘’'«»„".indexOf(text.charAt(b - 1)) >= 0) b--;
    return new Span(a, b);
  }
}
