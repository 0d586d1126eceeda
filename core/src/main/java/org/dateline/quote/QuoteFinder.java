package org.dateline.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.nlp.Entity;
import org.dateline.nlp.Parsed;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Rules over CoreNLP's tokens, entities and dependency parses. Direct quotes are found by their marks and attributed
 * by a speech verb outside the marks in the same sentence (or a colon lead-in, a dash, or the statement before when
 * the paragraph is all quote); reported speech is a speech or cognition verb with its clausal complement, "according
 * to", or a cue noun ("in a statement"). Quote pieces sharing a cue, or following a cued piece in one paragraph,
 * become one statement with several spans.
 */
public final class QuoteFinder implements StatementFinder {
  /** How many paragraphs a speaker carries over to following all-quote paragraphs. */
  private static final int CONTINUATION_PARAGRAPHS = 3;

  /**
   * Parsing is most of the cost, so only sentences that can hold a statement get a parse: one with a quote mark, a
   * speech or cognition verb (tagged as a verb), "according", or a cue noun.
   */
  @Override
  public Predicate<List<Token>> parseWhen() {
    return tokens -> {
      for (Token t : tokens) {
        String w = t.word();
        if (w.length() == 1 && QuoteScanner.isOpenChar(w.charAt(0)) || w.equals("``") || w.equals("''")
            || w.equals("”") || w.equals("“") || w.equals("’") || w.equals("«")) return true;
        String lemma = lemma(t);
        if (t.tag().startsWith("VB") && Cues.verbCue(lemma)) return true;
        if (t.tag().startsWith("NN") && (Cues.NOUNS.contains(lemma) || Cues.CLAUSE_NOUNS.contains(lemma) || Cues.STANCE_NOUNS.contains(lemma))) return true;
        if (lemma.equals("accord") || w.equalsIgnoreCase("according")) return true;
        if (t.tag().startsWith("NN") && Cues.EVIDENCE_NOUNS.contains(lemma) && tokens.get(0).word().equalsIgnoreCase("in")) return true;
      }
      return false;
    };
  }

  @Override
  public List<Attribution> find(Parsed parsed) {
    return new Run(parsed).find();
  }

  /** The working state for one text. */
  private static final class Run {
    final Parsed parsed;
    final String text;
    final List<Span> paragraphs;
    final List<Sentence> sentences;
    final Tree[] trees;
    final List<QuoteScanner.Quoted> quotes;
    final String marks; // the text with two-apostrophe quotes rewritten, for looking at marks
    final Set<Long> usedCues = new HashSet<>();
    final List<Found> found = new ArrayList<>();
    final java.util.Map<Span, Span> antecedents = new java.util.HashMap<>(); // relative pronoun -> the noun it stands for

    Run(Parsed parsed) {
      this.parsed = parsed;
      this.text = parsed.text();
      this.paragraphs = paragraphs(text);
      this.sentences = parsed.sentences();
      this.trees = new Tree[sentences.size()];
      for (int s = 0; s < trees.length; s++) if (sentences.get(s).parsed()) trees[s] = new Tree(sentences.get(s));
      this.quotes = QuoteScanner.scan(text, paragraphs);
      this.marks = QuoteScanner.twoApostrophes(text);
    }

    /** A statement being built: mutable while quote pieces join it. */
    private static final class Found {
      Statement.Kind kind;
      final List<Span> content = new ArrayList<>();
      Span cue;
      Span source;
      int paragraph;
      int lastParagraph;

      Attribution toAttribution(java.util.Map<Span, Span> antecedents) {
        return new Attribution(kind, content, cue, source, source == null ? null : antecedents.getOrDefault(source, source));
      }
    }

    List<Attribution> find() {
      headlines();
      List<QuoteScanner.Quoted> notDirect = directQuotes();
      reported(notDirect);
      followOns(notDirect);
      found.sort(Comparator.comparing(f -> f.content.get(0)));
      List<Attribution> out = new ArrayList<>();
      for (Found f : found) out.add(f.toAttribution(antecedents));
      return out;
    }

    // ---- headline form: "Medvedev: Russia will ..."

    private static final java.util.regex.Pattern LEAD = java.util.regex.Pattern.compile("^[\"“]?([^:\\n\"“”]{2,80}?)\\s*:\\s+(\\S[\\s\\S]*)$");

    private static final java.util.regex.Pattern TITLE_SAYS = java.util.regex.Pattern.compile(
        "^(\\S.{1,70}?) (Says|Said|Tells|Told|Warns|Claims|Insists|Argues|Admits|Denies|Predicts|Vows|Urges|Calls|Accuses|Slams|Blasts|Rips|Praises|Defends) (\\S.*?)[.!]?\\s*$");

    /** "Flynn Says Trump Absolutely Right": a title-case headline, which the tagger reads poorly, gets a token rule. */
    void titleSays(int p, Span para) {
      String t = para.of(text);
      String[] words = t.strip().split("\\s+");
      if (words.length < 4 || words.length > 22) return;
      int capital = 0;
      for (String w : words) if (!w.isEmpty() && !Character.isLowerCase(w.codePointAt(0))) capital++;
      if (capital * 4 < words.length * 3) return; // not title case
      java.util.regex.Matcher m = TITLE_SAYS.matcher(t);
      if (!m.matches() || m.group(1).split("\\s+").length > 7 || m.group(3).split("\\s+").length < 2) return;
      Found f = new Found();
      f.kind = Statement.Kind.INDIRECT;
      f.content.add(stripMarks(new Span(para.start() + m.start(3), para.start() + m.end(3))));
      f.cue = new Span(para.start() + m.start(2), para.start() + m.end(2));
      f.source = new Span(para.start() + m.start(1), para.start() + m.end(1));
      f.paragraph = f.lastParagraph = p;
      found.add(f);
    }

    void headlines() {
      for (int p = 0; p < paragraphs.size(); p++) {
        if (p < 2) titleSays(p, paragraphs.get(p));
        Span para = paragraphs.get(p);
        java.util.regex.Matcher m = LEAD.matcher(para.of(text));
        if (!m.matches()) continue;
        String who = m.group(1).strip();
        String[] words = who.split("\\s+");
        boolean capitalised = true;
        for (String w : words) if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) capitalised = false;
        if (!capitalised || words.length > (p == 0 ? 7 : 4)) continue;
        if (QuoteScanner.isOpenChar(who.charAt(0)) || who.chars().anyMatch(ch -> "“”\"".indexOf(ch) >= 0)) continue;
        String said = m.group(2);
        if (said.strip().split("\\s+").length < 3) continue;
        int colon = para.start() + m.end(1);
        while (text.charAt(colon) != ':') colon++;
        int start = para.start() + m.start(2);
        Found f = new Found();
        f.kind = Statement.Kind.DIRECT;
        f.content.add(stripMarks(new Span(start, para.end())));
        f.cue = new Span(colon, colon + 1);
        int ws = para.start() + m.start(1);
        while (Character.isWhitespace(text.charAt(ws))) ws++;
        f.source = new Span(ws, ws + who.length());
        f.paragraph = f.lastParagraph = p;
        found.add(f);
      }
    }

    // ---- direct quotes

    List<QuoteScanner.Quoted> directQuotes() {
      List<QuoteScanner.Quoted> notDirect = new ArrayList<>();
      Found previous = null;
      for (QuoteScanner.Quoted q : quotes) {
        int para = paragraphAt(q.outer().start());
        int lastPara = paragraphAt(Math.max(q.outer().start(), q.outer().end() - 1));
        if (insideHeadlineStatement(q)) continue;
        boolean direct = directShape(q);
        int[] cue = direct ? cueFor(q, para) : null;
        if (!direct) {
          // a short piece set off after a cued quote in the same paragraph ("…,” she said. “Not once.”) joins it
          if (previous != null && previous.lastParagraph == para && previous.kind == Statement.Kind.DIRECT && setOff(q) && closesSentence(q)) {
            previous.content.addAll(q.spans());
            previous.lastParagraph = lastPara;
            continue;
          }
          notDirect.add(q);
          continue;
        }
        if (cue != null) {
          Span cueSpan = tok(cue[0], cue[1]).span();
          if (previous != null && previous.lastParagraph == para && cueSpan.equals(previous.cue)) {
            previous.content.addAll(q.spans());
            previous.lastParagraph = lastPara;
            continue;
          }
          usedCues.add(key(cue[0], cue[1]));
          Found f = new Found();
          f.kind = Statement.Kind.DIRECT;
          f.content.addAll(q.spans());
          f.cue = cueSpan;
          f.source = sourceOf(cue[0], cue[1]);
          f.paragraph = para;
          f.lastParagraph = lastPara;
          found.add(f);
          previous = f;
          continue;
        }
        Span[] dash = dashAttribution(q);
        if (dash != null) {
          Found f = new Found();
          f.kind = Statement.Kind.DIRECT;
          f.content.addAll(q.spans());
          f.cue = dash[0];
          f.source = dash[1];
          f.paragraph = para;
          f.lastParagraph = lastPara;
          found.add(f);
          previous = f;
          continue;
        }
        // no cue of its own: joins the statement before it in the same paragraph, or continues one from just before
        if (previous != null && previous.lastParagraph == para && previous.kind == Statement.Kind.DIRECT) {
          previous.content.addAll(q.spans());
          previous.lastParagraph = lastPara;
          continue;
        }
        if (previous != null && para - previous.lastParagraph <= CONTINUATION_PARAGRAPHS && para > previous.lastParagraph
            && wholeParagraph(q, para) && noOtherStatementBetween(previous, para)) {
          Found f = new Found();
          f.kind = Statement.Kind.DIRECT;
          f.content.addAll(q.spans());
          f.cue = previous.cue;
          f.source = previous.source;
          f.paragraph = para;
          f.lastParagraph = lastPara;
          found.add(f);
          previous = f;
          continue;
        }
        notDirect.add(q);
      }
      return notDirect;
    }

    /** The end of a statement's last word: content, cue or speaker, whichever comes last. */
    static int end(Found f) {
      int e = f.cue.end();
      for (Span c : f.content) e = Math.max(e, c.end());
      if (f.source != null) e = Math.max(e, f.source.end());
      return e;
    }

    /** Whether a speech verb outside any quote lies between two offsets. */
    boolean cueBetween(int from, int to) {
      for (int s = Math.max(0, sentenceAt(from)); s < sentences.size() && sentences.get(s).span().start() < to; s++) {
        for (Token t : sentences.get(s).tokens()) {
          if (t.span().start() < from || t.span().end() > to || insideAnyQuote(t.span().start())) continue;
          if (verbToken(t) && Cues.SPEECH.contains(lemma(t))) return true;
        }
      }
      return false;
    }

    private static final java.util.regex.Pattern CONJOINED_QUOTE = java.util.regex.Pattern.compile("^[\\s,]*(and|but)(\\s+[a-z]+)?\\s*$");

    /**
     * Quotes with no cue of their own after a statement of any kind go on with it: a quote that is the next sentence
     * of the same paragraph ("…are "not meeting the demand," says Rieckhoff. "We often compare it …"") and one
     * conjoined right after the cue ("Mills "got immunity," Jordan said, and still "got to sit in …"").
     */
    void followOns(List<QuoteScanner.Quoted> notDirect) {
      for (QuoteScanner.Quoted q : notDirect) {
        int start = q.outer().start();
        if (insideDirect(start) || insideDirect(q.spans().get(0).start())) continue;
        int para = paragraphAt(start);
        Found before = null;
        for (Found f : found) {
          if (f.paragraph != para && f.lastParagraph != para || end(f) > start) continue;
          if (paragraphAt(f.cue.start()) != para) continue;
          if (before == null || end(f) > end(before)) before = f;
        }
        if (before == null) continue;
        String gap = text.substring(end(before), start);
        boolean nextSentence = setOff(q) && closesSentence(q) && sentenceAt(start) == sentenceAt(end(before) - 1) + 1
            && !cueBetween(end(before), start);
        boolean conjoined = CONJOINED_QUOTE.matcher(gap).matches() && sentenceAt(start) == sentenceAt(before.cue.start());
        if (!nextSentence && !conjoined) continue;
        before.content.addAll(q.spans());
        before.lastParagraph = Math.max(before.lastParagraph, paragraphAt(q.outer().end() - 1));
        // the quote is the speaker's words now, so a cue read inside it is not a statement of its own
        Found host = before;
        found.removeIf(f -> f != host && q.outer().contains(f.cue));
        if (before.kind == Statement.Kind.INDIRECT) before.kind = Statement.Kind.PARTIAL;
      }
    }

    private static final java.util.regex.Pattern DASH_SIGNATURE = java.util.regex.Pattern.compile(
        "^[\\s\\u00A0]*([―—–]|--?)[\\s\\u00A0]*([\\p{Lu}](?:[^.!?“”\"]|(?<=\\b\\p{Lu})\\.){1,80})\\.?[\\s\\u00A0]*$");

    /** {@code “…” ― Name}: the dash and the name after a quote that ends its paragraph. */
    Span[] dashAttribution(QuoteScanner.Quoted q) {
      int end = q.outer().end();
      Span para = paragraphs.get(paragraphAt(Math.max(q.outer().start(), end - 1)));
      String rest = text.substring(end, para.end());
      java.util.regex.Matcher m = DASH_SIGNATURE.matcher(rest);
      if (!m.find()) return null;
      String name = m.group(2).replaceAll("[\\s\\u00A0]+$", ""); // (pages pad names with no-break spaces)
      if (name.split("\\s+").length > 12) return null;
      int ns = end + m.start(2);
      return new Span[] {new Span(end + m.start(1), end + m.end(1)), new Span(ns, ns + name.length())};
    }

    boolean insideHeadlineStatement(QuoteScanner.Quoted q) {
      for (Found f : found) if (f.content.get(0).contains(q.spans().get(0))) return true;
      return false;
    }

    boolean noOtherStatementBetween(Found previous, int para) {
      for (Found f : found) if (f != previous && f.paragraph > previous.lastParagraph && f.paragraph < para) return false;
      return true;
    }

    /** A quote that stands as a statement: set off by punctuation and long enough to be a sentence, not a scare quote or title. */
    boolean directShape(QuoteScanner.Quoted q) {
      Span outer = q.outer();
      int para = paragraphAt(outer.start());
      Span paraSpan = paragraphs.get(para);
      int b = outer.start() - 1;
      while (b >= paraSpan.start() && Character.isWhitespace(marks.charAt(b))) b--;
      boolean lineStart = outer.start() == 0 || text.charAt(outer.start() - 1) == '\n';
      boolean openOk = b < paraSpan.start() || lineStart || ":,.!?—–―-(_;".indexOf(marks.charAt(b)) >= 0 || cueWordEndsAt(b + 1);
      Span last = q.spans().get(q.spans().size() - 1);
      char inner = last.end() > last.start() ? marks.charAt(last.end() - 1) : ' ';
      int a = outer.end();
      Span lastPara = paragraphs.get(paragraphAt(Math.max(outer.start(), outer.end() - 1)));
      while (a < lastPara.end() && Character.isWhitespace(marks.charAt(a))) a++;
      boolean closeOk = ",.!?…—–―-_".indexOf(inner) >= 0 || a >= lastPara.end() || ",.!?—–―;".indexOf(marks.charAt(a)) >= 0;
      int words = 0;
      for (Span s : q.spans()) words += s.of(text).trim().split("\\s+").length;
      return openOk && closeOk && (words >= 3 || words >= 1 && ",?!".indexOf(inner) >= 0);
    }

    /**
     * A quote that ends its sentence ("Not once.”"), not one the sentence runs on from ("“You squeezed them” to
     * drive up the price, she said": a partial quote with a cue of its own).
     */
    boolean closesSentence(QuoteScanner.Quoted q) {
      Span last = q.spans().get(q.spans().size() - 1);
      int e = last.end();
      while (e > last.start() && Character.isWhitespace(marks.charAt(e - 1))) e--;
      if (e > last.start() && ".!?…".indexOf(marks.charAt(e - 1)) >= 0) return true;
      Span para = paragraphs.get(paragraphAt(Math.max(q.outer().start(), q.outer().end() - 1)));
      int a = q.outer().end();
      while (a < para.end() && Character.isWhitespace(marks.charAt(a))) a++;
      return a >= para.end() || ".!?".indexOf(marks.charAt(a)) >= 0;
    }

    /** A quote opening its paragraph or following a sentence end. */
    boolean setOff(QuoteScanner.Quoted q) {
      Span paraSpan = paragraphs.get(paragraphAt(q.outer().start()));
      int b = q.outer().start() - 1;
      while (b >= paraSpan.start() && Character.isWhitespace(marks.charAt(b))) b--;
      return b < paraSpan.start() || ".!?:".indexOf(marks.charAt(b)) >= 0;
    }

    /** Whether a speech verb ends just before {@code end} ("Smith said “We ...”" without a colon). */
    boolean cueWordEndsAt(int end) {
      int[] at = tokenEndingAt(end);
      return at != null && verbToken(tok(at[0], at[1])) && Cues.SPEECH.contains(lemma(tok(at[0], at[1])));
    }

    boolean wholeParagraph(QuoteScanner.Quoted q, int para) {
      Span p = paragraphs.get(para);
      String before = text.substring(p.start(), q.outer().start());
      return before.chars().noneMatch(Character::isLetter);
    }

    /** The speech verb attributing a direct quote: in its sentences outside any quote, the nearest; else a lead-in. */
    int[] cueFor(QuoteScanner.Quoted q, int para) {
      Span outer = q.outer();
      int s0 = sentenceAt(outer.start()), s1 = sentenceAt(Math.max(outer.start(), outer.end() - 1));
      if (s0 < 0 || s1 < 0) return null;
      int lo = s0, hi = s1;
      // "… we will win." he said. -- the tagger may split the attribution off as a sentence of its own
      if (s1 + 1 < sentences.size() && paragraphAt(sentences.get(s1 + 1).span().start()) == paragraphAt(outer.end() - 1)
          && sentences.get(s1 + 1).tokens().size() <= 15 && sentences.get(s1 + 1).span().start() - outer.end() <= 3) hi = s1 + 1;
      int[] best = null;
      int bestDist = Integer.MAX_VALUE;
      for (int s = lo; s <= hi; s++) {
        for (Token t : sentences.get(s).tokens()) {
          if (insideAnyQuote(t.span().start())) continue;
          if (!verbToken(t) || !Cues.SPEECH.contains(lemma(t)) && !lemma(t).equals("continue")) continue;
          int d = t.span().end() <= outer.start() ? outer.start() - t.span().end() : Math.max(0, t.span().start() - outer.end());
          if (paragraphAt(t.span().start()) != para && paragraphAt(t.span().start()) != paragraphAt(outer.end() - 1)) continue;
          if (d < bestDist) {
            bestDist = d;
            best = new int[] {s, t.index()};
          }
        }
      }
      if (best != null) return best;
      // lead-in: the paragraph before ends with a colon and holds a speech verb ("Caddell continued:")
      if (para > 0 && wholeParagraph(q, para)) {
        Span prev = paragraphs.get(para - 1);
        String pt = prev.of(text).strip();
        if (pt.endsWith(":")) {
          int s = sentenceAt(prev.end() - 1);
          if (s >= 0) {
            List<Token> ts = sentences.get(s).tokens();
            for (int k = ts.size() - 1; k >= 0; k--) {
              Token t = ts.get(k);
              if (!insideAnyQuote(t.span().start()) && verbToken(t) && (Cues.verbCue(lemma(t)))) return new int[] {s, k};
            }
          }
        }
      }
      return null;
    }

    // ---- reported speech

    void reported(List<QuoteScanner.Quoted> notDirect) {
      for (int s = 0; s < trees.length; s++) {
        Tree tree = trees[s];
        if (tree == null) continue;
        if (!insideDirect(tree.tokens.get(0).span().start())) inDocument(tree, s, notDirect);
        for (Token t : tree.tokens) {
          int i = t.index();
          if (usedCues.contains(key(s, i))) continue;
          if (insideDirect(t.span().start())) continue;
          String lemma = lemma(t);
          if (t.word().equalsIgnoreCase("according") && i + 1 < tree.tokens.size() && tree.tokens.get(i + 1).word().equalsIgnoreCase("to")) {
            according(tree, s, i, notDirect);
            continue;
          }
          if (verbToken(t) && Cues.SAY_LIKE.contains(lemma) && finalAttribution(tree, s, i, notDirect)) continue;
          if (verbToken(t) && Cues.verbCue(lemma)) {
            verbCue(tree, s, i, lemma, notDirect);
            continue;
          }
          if ((verbToken(t) || t.tag().startsWith("JJ")) && !lemma.equals("be")) thatClause(tree, s, i, notDirect);
          if (t.tag().startsWith("NN") && Cues.CLAUSE_NOUNS.contains(lemma)) nounClause(tree, s, i, notDirect);
          if (t.tag().startsWith("NN") && Cues.NOUNS.contains(lemma)) nounCue(tree, s, i, notDirect);
          if (t.tag().startsWith("NN") && Cues.STANCE_NOUNS.contains(lemma)) stanceNoun(tree, s, i, notDirect);
        }
      }
    }

    void verbCue(Tree tree, int s, int i, String lemma, List<QuoteScanner.Quoted> notDirect) {
      if (colonLeadIn(tree, s, i, notDirect)) return;
      int[] content = null;
      boolean phrase = false; // a noun or prepositional phrase content ends with its phrase, not the sentence
      int c = tree.child(i, "ccomp");
      boolean cognitionOnly = !Cues.SPEECH.contains(lemma);
      if (c >= 0 && c > i) content = tree.range(c, k -> keepInContent(tree, k));
      if (content == null && c >= 0 && c < i && !tree.rel(i).equals("parataxis")) content = tree.range(c, k -> keepInContent(tree, k));
      if (content == null) {
        int x = tree.child(i, "xcomp");
        if (x > i) {
          int o = tree.child(i, "obj");
          int[] r = tree.range(x, k -> keepInContent(tree, k));
          if (o >= 0 && o < x && o > i) r[0] = Math.min(r[0], tree.range(o)[0]);
          if (!Set.of("seem", "appear", "continue").contains(lemma) || tree.tokens.get(x).tag().startsWith("VB")) content = r;
        }
      }
      if (content == null && tree.rel(i).equals("parataxis") && tree.head(i) >= 0 && tree.head(i) < i && tree.hasChild(i, "nsubj")) {
        int[] own = tree.range(i);
        if (endsSentence(tree, own[1]) && own[0] > 0 && tree.tokens.get(own[0] - 1).word().equals(",")) {
          // "…, a source said." closes the sentence: all before the comma is the content, wherever the parse hung it
          content = new int[] {0, own[0] - 2};
        } else {
          content = tree.range(tree.head(i), k -> k != i && !tree.inSubtree(k, i));
          content[1] = Math.min(content[1], i - 1);
        }
      }
      if (content == null && lemma.equals("call")) {
        // "called for new rules" / "called for officers to wear cameras": the parse hangs "for" as a mark or a case
        int x = i + 1 < tree.tokens.size() && tree.tokens.get(i + 1).word().equalsIgnoreCase("for") ? tree.head(i + 1) : -1;
        if (x > i + 1 && tree.head(x) == i) {
          content = new int[] {i + 2, tree.range(x)[1]};
          phrase = true;
        }
      }
      if (content == null && (lemma.equals("call") || lemma.equals("point")) && i + 2 < tree.tokens.size()) {
        // "called on officers to wear cameras", "pointed to the crime bill", "pointed out the state rarely floods":
        // the particle or preposition is the cue's, what follows is the content (parses hang it every which way)
        String next = tree.tokens.get(i + 1).word().toLowerCase(java.util.Locale.ROOT);
        boolean on = lemma.equals("call") && next.equals("on") && hasInfinitive(tree, i + 2);
        if (on || lemma.equals("point") && (next.equals("to") || next.equals("out") && !tree.tokens.get(i + 2).word().equalsIgnoreCase("that"))) {
          int last = tree.tokens.size() - 1;
          while (last > i + 2 && Tree.punct(tree.tokens.get(last))) last--;
          content = new int[] {i + 2, last};
          phrase = !next.equals("out");
        }
      }
      if (content == null && Cues.EVIDENCE_VERBS.contains(lemma) && evidenceSubject(tree, i)) {
        // "the poll shows Smith with a lead", "the study found 31 cases": a document or survey states its finding
        int o = tree.child(i, "obj");
        if (o > i) content = new int[] {tree.range(o)[0], tree.tokens.size() - 1};
        // "the poll showed Varga doing better": with no object the parse hangs the finding as a "dep"
        int d = tree.child(i, "dep", "xcomp");
        if (o < 0 && d > i + 1) content = new int[] {i + 1, tree.tokens.size() - 1};
      }
      if (content == null && !cognitionOnly && !Cues.CLAUSE_ONLY.contains(lemma)) {
        for (int o : tree.children(i)) {
          if (!tree.rel(o).startsWith("obl") || o < i) continue;
          int cs = tree.child(o, "case");
          if (cs < 0) continue;
          String prep = tree.tokens.get(cs).word().toLowerCase(java.util.Locale.ROOT);
          if (TIME_NOUNS.contains(tree.tokens.get(o).word().toLowerCase(java.util.Locale.ROOT)) || tree.tokens.get(o).tag().equals("CD")) continue; // "spoke on Monday"
          if (Set.of("of", "about", "on", "for", "against").contains(prep) && cs == i + 1 || prep.equals("about") || prep.equals("of") && cs <= i + 2) {
            int[] r = tree.range(o);
            r[0] = cs + 1;
            if (r[0] <= r[1]) content = r;
            break;
          }
        }
      }
      if (content == null && Cues.OBJECT_CONTENT.contains(lemma) && !Cues.CLAUSE_ONLY.contains(lemma)) {
        int o = tree.child(i, "obj");
        if (o > i) {
          int[] r = tree.range(o);
          int x = tree.child(i, "xcomp");
          if (x > o) r[1] = Math.max(r[1], tree.range(x)[1]);
          // "views the deal as a mistake", "blasted him for not paying": the judgement after the object belongs to it
          int judged = -1;
          for (int j : tree.children(i)) {
            if (j < o || !tree.rel(j).startsWith("obl") && !tree.rel(j).startsWith("advcl")) continue;
            int cs = tree.child(j, "case", "mark");
            String prep = cs < 0 ? "" : tree.tokens.get(cs).word().toLowerCase(java.util.Locale.ROOT);
            // "accused X of …", "blamed X on …", "credited X with …" take the judgement with them
            boolean judgement = Set.of("as", "for").contains(prep) || prep.equals("of") && Set.of("accuse", "suspect", "convict").contains(lemma)
                || prep.equals("to") && Set.of("liken", "compare").contains(lemma)
                || prep.equals("on") && lemma.equals("blame") || prep.equals("with") && Set.of("credit", "charge").contains(lemma);
            if (cs > o && judgement) judged = j;
          }
          if (judged > o) r[1] = Math.max(r[1], tree.range(judged)[1]);
          Token ot = tree.tokens.get(o);
          if (!ot.tag().equals("PRP") || x > o || judged > o) {
            content = r;
            phrase = true;
          }
        }
      }
      if (content == null && Cues.SAY_LIKE.contains(lemma)) content = rest(tree, i);
      if (content == null) return;
      if (content[0] > i) {
        int phraseEnd = content[1];
        toSentenceEnd(tree, i, content);
        // the parse often leaves a phrase's tail unattached, so a phrase runs on too, but not into what the cue verb
        // itself governs after it ("attacked Machado [in early-morning tweets]", "called for X [in a statement]")
        if (phrase) {
          for (int d : tree.children(i)) {
            if (d <= phraseEnd || !Set.of("obl", "obl:tmod", "advcl", "advmod", "nmod:tmod", "conj", "parataxis").contains(tree.rel(d))) continue;
            // a prepositional phrase on the verb is the occasion only when it names one ("in a statement", "on
            // Monday", "during the debate"); others still qualify the content ("her vote in favor of the war")
            Token head = tree.tokens.get(d);
            if (tree.rel(d).equals("obl") && !occasion(head) && !TIME_NOUNS.contains(lemma(head).toLowerCase(java.util.Locale.ROOT))
                && !head.tag().equals("CD")) continue;
            int from = tree.range(d)[0];
            if (from > phraseEnd && from - 1 < content[1]) content[1] = from - 1;
          }
          while (content[1] > content[0] && (Tree.punct(tree.tokens.get(content[1])) || tree.tokens.get(content[1]).tag().equals("CC"))) content[1]--;
        }
      }
      if (content[1] - content[0] < 1 && !tree.tokens.get(content[0]).tag().startsWith("NNP")) return;
      Span source = sourceOf(s, i);
      if (cognitionOnly && source == null) return;
      Span body = tree.span(content);
      add(tree, s, i, body, tree.tokens.get(i).span(), source, notDirect);
      // "the deal, which Varga said would cost millions": the relative pronoun is the subject of what was said
      int subj = tree.child(i, "nsubj");
      if (subj >= 0 && content[0] > i && !found.isEmpty() && found.get(found.size() - 1).content.get(0).equals(body)) {
        int before = tree.range(subj)[0] - 1;
        if (before >= 0 && before != subj && Set.of("WDT", "WP").contains(tree.tokens.get(before).tag())) {
          String w = tree.tokens.get(before).word().toLowerCase(java.util.Locale.ROOT);
          if (Set.of("which", "that", "who", "what").contains(w)) found.get(found.size() - 1).content.add(0, tree.tokens.get(before).span());
        }
      }
    }

    /** Nouns naming the occasion of a statement: a phrase on the cue verb headed by one is not content. */
    private static final Set<String> OCCASIONS = Set.of("debate", "forum", "ruling", "hearing", "rally", "conference",
        "appearance", "video", "ad", "program", "programme", "show", "broadcast", "podcast", "event", "meeting",
        "session", "campaign", "visit", "trip", "address", "op-ed", "column", "book", "filing", "court", "appeal",
        "summit", "radio", "television", "tv", "twitter", "facebook", "instagram", "article", "piece");

    /** Whether a noun names the occasion of a statement ("statement", "interview", "debate", "ruling"). */
    static boolean occasion(Token t) {
      String l = lemma(t).toLowerCase(java.util.Locale.ROOT);
      return Cues.NOUNS.contains(l) || OCCASIONS.contains(l);
    }

    private static final Set<String> TIME_NOUNS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week",
        "weekend", "month", "year", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "time", "occasion", "day");

    /**
     * "The governor added: It is typical of the council. It knows nothing …": a speech verb and a colon introduce
     * unquoted words that run to the end of the paragraph.
     */
    boolean colonLeadIn(Tree tree, int s, int i, List<QuoteScanner.Quoted> notDirect) {
      List<Token> ts = tree.tokens;
      if (i + 2 >= ts.size() || !ts.get(i + 1).word().equals(":") || !Cues.SPEECH.contains(lemma(ts.get(i)))) return false;
      int start = ts.get(i + 2).span().start();
      if (insideAnyQuote(start) || QuoteScanner.isOpenChar(text.charAt(start))) return false;
      Span para = paragraphs.get(paragraphAt(start));
      int end = para.end();
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
      if (end - start < 10) return false;
      add(tree, s, i, new Span(start, end), ts.get(i).span(), sourceOf(s, i), notDirect);
      return true;
    }

    /** Words that may follow a closing "…, X said" before the sentence or a trailing clause goes on. */
    private static final Set<String> WHEN_WORDS = Set.of("on", "in", "at", "late", "early", "last", "this", "a",
        "an", "the", "statement", "interview", "interviews", "briefing", "news", "conference", "yesterday", "today",
        "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "earlier", "later", "also", "then",
        "privately", "publicly", "separately");

    /**
     * "…, top officials said Friday, as they …" and "…, said one source in the room.": a speech verb after a comma
     * that closes the sentence with only its speaker (and when or where) around it attributes everything before the
     * comma. Token rules: parses of such sentences vary, the shape does not.
     */
    boolean finalAttribution(Tree tree, int s, int i, List<QuoteScanner.Quoted> notDirect) {
      List<Token> ts = tree.tokens;
      int last = ts.size() - 1;
      while (last > i && Tree.punct(ts.get(last))) last--;
      int comma, srcFrom, srcTo, resume = -1;
      boolean quotedTail = false;
      if (i > 0 && ts.get(i - 1).word().equals(",")) {
        // inverted: "…, said one GOP source in the room."
        if (last <= i || last - i > 14) return false;
        for (int k = i + 1; k <= last; k++) if (!speakerWord(ts.get(k))) return false;
        comma = i - 1;
        srcFrom = i + 1;
        srcTo = last;
      } else {
        int j = i - 1;
        // ("retired Air Force general Lloyd Newton", "Sen. Jo Lind (D-Ore.)")
        while (j >= 0 && i - j <= 12 && (speakerWord(ts.get(j)) || Set.of("(", ")").contains(ts.get(j).word())
            || ts.get(j).tag().equals("VBN") && speakerWord(ts.get(j + 1)))) j--;
        // (the comma may sit inside a closing mark: 'The levy "was never put to us," Halloran said')
        boolean closingMark = j >= 1 && Set.of("''", "”", "\"", "’").contains(ts.get(j).word()) && ts.get(j - 1).word().equals(",");
        if (j < 0 || j == i - 1 || !ts.get(j).word().equals(",") && !closingMark) return false;
        int k = i + 1;
        // "…, Graham told The Harbor Times on Thursday.": the listener may stand between the cue and the when
        if (Cues.LISTENER_VERBS.contains(lemma(ts.get(i)))) while (k <= last && speakerWord(ts.get(k)) && !ts.get(k).tag().equals("PRP")) k++;
        while (k <= last && (WHEN_WORDS.contains(ts.get(k).word().toLowerCase(java.util.Locale.ROOT))
            || TIME_NOUNS.contains(ts.get(k).word().toLowerCase(java.util.Locale.ROOT)) || ts.get(k).tag().equals("CD"))) k++;
        if (k <= last && !ts.get(k).word().equals(",")) return false;
        // "Climate change, he said, is the greatest threat": the clause resumes after the cue and is content too
        if (k < last && ts.get(k).word().equals(",") && !Set.of("as", "while", "when", "after", "before", "because",
            "although", "though", "since", "adding", "and", "but", "which", "who", "according").contains(ts.get(k + 1).word().toLowerCase(java.util.Locale.ROOT))
            && !ts.get(k + 1).tag().equals("VBG")) {
          boolean verb = false;
          for (int m = k + 1; m <= last; m++) verb |= ts.get(m).tag().startsWith("VB") || ts.get(m).tag().equals("MD");
          if (verb) resume = k + 1;
        }
        // "The levy "was never put to us," Halloran said, but "the council can still withdraw it."": a quote
        // conjoined after the cue is the speaker's too
        if (k < last && ts.get(k).word().equals(",") && Set.of("and", "but").contains(ts.get(k + 1).word().toLowerCase(java.util.Locale.ROOT))) {
          int m = k + 2;
          if (m <= last && ts.get(m).tag().equals("RB")) m++;
          if (m < last && (ts.get(m).word().equals("``") || QuoteScanner.isOpenChar(ts.get(m).word().charAt(0)))) {
            resume = m + 1;
            quotedTail = true;
          }
        }
        comma = closingMark ? j - 1 : j;
        srcFrom = j + 1;
        srcTo = i - 1;
      }
      int from = 0;
      while (from < comma && (Tree.punct(ts.get(from)) || QuoteScanner.isOpenChar(ts.get(from).word().charAt(0)))) from++;
      // a dateline ("PORTVALE ―") or a connective ("However", "But") opening the sentence is not what was said
      for (int k = from; k < Math.min(comma, from + 6); k++) {
        String w = ts.get(k).word();
        if (w.equals("―") || w.equals("—") || w.equals("--") || w.equals("–")) {
          from = k + 1;
          break;
        }
        if (!w.equals(w.toUpperCase(java.util.Locale.ROOT)) && !w.equals("(") && !w.equals(")")) break;
      }
      if (from < comma && Set.of("however", "but", "and", "still", "yet", "meanwhile", "so").contains(ts.get(from).word().toLowerCase(java.util.Locale.ROOT))) {
        from++;
        if (from < comma && ts.get(from).word().equals(",")) from++;
      }
      int to = comma - 1;
      while (to > from && (Tree.punct(ts.get(to)) || ts.get(to).word().equals("''") || ts.get(to).word().equals("”"))) to--;
      if (resume > 0) {
        if (!quotedTail && insideAnyQuote(ts.get(resume).span().start()) || to < from) return false;
        Span head = tree.span(from, to), tail = tree.span(resume, last);
        if (insideDirect(head.start()) || insideDirect(tail.start())) return false;
        Found f = new Found();
        f.kind = Statement.Kind.INDIRECT;
        for (QuoteScanner.Quoted q : notDirect) if (overlap(tail, q.spans().get(0)) > 0 || overlap(head, q.spans().get(0)) > 0) f.kind = Statement.Kind.PARTIAL;
        f.content.add(head);
        f.content.add(tail);
        f.cue = ts.get(i).span();
        f.source = tree.span(srcFrom, srcTo);
        f.paragraph = f.lastParagraph = paragraphAt(head.start());
        usedCues.add(key(s, i));
        found.add(f);
        return true;
      }
      if (to - from < 3) return false;
      boolean verb = false;
      for (int k = from; k <= to; k++) verb |= ts.get(k).tag().startsWith("VB") || ts.get(k).tag().equals("MD");
      if (!verb) return false;
      if (insideAnyQuote(ts.get(from).span().start()) && insideAnyQuote(ts.get(to).span().start())) return false; // a direct quote's
      add(tree, s, i, tree.span(from, to), ts.get(i).span(), tree.span(srcFrom, srcTo), notDirect);
      return true;
    }

    /** A word that can be part of a speaker's description: names, nouns, determiners, "of", "in", possessives. */
    static boolean speakerWord(Token t) {
      String tag = t.tag();
      String w = t.word().toLowerCase(java.util.Locale.ROOT);
      return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("CD") || tag.equals("POS")
          || tag.equals("PRP$") || tag.equals("PRP") && Cues.PERSONAL_PRONOUNS.contains(w) || tag.equals("NNPS")
          || tag.equals("IN") && Set.of("of", "in", "at", "for", "with", "from").contains(w) || w.equals("-") || w.equals("'s")
;
    }

    /**
     * When the parse gives a "say" verb no complement (it often misparses a clause without "that"), the rest of the
     * sentence after the verb and its listener is the content; a sentence-final "…, officials said." takes what comes
     * before the comma.
     */
    int[] rest(Tree tree, int i) {
      int n = tree.tokens.size();
      int j = i + 1;
      int o = tree.child(i, "obj", "iobj");
      // ("says Trump’s “meltdown is unhinged”": an object holding a verb is the misparsed clause itself)
      if (o >= 0 && tree.range(o)[0] == j && (o == j && !hasVerb(tree, tree.range(o)) || Cues.LISTENER_VERBS.contains(lemma(tree.tokens.get(i)))))
        j = tree.range(o)[1] + 1; // "told The Harbor Times the plan …": the listener is not what was said
      while (j < n && (tree.tokens.get(j).tag().equals("RB") || tree.tokens.get(j).word().equals(","))) j++;
      int last = n - 1;
      while (last >= j && Tree.punct(tree.tokens.get(last))) last--;
      for (int k = j + 2; k <= last; k++) {
        String p = tree.tokens.get(k - 1).word();
        // "said as much in an interview on Thursday": the occasion is not what was said
        if (Set.of("in", "during", "at").contains(tree.tokens.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
          boolean occasion = false;
          for (int m = k + 1; m <= Math.min(last, k + 3); m++) occasion |= tree.tokens.get(m).tag().startsWith("NN") && occasion(tree.tokens.get(m));
          if (occasion) {
            last = k - 1;
            break;
          }
        }
        if ((p.equals(",") || p.equals(";")) && startsMainClause(tree, k, n)) {
          last = k - 2; // "has said his piece, he is ready to move on": the second clause is the reporter's
          break;
        }
      }
      if (last - j >= 2 && j < n && !tree.tokens.get(j).word().equals(":") && !QuoteScanner.isOpenChar(tree.tokens.get(j).word().charAt(0))) {
        for (int k = j; k <= last; k++) if (tree.tokens.get(k).tag().startsWith("VB") || tree.tokens.get(k).tag().equals("MD")) return new int[] {j, last};
        return null;
      }
      // "…, officials said." -- the verb ends the sentence
      if (last < j) {
        int subj = tree.child(i, "nsubj");
        int from = subj >= 0 ? tree.range(subj)[0] : i;
        int comma = from - 1;
        while (comma >= 0 && !tree.tokens.get(comma).word().equals(",")) comma--;
        if (comma == from - 1 && comma >= 3) return new int[] {0, comma - 1};
      }
      return null;
    }

    /**
     * A content clause stops before a non-restrictive relative clause (", which ...": the reporter's addition) and
     * before a conjoined clause that is an attribution of its own ("..., and Democrats accused ...").
     */
    static boolean keepInContent(Tree tree, int k) {
      String rel = tree.rel(k);
      if (rel.equals("acl:relcl")) {
        // ", which …" inside the clause is part of what was said; ", who …" after a name is the reporter's gloss
        int first = tree.range(k)[0];
        return first == 0 || !tree.tokens.get(first - 1).word().equals(",") || tree.tokens.get(first).word().equalsIgnoreCase("which");
      }
      if ((rel.startsWith("advcl") || rel.equals("xcomp") || rel.equals("conj") || rel.equals("parataxis"))
          && tree.tokens.get(k).tag().equals("VBG") && Cues.verbCue(lemma(tree.tokens.get(k)))) return false;
      if (rel.equals("conj") && Cues.verbCue(lemma(tree.tokens.get(k))) && tree.hasChild(k, "nsubj")) return false;
      return true;
    }

    /**
     * A complement after its verb runs to the end of the sentence (parses often hang its tail elsewhere), stopping
     * before a trailing participle that is a cue of its own (", adding that ..."), ", according to", ", which ...",
     * and a conjoined clause with its own cue and subject ("..., but Smith said ...").
     */
    void toSentenceEnd(Tree tree, int i, int[] content) {
      int n = tree.tokens.size();
      // a cue inside a subordinate clause ("When Clinton noted that ..., Trump boasted") keeps to its own clause
      String rel = tree.rel(i);
      // (a clausal subject is left out: "Officials said they hoped the move will help" is parsed with "said" as the
      // subject of "help", and the content runs on)
      boolean subordinate = tree.head(i) > i && (rel.startsWith("advcl") || rel.startsWith("acl") || rel.equals("ccomp")
          || rel.startsWith("nsubj") || rel.startsWith("obl") || rel.startsWith("nmod"));
      if (subordinate) n = Math.max(content[1], tree.range(i)[1]) + 1;
      int end = n - 1;
      // a participle inside what was said carries on the speaker's words ("would put it in context, allowing people
      // to see …"); after other cues it is mostly the reporter's ("wants to sign up voters, focusing on …")
      boolean sayLike = Cues.SAY_LIKE.contains(lemma(tree.tokens.get(i)));
      for (int k = content[0] + 1; k < n; k++) {
        Token t = tree.tokens.get(k);
        String prev = tree.tokens.get(k - 1).word();
        // (a comma inside a closing quote counts: “… is true,” but the report …)
        if ((prev.equals("''") || prev.equals("”") || prev.equals("’")) && k >= 2) prev = tree.tokens.get(k - 2).word();
        boolean afterComma = prev.equals(",") || prev.equals(";") || prev.equals("--") || prev.equals("—");
        String w = t.word().toLowerCase(java.util.Locale.ROOT);
        boolean dash = w.equals("―") || w.equals("—") || w.equals("--") || w.equals("–");
        // a dash pair sets off an aside inside what was said ("Shriver — a member of the Kennedy clan — to replace")
        if (dash) {
          int pair = -1;
          for (int m = k + 1; m < n && pair < 0; m++) if (Set.of("―", "—", "--", "–").contains(tree.tokens.get(m).word())) pair = m;
          if (pair > k + 1 && pair < n - 2) {
            k = pair;
            continue;
          }
        }
        boolean cut = dash || afterComma && (t.tag().equals("VBG") && !w.equals("including") && (k > content[1] || !sayLike || Cues.verbCue(lemma(t))) || w.equals("according")
            || w.equals("which") && k > content[1] || w.equals("who")
            || w.equals("while") || w.equals("but") && k > content[1]);
        if (!cut && k > content[1] && tree.rel(k).equals("conj") && verbToken(t) && Cues.verbCue(lemma(t)) && tree.hasChild(k, "nsubj"))
          cut = true;
        if (!cut && k > content[1] && tree.rel(k).equals("conj") && tree.head(k) == i) cut = true; // "said X and left"
        if (!cut && k > content[1] && (afterComma || prev.equals(";")) && startsMainClause(tree, k, n)) cut = true;
        // "…, and human rights groups warned …", "…, but instant polls are not …": a conjoined clause of its own
        if (!cut && afterComma && Set.of("and", "but", "yet").contains(w) && k + 1 < n && startsMainClause(tree, k + 1, n)) cut = true;
        if (!cut && t.tag().equals("CC") && (w.equals("and") || w.equals("but")) && sharedSubjectCue(tree, k, n)) cut = true;
        // "…, and human rights groups warned …": a noun phrase and a finite verb after ", and" is a clause of its own,
        // however the parse hangs it
        if (!cut && afterComma && Set.of("and", "but").contains(w) && nounPhraseThenVerb(tree, k + 1, n)) cut = true;
        // past the parse's range, a comment of the reporter's: ", yet refuses …", ", with polls showing …",
        // ", implicitly putting …", ", aside from …", ", especially given …"
        if (!cut && afterComma && k > content[1] && (Set.of("with", "aside", "especially", "yet").contains(w)
            || t.tag().equals("RB") && k + 1 < n && tree.tokens.get(k + 1).tag().equals("VBG"))) cut = true;
        if (!cut && afterComma && (k > content[1] && (w.equals("and") || w.equals("but"))
            || Set.of("but", "though", "although", "yet", "whereas").contains(w))) {
          // ", and Democrats accused ..." -- a new clause whose verb is a cue with its own subject
          for (int m = k + 1; m < Math.min(n, k + 8); m++) {
            Token v = tree.tokens.get(m);
            if (verbToken(v) && Cues.verbCue(lemma(v)) && tree.hasChild(m, "nsubj")) {
              cut = true;
              break;
            }
          }
        }
        if (cut) {
          end = k - 1;
          // a conjoined verb takes its auxiliaries and "but"/"and" with it ("… but has been")
          if (tree.rel(k).equals("conj") && tree.range(k)[0] > content[0]) end = Math.min(end, tree.range(k)[0] - 1);
          while (end > content[0] && (tree.tokens.get(end).tag().equals("CC") || Tree.punct(tree.tokens.get(end)))) end--;
          break;
        }
      }
      if (end < content[0]) return;
      // a cut inside the parse's range wins too: the participle clause is a statement of its own
      content[1] = end;
      while (content[1] > content[0] && Tree.punct(tree.tokens.get(content[1]))) content[1]--;
    }

    /**
     * Whether a new main clause starts at token k after a comma or semicolon: a finite verb within a few tokens whose
     * subject starts at k ("…, his decision was overturned", "…, Trump told Fox …"). Run past the parse's range, such a
     * clause is the reporter's, not the speaker's.
     */
    static boolean startsMainClause(Tree tree, int k, int n) {
      if (Set.of("and", "but", "or", "which", "who", "that", "as", "while", "when", "if").contains(tree.tokens.get(k).word().toLowerCase(java.util.Locale.ROOT))) return false;
      for (int m = k; m < Math.min(n, k + 10); m++) {
        Token v = tree.tokens.get(m);
        if (Tree.punct(v)) return false;
        if (!Set.of("VBD", "VBZ", "VBP", "MD").contains(v.tag())) continue;
        int verb = v.tag().equals("MD") || Set.of("cop", "aux", "aux:pass").contains(tree.rel(m)) ? tree.head(m) : m;
        if (verb < 0) return false;
        int subj = tree.child(verb, "nsubj", "nsubj:pass");
        return subj >= 0 && tree.range(subj)[0] == k;
      }
      return false;
    }

    /**
     * "… that X was a con and encouraged Americans to …": "and" followed by a past or present cue verb with no subject of
     * its own starts a second statement by the same speaker.
     */
    static boolean sharedSubjectCue(Tree tree, int k, int n) {
      int m = k + 1;
      while (m < n && Set.of("RB", "RBR").contains(tree.tokens.get(m).tag())) m++;
      if (m >= n) return false;
      Token v = tree.tokens.get(m);
      return Set.of("VBD", "VBZ").contains(v.tag()) && Cues.SPEECH.contains(lemma(v)) && !tree.hasChild(m, "nsubj");
    }

    /** "says X, and Y": a conjunct clause hung on the cue verb belongs to the content unless it is a cue itself. */
    void extendOverConjuncts(Tree tree, int i, int[] content) {
      for (int c : tree.children(i)) {
        if (!tree.rel(c).equals("conj") || c < content[1] || tree.hasChild(c, "nsubj")) continue;
        if (Cues.verbCue(lemma(tree.tokens.get(c)))) continue;
        content[1] = Math.max(content[1], tree.range(c)[1]);
      }
    }

    /**
     * "Smith's criticism of the plan", "the union's support for the strike": a stance noun with its object is a
     * statement of the holder's view when the holder is named (a possessive, or the subject of the verb it hangs on).
     */
    void stanceNoun(Tree tree, int s, int i, List<QuoteScanner.Quoted> notDirect) {
      int target = -1;
      for (int c : tree.children(i)) {
        if (c < i || !tree.rel(c).startsWith("nmod")) continue;
        int cs = tree.child(c, "case");
        if (cs == i + 1 && Set.of("of", "for", "about", "to").contains(tree.tokens.get(cs).word().toLowerCase(java.util.Locale.ROOT))) {
          target = c;
          break;
        }
      }
      if (target < 0) return;
      Span source = null;
      int poss = tree.child(i, "nmod:poss");
      if (poss >= 0) {
        Token p = tree.tokens.get(poss);
        if (p.tag().equals("PRP$") && !Set.of("his", "her", "their", "its", "our", "my").contains(p.word().toLowerCase(java.util.Locale.ROOT))) return;
        source = tree.span(tree.range(poss, k -> !tree.rel(k).equals("case")));
      } else if (tree.rel(i).equals("obj") && tree.head(i) >= 0) {
        source = subject(tree, tree.head(i));
      }
      if (source == null) return;
      int[] r = tree.range(target);
      r[0] = i + 2;
      if (r[0] > r[1]) return;
      add(tree, s, i, tree.span(r), new Span(tree.tokens.get(i).span().start(), tree.tokens.get(i + 1).span().end()), source, notDirect);
    }

    /** Whether a noun phrase (names, nouns, determiners, possessives, adjectives) and then a finite verb start at k. */
    static boolean nounPhraseThenVerb(Tree tree, int k, int n) {
      int m = k;
      while (m < n && m - k < 8 && Set.of("DT", "NNP", "NNPS", "NN", "NNS", "POS", "JJ", "PRP$", "CD").contains(tree.tokens.get(m).tag())) m++;
      if (m == k) return false;
      while (m < n && tree.tokens.get(m).tag().equals("RB")) m++;
      return m < n && Set.of("VBD", "VBZ", "VBP", "MD").contains(tree.tokens.get(m).tag());
    }

    /** Whether a token range holds a verb or modal. */
    static boolean hasVerb(Tree tree, int[] r) {
      for (int k = r[0]; k <= r[1]; k++) if (tree.tokens.get(k).tag().startsWith("VB") || tree.tokens.get(k).tag().equals("MD")) return true;
      return false;
    }

    /** Whether a "to" and a base verb follow within a few tokens of {@code from} ("on officers to wear"). */
    static boolean hasInfinitive(Tree tree, int from) {
      for (int k = from; k + 1 < Math.min(tree.tokens.size(), from + 8); k++)
        if (tree.tokens.get(k).word().equalsIgnoreCase("to") && tree.tokens.get(k + 1).tag().equals("VB")) return true;
      return false;
    }

    /** Whether only punctuation follows token {@code k} in its sentence. */
    static boolean endsSentence(Tree tree, int k) {
      for (int j = k + 1; j < tree.tokens.size(); j++) if (!Tree.punct(tree.tokens.get(j))) return false;
      return true;
    }

    /** Whether the subject of verb {@code i} is a document, survey or record ("the poll", "leaked documents"). */
    boolean evidenceSubject(Tree tree, int i) {
      int subj = tree.child(i, "nsubj");
      return subj >= 0 && Cues.EVIDENCE_NOUNS.contains(lemma(tree.tokens.get(subj)));
    }

    /**
     * "In the poll, Smith leads by four points." -- a sentence opening with "in" and a survey or document before its
     * first comma reports that document's finding; the rest of the sentence is the content.
     */
    void inDocument(Tree tree, int s, List<QuoteScanner.Quoted> notDirect) {
      List<Token> ts = tree.tokens;
      int first = 0;
      while (first < ts.size() && Tree.punct(ts.get(first))) first++;
      if (first >= ts.size() || !ts.get(first).word().equalsIgnoreCase("in")) return;
      int comma = -1, noun = -1;
      for (int k = first + 1; k < Math.min(ts.size(), first + 12); k++) {
        if (ts.get(k).word().equals(",")) {
          comma = k;
          break;
        }
        if (ts.get(k).tag().startsWith("VB")) return;
        if (ts.get(k).tag().startsWith("NN") && Cues.EVIDENCE_NOUNS.contains(lemma(ts.get(k)))) noun = k;
      }
      if (comma < 0 || noun < 0) return;
      int last = ts.size() - 1;
      while (last > comma && Tree.punct(ts.get(last))) last--;
      if (last - comma < 3) return;
      boolean verb = false;
      for (int k = comma + 1; k <= last; k++) verb |= ts.get(k).tag().startsWith("VB");
      if (!verb) return;
      // "In a 2019 memo, the agency warned that …": a speaker of its own with a cue verb is the source, the document
      // only where it spoke (left to the verb)
      for (int k = comma + 1; k <= last; k++) {
        int v = tree.head(k);
        if (tree.rel(k).startsWith("nsubj") && tree.range(k)[0] == comma + 1 && v > k && verbToken(ts.get(v)) && Cues.verbCue(lemma(ts.get(v)))) return;
      }
      add(tree, s, first, tree.span(comma + 1, last), ts.get(first).span(), tree.span(first + 1, comma - 1), notDirect);
    }

    /** "X will close, according to the union." / "According to the union, X will close.": token rules, parses vary here. */
    void according(Tree tree, int s, int i, List<QuoteScanner.Quoted> notDirect) {
      List<Token> ts = tree.tokens;
      int n = ts.size();
      int srcStart = i + 2, srcEnd = srcStart;
      while (srcEnd < n && !",.;:!?".contains(ts.get(srcEnd).word()) && !ts.get(srcEnd).word().equals("--")) srcEnd++;
      srcEnd--;
      if (srcEnd < srcStart) return;
      int[] content;
      int first = 0;
      while (first < i && Tree.punct(ts.get(first))) first++;
      if (first == i) content = new int[] {srcEnd + 1, n - 1}; // "According to X, content."
      else content = new int[] {0, i - 1};
      if (content[0] > content[1]) return;
      Span cue = new Span(ts.get(i).span().start(), ts.get(i + 1).span().end());
      add(tree, s, i, tree.span(content), cue, tree.span(srcStart, srcEnd), notDirect);
    }

    /**
     * Any verb or adjective of a person or body with a "that" clause is an attribution of a view ("are afraid that",
     * "made clear that"), when its subject is a name, a personal pronoun or a plural of people.
     */
    void thatClause(Tree tree, int s, int i, List<QuoteScanner.Quoted> notDirect) {
      int c = tree.child(i, "ccomp");
      if (c < i) return;
      int mark = tree.child(c, "mark");
      if (mark < 0 || !tree.tokens.get(mark).word().equalsIgnoreCase("that")) return;
      int subj = tree.child(i, "nsubj");
      if (subj < 0) return;
      Token head = tree.tokens.get(subj);
      String w = head.word().toLowerCase(java.util.Locale.ROOT);
      boolean human = Set.of("he", "she", "they", "we", "i").contains(w) || head.tag().equals("NNS")
          || head.ner().equals("PERSON") || head.ner().equals("ORGANIZATION");
      if (!human) return;
      int[] r = tree.range(c, k -> keepInContent(tree, k));
      toSentenceEnd(tree, i, r);
      add(tree, s, i, tree.span(r), tree.tokens.get(i).span(), subject(tree, i), notDirect);
    }

    void nounClause(Tree tree, int s, int i, List<QuoteScanner.Quoted> notDirect) {
      for (int c : tree.children(i)) {
        String rel = tree.rel(c);
        if (!(rel.startsWith("acl") || rel.equals("ccomp")) || c < i) continue;
        int[] r = tree.range(c);
        if (!tree.tokens.get(r[0]).word().equalsIgnoreCase("that")) continue;
        int verb = tree.head(i);
        Span source = verb >= 0 ? subject(tree, verb) : null;
        add(tree, s, i, tree.span(r), tree.tokens.get(i).span(), source, notDirect);
        return;
      }
    }

    void nounCue(Tree tree, int s, int i, List<QuoteScanner.Quoted> notDirect) {
      if (!tree.rel(i).startsWith("obl") && !tree.rel(i).startsWith("nmod")) return;
      int cs = tree.child(i, "case");
      if (cs < 0 || !tree.tokens.get(cs).word().equalsIgnoreCase("in")) return;
      int h = tree.head(i);
      if (h < 0 || !tree.tokens.get(h).tag().startsWith("VB")) return;
      if (Cues.verbCue(lemma(tree.tokens.get(h)))) return; // the verb carries the attribution
      int subj = tree.child(h, "nsubj");
      int[] r = tree.range(h, k -> k != i && k != subj);
      if (subj >= 0 && r[0] <= tree.range(subj)[1]) r[0] = tree.range(subj)[1] + 1;
      if (r[0] >= cs && r[0] <= tree.range(i)[1]) r[0] = tree.range(i)[1] + 1;
      if (r[0] > r[1]) return;
      Span cue = new Span(tree.tokens.get(cs).span().start(), tree.tokens.get(i).span().end());
      add(tree, s, i, tree.span(r), cue, subject(tree, h), notDirect);
    }

    void add(Tree tree, int s, int i, Span content, Span cue, Span source, List<QuoteScanner.Quoted> notDirect) {
      if (content.length() < 2) return;
      for (Found f : found) {
        for (Span d : f.content) {
          if (overlap(d, content) * 2 >= content.length()) return; // a direct quote already holds it
        }
        if (f.content.get(0).equals(content)) return;
      }
      Statement.Kind kind = Statement.Kind.INDIRECT;
      for (QuoteScanner.Quoted q : notDirect) if (overlap(content, q.spans().get(0)) > 0) kind = Statement.Kind.PARTIAL;
      usedCues.add(key(s, i));
      Found f = new Found();
      f.kind = kind;
      f.content.add(content);
      f.cue = cue;
      f.source = source != null && source.overlaps(content) ? null : source;
      f.paragraph = f.lastParagraph = paragraphAt(content.start());
      found.add(f);
    }

    // ---- sources

    Span sourceOf(int s, int i) {
      Tree tree = trees[s];
      if (tree != null) {
        Span subj = subject(tree, i);
        if (subj != null && !insideAnyQuote(subj.start())) return subj;
      }
      // unparsed or subjectless: the nearest name or pronoun next to the verb, outside quotes
      List<Token> ts = sentences.get(s).tokens();
      for (int d = 1; d <= 4; d++) {
        for (int k : new int[] {i + d, i - d}) {
          if (k < 0 || k >= ts.size()) continue;
          Token t = ts.get(k);
          if (insideAnyQuote(t.span().start())) continue;
          if (t.tag().equals("PRP") && Cues.PERSONAL_PRONOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT))) return t.span();
          for (Entity e : parsed.entities())
            if (e.sentence() == s && e.firstToken() <= k && k <= e.lastToken() && (e.type().equals("PERSON") || e.type().equals("ORGANIZATION")))
              return k > i && tree != null ? invertedSpeaker(tree, i, e) : e.span();
        }
      }
      return null;
    }

    /**
     * '"…," said Luis Arce, who runs the port.': a name after the cue that the parse makes its object keeps its
     * appositive or relative clause, as the subject would (not a participle, nor anything inside a quote).
     */
    Span invertedSpeaker(Tree tree, int verb, Entity e) {
      int h = -1;
      for (int k = e.firstToken(); k <= e.lastToken(); k++) if (tree.head(k) < e.firstToken() || tree.head(k) > e.lastToken()) h = h < 0 ? k : h;
      if (h < 0 || Cues.LISTENER_VERBS.contains(lemma(tree.tokens.get(verb)))) return e.span();
      // (a title split off by the tokenizer may stand between: "said Del. Mara Quist")
      int up = tree.head(h);
      if (up > verb && up < e.firstToken() && tree.head(up) == verb) up = verb;
      if (up != verb || !Set.of("obj", "xcomp", "dep", "iobj").contains(tree.rel(h))) return e.span();
      int[] r = describedRange(tree, h, k -> notDescription(tree, k));
      r[0] = Math.min(r[0], e.firstToken());
      // a title the splitter cut off ("said Del. Mara Quist")
      while (r[0] - 1 > verb && (tree.tokens.get(r[0] - 1).tag().equals("NNP") || tree.tokens.get(r[0] - 1).word().equals(".") && tree.tokens.get(r[0] - 2).word().endsWith("."))) r[0]--;
      for (int k = e.lastToken() + 1; k <= r[1]; k++) {
        if (insideAnyQuote(tree.tokens.get(k).span().start())) {
          r[1] = k - 1;
          break;
        }
      }
      return r[0] <= verb ? e.span() : tree.span(r);
    }

    /** The subject of a cue verb, climbing from "adding that" or "went on to say" to the clause that has one. */
    Span subject(Tree tree, int i) {
      if (tree.tokens.get(i).tag().equals("VBG")) {
        // ", adding that ...": the speaker is the subject of the nearest cue verb above, not of the clause it hangs on
        for (int v = tree.head(i), step = 0; v >= 0 && step < 5; v = tree.head(v), step++) {
          if (v < i && verbToken(tree.tokens.get(v)) && Cues.verbCue(lemma(tree.tokens.get(v)))) { // (after it: its content)
            int subj = tree.child(v, "nsubj");
            if (subj >= 0) return speakerPhrase(tree, subj);
          }
        }
        // "Stumpf tried to make the case …, explaining that …": a participle after a comma speaks for the subject
        // of the clause it closes, however the parse hung it
        if (i > 0 && tree.tokens.get(i - 1).word().equals(",") && !tree.hasChild(i, "nsubj")) {
          // '…," said Vale, speaking of the levy': hung on a person's name, the participle is that person's
          int h = tree.head(i);
          if (tree.rel(i).startsWith("acl") && h >= 0 && h < i && (tree.tokens.get(h).ner().equals("PERSON") || tree.tokens.get(h).tag().equals("PRP")))
            return speakerPhrase(tree, h);
          for (int v = tree.head(i), step = 0; v >= 0 && step < 5; v = tree.head(v), step++) {
            int subj = tree.child(v, "nsubj");
            if (v < i && subj >= 0 && verbToken(tree.tokens.get(v)))
              return speakerPhrase(tree, subj);
          }
        }
        // "Citing the budget, Vale told reporters …": a participle opening the sentence speaks for the main clause's subject
        // (parses garble such openings: the main clause is then the root's)
        int first = 0;
        while (first < i && Tree.punct(tree.tokens.get(first))) first++;
        int h = tree.rel(i).startsWith("advcl") && tree.range(i)[0] == first ? tree.head(i) : i == first ? root(tree, i) : -1;
        int hs = h > i && verbToken(tree.tokens.get(h)) ? tree.child(h, "nsubj") : -1;
        if (hs > i && tree.tokens.get(tree.range(hs)[0] - 1).word().equals(",")) return speakerPhrase(tree, hs);
      }
      int v = i;
      for (int step = 0; step < 4 && v >= 0; step++) {
        int subj = nsubjOf(tree, v);
        if (subj < 0 && tree.rel(v).startsWith("acl:relcl")) {
          // "the leader, who in 2010 said …": the parse may take the relative pronoun for an object
          for (int c : tree.children(v)) if (c < v && Set.of("who", "which").contains(tree.tokens.get(c).word().toLowerCase(java.util.Locale.ROOT))) subj = c;
        }
        if (subj >= 0) {
          String w = tree.tokens.get(subj).word().toLowerCase(java.util.Locale.ROOT);
          if ((w.equals("who") || w.equals("which") || w.equals("that")) && tree.rel(v).startsWith("acl") && tree.head(v) >= 0) {
            // "Smith, who said ...": the mention is "who", the antecedent speaks
            // ("that" is a weaker word: "a problem that demands …" names the noun phrase as the source)
            int noun = tree.head(v), clause = v;
            Span antecedent = tree.span(tree.range(noun, k -> k != clause && !tree.rel(k).equals("parataxis")));
            if (w.equals("that")) return antecedent;
            Span who = tree.tokens.get(subj).span();
            antecedents.put(who, antecedent);
            return who;
          }
          // the whole noun phrase: titles, appositives and relative clauses describe the source; a participle set
          // off by a comma tells what the source was doing ("Obama, dedicating the museum, said")
          int[] r = describedRange(tree, subj, k -> notDescription(tree, k));
          appositiveBeforeVerb(tree, r, v);
          return tree.span(r);
        }
        String rel = tree.rel(v);
        // "claimed the council had broken its word and warned that …": a cue the parse conjoins inside another cue's
        // clause shares that cue's subject, not the clause's
        if (v == i && rel.equals("conj") && tree.head(v) >= 0 && Set.of("ccomp", "xcomp").contains(tree.rel(tree.head(v)))) {
          int outer = tree.head(tree.head(v));
          if (outer >= 0 && outer < tree.head(v) && verbToken(tree.tokens.get(outer)) && Cues.verbCue(lemma(tree.tokens.get(outer)))) {
            int os = tree.child(outer, "nsubj");
            if (os >= 0) return speakerPhrase(tree, os);
          }
        }
        if (!(rel.equals("xcomp") || rel.startsWith("advcl") || rel.equals("conj") || rel.equals("acl") || rel.equals("dep"))) return null;
        v = tree.head(v);
      }
      return null;
    }

    /**
     * The subject of verb {@code v}; of two (the parse may take the quote's own subject for the cue's too: '"… young
     * folks," Ana Ruiz said'), the one outside the quotes nearest the verb.
     */
    int nsubjOf(Tree tree, int v) {
      int best = -1;
      for (int c : tree.children(v)) {
        if (!tree.rel(c).equals("nsubj") && !tree.rel(c).startsWith("nsubj:")) continue;
        if (best < 0) best = c;
        else if (!insideAnyQuote(tree.tokens.get(c).span().start()) && (insideAnyQuote(tree.tokens.get(best).span().start()) || Math.abs(c - v) < Math.abs(best - v))) best = c;
      }
      return best;
    }

    static int root(Tree tree, int k) {
      for (int step = 0; step < 200 && tree.head(k) >= 0; step++) k = tree.head(k);
      return k;
    }

    /**
     * "Rep. Jo Lind (D-Ore.), the head of the caucus, said": a title or description set off by commas between the
     * subject and its verb belongs to the source even when the parse (often thrown by the parenthesis) hangs it
     * elsewhere; an unclosed parenthesis in the subject is closed.
     */
    static void appositiveBeforeVerb(Tree tree, int[] r, int verb) {
      List<Token> ts = tree.tokens;
      int open = 0;
      for (int k = r[0]; k <= r[1]; k++) open += ts.get(k).word().equals("(") ? 1 : ts.get(k).word().equals(")") ? -1 : 0;
      while (open > 0 && r[1] + 1 < verb) {
        r[1]++;
        String w = ts.get(r[1]).word();
        if (w.equals(")")) open--;
      }
      int c = r[1] + 1;
      if (c + 2 >= verb || !ts.get(c).word().equals(",") || !ts.get(verb - 1).word().equals(",") || verb - c > 20) return;
      String tag = ts.get(c + 1).tag();
      if (!(tag.startsWith("NN") || tag.equals("DT") || tag.startsWith("JJ") || tag.equals("PRP$") || tag.equals("CD"))) return;
      for (int k = c + 1; k < verb - 1; k++) if (ts.get(k).word().equals(",") && k + 1 < verb && ts.get(k + 1).tag().startsWith("VB")) return;
      r[1] = verb - 2;
    }

    /** The subject {@code subj} of another cue as a speaker mention, without relative clauses, participles or parentheticals. */
    static Span speakerPhrase(Tree tree, int subj) {
      return tree.span(describedRange(tree, subj, k -> tree.rel(k).startsWith("acl:relcl") || tree.rel(k).equals("parataxis") || commaParticiple(tree, k)));
    }

    /**
     * Token range of noun phrase {@code head} without the children {@code drop} rejects, nor the punctuation after the
     * first one dropped: the comma that closes a dropped participle hangs on the head and would stretch the range back
     * over it ("Obama, dedicating the museum, said").
     */
    static int[] describedRange(Tree tree, int head, java.util.function.IntPredicate drop) {
      int[] cut = {Integer.MAX_VALUE};
      tree.range(head, k -> {
        if (!drop.test(k)) return true;
        cut[0] = Math.min(cut[0], tree.range(k)[0]);
        return false;
      });
      return tree.range(head, k -> !drop.test(k) && !(k > cut[0] && tree.rel(k).equals("punct")));
    }

    /**
     * Children of a speaker's noun phrase that say what the speaker did rather than who it is: parentheticals, participles
     * set off by commas and relative clauses that are statements of their own ("Kamin, who stressed that …").
     */
    static boolean notDescription(Tree tree, int k) {
      return tree.rel(k).equals("parataxis") || commaParticiple(tree, k)
          || tree.rel(k).startsWith("acl:relcl") && Cues.verbCue(lemma(tree.tokens.get(k))) && tree.hasChild(k, "ccomp");
    }

    /**
     * A participle set off by a comma tells what the source was doing, not who it is ("Lind, speaking at the
     * rally, said"; "said Lind, summing up the talks"), however the parse labels it.
     */
    static boolean commaParticiple(Tree tree, int k) {
      String rel = tree.rel(k);
      if (!(rel.startsWith("acl") || rel.equals("appos") || rel.equals("dep"))) return false;
      int first = tree.range(k)[0];
      if (first == 0 || first > k || !tree.tokens.get(first - 1).word().equals(",")) return false;
      // ("summing up the talks" parsed as a noun phrase; not "managing director", "retired general")
      return first == k && Set.of("VBG", "VBN").contains(tree.tokens.get(k).tag())
          || tree.tokens.get(first).tag().equals("VBG") && tree.hasChild(first, "compound:prt", "obj");
    }

    // ---- lookups

    boolean insideAnyQuote(int offset) {
      for (QuoteScanner.Quoted q : quotes) {
        if (q.outer().start() > offset) break;
        if (q.outer().start() <= offset && offset < q.outer().end()) return true;
      }
      return false;
    }

    boolean insideDirect(int offset) {
      for (Found f : found) for (Span c : f.content) if (c.start() <= offset && offset < c.end()) return true;
      return false;
    }

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

    int[] tokenEndingAt(int end) {
      int s = sentenceAt(Math.max(0, end - 1));
      if (s < 0) return null;
      for (Token t : sentences.get(s).tokens()) if (t.span().end() == end) return new int[] {s, t.index()};
      return null;
    }

    Token tok(int s, int i) {
      return sentences.get(s).tokens().get(i);
    }

    int paragraphAt(int offset) {
      for (int p = paragraphs.size() - 1; p >= 0; p--) if (paragraphs.get(p).start() <= offset) return p;
      return 0;
    }

    Span stripMarks(Span s) {
      int a = s.start(), b = s.end();
      while (a < b && "\"“”‘’'«»„".indexOf(text.charAt(a)) >= 0) a++;
      while (b > a && "\"“”‘’'«»„".indexOf(text.charAt(b - 1)) >= 0) b--;
      return new Span(a, b);
    }
  }

  static String lemma(Token t) {
    return t.lemma() == null ? t.word().toLowerCase(java.util.Locale.ROOT) : t.lemma().toLowerCase(java.util.Locale.ROOT);
  }

  static boolean verbToken(Token t) {
    return t.tag().startsWith("VB");
  }

  static long key(int s, int i) {
    return ((long) s << 32) | i;
  }

  static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  /**
   * A block of lines is one paragraph when hard-wrapped, but a list of quotes one per line when its lines are long or
   * open with a quote mark: then each line is a paragraph.
   */
  private static void splitLines(String text, int start, int end, List<Span> out) {
    int lineStart = start;
    for (int k = start; k < end; k++) {
      if (text.charAt(k) != '\n') continue;
      int next = k + 1;
      while (next < end && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) next++;
      boolean longLine = k - lineStart > 100;
      boolean opens = next < end && (QuoteScanner.isOpenChar(text.charAt(next)) || text.charAt(next) == '”');
      if (longLine || opens) {
        int e = k;
        while (e > lineStart && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > lineStart) out.add(new Span(lineStart, e));
        lineStart = next;
      }
    }
    if (end > lineStart) out.add(new Span(lineStart, end));
  }

  /** Paragraphs: runs of text between blank lines, trimmed. */
  public static List<Span> paragraphs(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length(), i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) i++;
      if (i >= n) break;
      int start = i;
      int end = n;
      int j = i;
      while (j < n) {
        int nl = text.indexOf('\n', j);
        if (nl < 0) {
          end = n;
          j = n;
          break;
        }
        int k = nl + 1;
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) k++;
        if (k < n && text.charAt(k) == '\n') {
          end = nl;
          j = k;
          break;
        }
        j = nl + 1;
        end = n;
      }
      int e = end;
      while (e > start && Character.isWhitespace(text.charAt(e - 1))) e--;
      splitLines(text, start, e, out);
      i = Math.max(j, end);
    }
    return out;
  }
}
