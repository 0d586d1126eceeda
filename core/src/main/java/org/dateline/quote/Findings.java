package org.dateline.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.dateline.model.Span;
import org.dateline.model.Statement;

/**
 * What the rules have found so far in one text, which later rules consult: the statements in the order found, the
 * cue tokens already used, the quotes that were no statement on their own, and what relative pronouns stand for.
 */
final class Findings {
  private final List<Found> found = new ArrayList<>();
  private final Set<Long> usedCues = new HashSet<>();
  private final Set<Long> quoteCues = new HashSet<>(); // the cues direct quotes took
  private final Map<Span, Span> antecedents = new HashMap<>(); // relative pronoun -> the noun it stands for
  private List<QuoteScanner.Quoted> loose = List.of();

  /** The statements found so far, in the order found. */
  List<Found> all() {
    return found;
  }

  void add(Found f) {
    found.add(f);
  }

  /** The statement found last, or null. */
  Found last() {
    return found.isEmpty() ? null : found.get(found.size() - 1);
  }

  void removeIf(Predicate<Found> p) {
    found.removeIf(p);
  }

  void useCue(int sentence, int token) {
    usedCues.add(key(sentence, token));
  }

  /** Marks a cue a direct quote took: used, though it may still report a clause of its own beside the quote. */
  void useQuoteCue(int sentence, int token) {
    useCue(sentence, token);
    quoteCues.add(key(sentence, token));
  }

  /** Whether a direct quote took this cue. */
  boolean quoteCue(int sentence, int token) {
    return quoteCues.contains(key(sentence, token));
  }

  boolean cueUsed(int sentence, int token) {
    return usedCues.contains(key(sentence, token));
  }

  /** Records that relative pronoun {@code who} stands for {@code noun} ("Smith, who said …"). */
  void antecedent(Span who, Span noun) {
    antecedents.put(who, noun);
  }

  /** The quoted passages that are no statement on their own: reported speech over them is partial. */
  List<QuoteScanner.Quoted> loose() {
    return loose;
  }

  void loose(List<QuoteScanner.Quoted> quotes) {
    loose = List.copyOf(quotes);
  }

  /** Whether a statement's content holds {@code offset}. */
  boolean insideDirect(int offset) {
    for (Found f : found) for (Span c : f.content) if (c.start() <= offset && offset < c.end()) return true;
    return false;
  }

  /**
   * Adds a statement of reported speech with cue token {@code i} of sentence {@code s}, unless a statement found
   * before already holds most of its content; partial when it overlaps a loose quote.
   */
  void report(Context c, int s, int i, Span content, Span cue, Span source) {
    report(c, s, i, List.of(content), cue, source);
  }

  /** The same for a content in pieces ("Sanders // to win" around "is expected"), each cut at paragraph breaks. */
  void report(Context c, int s, int i, List<Span> pieces, Span cue, Span source) {
    List<Span> kept = new ArrayList<>(pieces.size());
    for (Span p : pieces) {
      Span cut = ParagraphBounds.cut(c, p, cue);
      if (cut != null && cut.length() >= 2) kept.add(cut);
    }
    if (kept.isEmpty()) return;
    Span main = kept.get(0);
    for (Span p : kept) if (p.length() > main.length()) main = p;
    for (Found f : found) {
      for (Span d : f.content) {
        if (overlap(d, main) * 2 >= main.length()) return; // a direct quote already holds it
      }
      if (f.content.get(0).equals(kept.get(0))) return;
    }
    usedCues.add(key(s, i));
    if (source != null && Speakers.onlyTime(c, s, source)) source = null;
    boolean onContent = false;
    for (Span p : kept) onContent |= source != null && source.overlaps(p);
    Statement.Kind kind = Acts.of(c.tree(s), i, kindOver(kept));
    // "Marek was asked whether …": the question is the asker's ("by the moderator"), or no one named, never Marek's
    if (kind == Statement.Kind.ASKED) source = RaisedSubject.agent(c.tree(s), i);
    Found f = new Found(kind, cue, onContent ? null : source,
        c.paragraphAt(kept.get(0).start()), c.paragraphAt(kept.get(0).start()));
    f.content.addAll(kept);
    found.add(f);
  }

  /** Indirect, or partial when one of {@code pieces} overlaps a loose quote. */
  Statement.Kind kindOver(List<Span> pieces) {
    for (QuoteScanner.Quoted q : loose) for (Span p : pieces) if (overlap(p, q.spans().get(0)) > 0) return Statement.Kind.PARTIAL;
    return Statement.Kind.INDIRECT;
  }

  /**
   * The statements in text order. Statements of one paragraph that share a cue and its speaker mention, reported speech
   * first, are pieces of one content ("She added that the vote was close, because “in the end …”"), which PolNeAR
   * marks as one discontinuous content with one source: one statement. (Of the later statements sharing an
   * earlier one's cue and mention, in any paragraph, gold matched the mention for 2 of 14 on train's first 200
   * articles and 1 of 16 on the next 200.) A quote paragraph carrying on the speaker stays a statement of its own.
   */
  List<Attribution> attributions() {
    found.sort(Comparator.comparing(f -> f.content.get(0)));
    Map<List<Span>, Found> first = new HashMap<>();
    List<Attribution> out = new ArrayList<>(found.size());
    List<Found> kept = new ArrayList<>(found.size());
    for (Found f : found) {
      Found earlier = f.source == null ? null : first.putIfAbsent(List.of(f.cue, f.source), f);
      // (a quote first and reported speech after it are two: "“You don't win by states,” Rubio responded, adding that …")
      if (earlier != null && f.paragraph == earlier.lastParagraph && earlier.kind != Statement.Kind.DIRECT) earlier.merge(f);
      else kept.add(f);
    }
    for (Found f : kept) out.add(f.toAttribution(antecedents));
    return out;
  }

  static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  private static long key(int s, int i) {
    return ((long) s << 32) | i;
  }
}
