package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.nlp.Token;

/**
 * Direct quotes: a quoted passage shaped like a statement (set off by punctuation, a sentence long) is attributed
 * by the nearest speech verb outside quotes in its sentences, a lead-in paragraph ending in a colon, or a dash and a
 * name after it; without any, it joins the statement before it in its paragraph, or carries on one of the
 * paragraphs just before when it is a paragraph of its own. Quotes left over are loose: reported speech over them is
 * partial, and {@link FollowOns} may still join them to a statement.
 */
final class DirectQuotes {
  private DirectQuotes() {}

  /** How many paragraphs a speaker carries over to following all-quote paragraphs. */
  private static final int CONTINUATION_PARAGRAPHS = 3;

  private static final Pattern DASH_SIGNATURE = Pattern.compile(
      "^[\\s\\u00A0]*([―—–]|--?)[\\s\\u00A0]*([\\p{Lu}](?:[^.!?“”\"]|(?<=\\b\\p{Lu})\\.){1,80})\\.?[\\s\\u00A0]*$");

  /** A dash and the name after it ({@code “…” ― Name}). */
  private record Signature(Span dash, Span name) {}

  static void find(Context c, Findings f) {
    List<QuoteScanner.Quoted> loose = new ArrayList<>();
    Found previous = null;
    for (QuoteScanner.Quoted q : c.quotes) {
      int para = c.paragraphAt(q.outer().start());
      int lastPara = c.paragraphAt(Math.max(q.outer().start(), q.outer().end() - 1));
      if (insideHeadlineStatement(f, q)) continue;
      boolean direct = directShape(c, q);
      Context.TokenAt cue = direct ? cueFor(c, q, para) : null;
      if (!direct) {
        // a short piece set off after a cued quote in the same paragraph ("…,” she said. “Not once.”) joins it
        if (previous != null && previous.lastParagraph == para && previous.kind == Statement.Kind.DIRECT && setOff(c, q) && closesSentence(c, q)) {
          previous.join(q.spans(), lastPara);
          continue;
        }
        loose.add(q);
        continue;
      }
      if (cue != null) {
        Span cueSpan = c.token(cue).span();
        if (previous != null && previous.lastParagraph == para && cueSpan.equals(previous.cue)) {
          previous.join(q.spans(), lastPara);
          continue;
        }
        f.useQuoteCue(cue.sentence(), cue.index());
        previous = add(f, q, cueSpan, Speakers.sourceOf(c, f, cue.sentence(), cue.index()), para, lastPara);
        continue;
      }
      Signature dash = dashAttribution(c, q);
      if (dash != null) {
        previous = add(f, q, dash.dash(), dash.name(), para, lastPara);
        continue;
      }
      // no cue of its own: joins the statement before it in the same paragraph, or continues one from just before
      if (previous != null && previous.lastParagraph == para && previous.kind == Statement.Kind.DIRECT) {
        previous.join(q.spans(), lastPara);
        continue;
      }
      if (previous != null && para - previous.lastParagraph <= CONTINUATION_PARAGRAPHS && para > previous.lastParagraph
          && wholeParagraph(c, q, para) && noOtherStatementBetween(f, previous, para) && !titleCase(c, q)) {
        // a paragraph of nothing but the quote right after goes on with the same quotation (one statement in two
        // paragraphs, as PolNeAR marks it); one after a gap of other paragraphs, or with words of its own after the
        // quote (an attribution the cues miss: "…,” Bennett shot back), is a new statement: by the name after it
        // when there is one, else by the same speaker
        TrailingSpeaker.Named named = onlyQuote(c, q) ? null : TrailingSpeaker.after(c, q);
        if (para == previous.lastParagraph + 1 && onlyQuote(c, q)) previous.join(q.spans(), lastPara);
        else if (named != null) previous = add(f, q, named.cue(), named.source(), para, lastPara);
        else {
          Found on = previous;
          previous = add(f, q, previous.cue, previous.source, para, lastPara);
          previous.carriedOn = on;
        }
        continue;
      }
      loose.add(q);
    }
    f.loose(loose);
  }

  private static Found add(Findings f, QuoteScanner.Quoted q, Span cue, Span source, int para, int lastPara) {
    Found found = new Found(Statement.Kind.DIRECT, cue, source, para, lastPara);
    found.content.addAll(q.spans());
    f.add(found);
    return found;
  }

  /** {@code “…” ― Name}: the dash and the name after a quote that ends its paragraph. */
  private static Signature dashAttribution(Context c, QuoteScanner.Quoted q) {
    int end = q.outer().end();
    Span para = c.paragraph(c.paragraphAt(Math.max(q.outer().start(), end - 1)));
    String rest = c.text.substring(end, para.end());
    Matcher m = DASH_SIGNATURE.matcher(rest);
    if (!m.find()) return null;
    String name = m.group(2).replaceAll("[\\s\\u00A0]+$", ""); // (pages pad names with no-break spaces)
    if (name.split("\\s+").length > 12) return null;
    int ns = end + m.start(2);
    return new Signature(new Span(end + m.start(1), end + m.end(1)), new Span(ns, ns + name.length()));
  }

  private static boolean insideHeadlineStatement(Findings f, QuoteScanner.Quoted q) {
    for (Found found : f.all()) if (found.content.get(0).contains(q.spans().get(0))) return true;
    return false;
  }

  private static boolean noOtherStatementBetween(Findings f, Found previous, int para) {
    for (Found found : f.all()) if (found != previous && found.paragraph > previous.lastParagraph && found.paragraph < para) return false;
    return true;
  }

  /** A quote that stands as a statement: set off by punctuation and long enough to be a sentence, not a scare quote or title. */
  private static boolean directShape(Context c, QuoteScanner.Quoted q) {
    Span outer = q.outer();
    int para = c.paragraphAt(outer.start());
    Span paraSpan = c.paragraph(para);
    int b = outer.start() - 1;
    while (b >= paraSpan.start() && Character.isWhitespace(c.marks.charAt(b))) b--;
    boolean lineStart = outer.start() == 0 || c.text.charAt(outer.start() - 1) == '\n';
    boolean openOk = b < paraSpan.start() || lineStart || ":,.!?—–―-(_;".indexOf(c.marks.charAt(b)) >= 0 || cueWordEndsAt(c, b + 1);
    char inner = innerEnd(c, q);
    int a = outer.end();
    Span lastPara = c.paragraph(c.paragraphAt(Math.max(outer.start(), outer.end() - 1)));
    while (a < lastPara.end() && Character.isWhitespace(c.marks.charAt(a))) a++;
    boolean closeOk = ",.!?…—–―-_".indexOf(inner) >= 0 || a >= lastPara.end() || ",.!?—–―;".indexOf(c.marks.charAt(a)) >= 0;
    int words = 0;
    for (Span s : q.spans()) words += s.of(c.text).trim().split("\\s+").length;
    return openOk && closeOk && (words >= 3 || words >= 1 && ",?!".indexOf(inner) >= 0);
  }

  /**
   * A quote that ends its sentence ("Not once.”"), not one the sentence runs on from ("“You squeezed them” to
   * drive up the price, she said": a partial quote with a cue of its own).
   */
  static boolean closesSentence(Context c, QuoteScanner.Quoted q) {
    if (".!?…".indexOf(innerEnd(c, q)) >= 0) return true;
    Span para = c.paragraph(c.paragraphAt(Math.max(q.outer().start(), q.outer().end() - 1)));
    int a = q.outer().end();
    while (a < para.end() && Character.isWhitespace(c.marks.charAt(a))) a++;
    return a >= para.end() || ".!?".indexOf(c.marks.charAt(a)) >= 0;
  }

  /**
   * The last character inside the quote's marks, read past the closing marks of a quote nested at its end ("I told
   * them, 'Build the pier first,'" said Holm: the comma), and past spaces; a space when there is none.
   */
  private static char innerEnd(Context c, QuoteScanner.Quoted q) {
    Span last = q.spans().get(q.spans().size() - 1);
    int e = last.end();
    while (e > last.start() && (Character.isWhitespace(c.marks.charAt(e - 1)) || NESTED_CLOSE.indexOf(c.marks.charAt(e - 1)) >= 0)) e--;
    return e > last.start() ? c.marks.charAt(e - 1) : ' ';
  }

  private static final String NESTED_CLOSE = "'’”\"";

  /** A quote opening its paragraph or following a sentence end. */
  static boolean setOff(Context c, QuoteScanner.Quoted q) {
    Span paraSpan = c.paragraph(c.paragraphAt(q.outer().start()));
    int b = q.outer().start() - 1;
    while (b >= paraSpan.start() && Character.isWhitespace(c.marks.charAt(b))) b--;
    return b < paraSpan.start() || ".!?:".indexOf(c.marks.charAt(b)) >= 0;
  }

  /** Whether a speech verb ends just before {@code end} ("Smith said “We ...”" without a colon). */
  private static boolean cueWordEndsAt(Context c, int end) {
    Context.TokenAt at = c.tokenEndingAt(end);
    return at != null && Lexicon.verb(c.token(at)) && Lexicon.SPEECH.contains(Lexicon.lemma(c.token(at)));
  }

  /** Whether nothing but punctuation stands before the quote in its paragraph. */
  private static boolean wholeParagraph(Context c, QuoteScanner.Quoted q, int para) {
    Span p = c.paragraph(para);
    String before = c.text.substring(p.start(), q.outer().start());
    return before.chars().noneMatch(Character::isLetter);
  }

  /** Whether nothing but punctuation stands before and after the quote in its paragraph. */
  private static boolean onlyQuote(Context c, QuoteScanner.Quoted q) {
    Span p = c.paragraph(c.paragraphAt(Math.max(q.outer().start(), q.outer().end() - 1)));
    return wholeParagraph(c, q, c.paragraphAt(q.outer().start())) && q.outer().end() <= p.end()
        && c.text.substring(q.outer().end(), p.end()).chars().noneMatch(Character::isLetter);
  }

  /**
   * Whether the quote's words of four letters or more, two at least, are all capitalised: a subheading ('All Bets
   * Are Off.'), not words said.
   */
  private static boolean titleCase(Context c, QuoteScanner.Quoted q) {
    int capitalised = 0;
    for (Span s : q.spans()) {
      for (String w : s.of(c.text).split("[^\\p{L}]+")) {
        if (w.length() < 4) continue;
        if (!Character.isUpperCase(w.charAt(0))) return false;
        capitalised++;
      }
    }
    return capitalised >= 2;
  }

  /** The speech verb attributing a direct quote: in its sentences outside any quote, the nearest; else a lead-in. */
  private static Context.TokenAt cueFor(Context c, QuoteScanner.Quoted q, int para) {
    Span outer = q.outer();
    int s0 = c.sentenceAt(outer.start()), s1 = c.sentenceAt(Math.max(outer.start(), outer.end() - 1));
    if (s0 < 0 || s1 < 0) return null;
    int lo = s0, hi = s1;
    // "… we will win." he said. -- the tagger may split the attribution off as a sentence of its own
    if (s1 + 1 < c.sentences.size() && c.paragraphAt(c.sentences.get(s1 + 1).span().start()) == c.paragraphAt(outer.end() - 1)
        && c.sentences.get(s1 + 1).tokens().size() <= 15 && c.sentences.get(s1 + 1).span().start() - outer.end() <= 3) hi = s1 + 1;
    Context.TokenAt best = null;
    int bestDist = Integer.MAX_VALUE;
    for (int s = lo; s <= hi; s++) {
      for (Token t : c.sentences.get(s).tokens()) {
        if (c.insideAnyQuote(t.span().start())) continue;
        if (!Lexicon.verb(t) || !Lexicon.SPEECH.contains(Lexicon.lemma(t)) && !Lexicon.lemma(t).equals("continue")) continue;
        int d = t.span().end() <= outer.start() ? outer.start() - t.span().end() : Math.max(0, t.span().start() - outer.end());
        if (c.paragraphAt(t.span().start()) != para && c.paragraphAt(t.span().start()) != c.paragraphAt(outer.end() - 1)) continue;
        if (d < bestDist) {
          bestDist = d;
          best = new Context.TokenAt(s, t.index());
        }
      }
    }
    if (best != null) return best;
    // lead-in: the paragraph before ends with a colon and holds a speech verb ("Caddell continued:")
    if (para > 0 && wholeParagraph(c, q, para)) {
      Span prev = c.paragraph(para - 1);
      String pt = prev.of(c.text).strip();
      if (pt.endsWith(":")) {
        int s = c.sentenceAt(prev.end() - 1);
        if (s >= 0) {
          List<Token> ts = c.sentences.get(s).tokens();
          for (int k = ts.size() - 1; k >= 0; k--) {
            Token t = ts.get(k);
            if (!c.insideAnyQuote(t.span().start()) && Lexicon.verb(t) && Lexicon.verbCue(Lexicon.lemma(t))) return new Context.TokenAt(s, k);
          }
        }
      }
    }
    return null;
  }
}
