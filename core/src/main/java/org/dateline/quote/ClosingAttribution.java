package org.dateline.quote;

import java.util.List;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.nlp.Token;

/**
 * "…, top officials said Friday, as they …" and "…, said one source in the room.": a "say" verb (or a verb of a
 * finding, "…, the survey found.") after a comma
 * that closes the sentence with only its speaker (and when or where) around it attributes everything before the
 * comma, and what resumes after it ("Climate change, he said, is the greatest threat"). Token rules: parses of such
 * sentences vary, the shape does not.
 */
final class ClosingAttribution implements TokenRule {
  @Override
  public boolean apply(Context c, Findings f, Tree tree, int i) {
    Token t = tree.tokens.get(i);
    String lemma = Lexicon.lemma(t);
    // a finding closes a sentence the same way ("…, fundraising records show.", "…, the survey found.")
    return Lexicon.verb(t) && (Lexicon.SAY_LIKE.contains(lemma) || Lexicon.EVIDENCE_VERBS.contains(lemma)) && closing(c, f, tree, i);
  }

  private static boolean closing(Context c, Findings f, Tree tree, int i) {
    List<Token> ts = tree.tokens;
    int last = ts.size() - 1;
    last = tree.lastWord(i, last);
    int comma, srcFrom, srcTo, resume = -1;
    boolean quotedTail = false;
    boolean listener = Lexicon.LISTENER_VERBS.contains(Lexicon.lemma(ts.get(i)));
    if (i > 0 && ts.get(i - 1).word().equals(",") && !listener) {
      // inverted: "…, said one GOP source in the room."; a participle never inverts ("…,” Velk said, explaining the
      // party's decision": the object is what it speaks of, the speaker the sentence's subject)
      if (last <= i || last - i > 14 || ts.get(i).tag().equals("VBG")) return false;
      for (int k = i + 1; k <= last; k++) if (!speakerWord(ts.get(k))) return false;
      comma = i - 1;
      srcFrom = i + 1;
      srcTo = last;
    } else {
      // "…, his top aide, Ivo Brask, told The Harbor Times.": who was told follows "told"; the speaker, set off by
      // commas, comes before it, with an appositive or an age ('"…," Vale, 61, told …')
      int end = listener && i > 0 && ts.get(i - 1).word().equals(",") ? i - 2 : i - 1;
      int j = speakerStart(ts, end, i);
      if (end < i - 1 && j > 0 && ts.get(j).word().equals(",")) {
        int wider = speakerStart(ts, j - 1, i + 4);
        if (wider >= 1 && wider < j - 1 && (ts.get(wider).word().equals(",")
            || Lexicon.CLOSING_MARKS.contains(ts.get(wider).word()) && ts.get(wider - 1).word().equals(","))) j = wider;
      }
      // (the comma may sit inside a closing mark: 'The levy "was never put to us," Halloran said')
      boolean closingMark = j >= 1 && Lexicon.CLOSING_MARKS.contains(ts.get(j).word()) && ts.get(j - 1).word().equals(",");
      if (j < 0 || j == end || !ts.get(j).word().equals(",") && !closingMark) return false;
      int k = i + 1;
      // "…, Graham told The Harbor Times on Thursday.": the listener may stand between the cue and the when
      if (Lexicon.LISTENER_VERBS.contains(Lexicon.lemma(ts.get(i)))) while (k <= last && speakerWord(ts.get(k)) && !ts.get(k).tag().equals("PRP")) k++;
      while (k <= last && (Lexicon.WHEN_WORDS.contains(Lexicon.lower(ts.get(k)))
          || Lexicon.TIME_NOUNS.contains(Lexicon.lower(ts.get(k))) || ts.get(k).tag().equals("CD"))) k++;
      if (k <= last && !ts.get(k).word().equals(",")) return false;
      // "Climate change, he said, is the greatest threat": the clause resumes after the cue and is content too
      if (k < last && ts.get(k).word().equals(",") && !Lexicon.NOT_RESUMING.contains(Lexicon.lower(ts.get(k + 1)))
          && !ts.get(k + 1).tag().equals("VBG")) {
        boolean verb = false;
        for (int m = k + 1; m <= last; m++) verb |= ts.get(m).tag().startsWith("VB") || ts.get(m).tag().equals("MD");
        if (verb) resume = k + 1;
      }
      // "The levy "was never put to us," Halloran said, but "the council can still withdraw it."": a quote
      // conjoined after the cue is the speaker's too
      if (k < last && ts.get(k).word().equals(",") && Lexicon.AND_BUT.contains(Lexicon.lower(ts.get(k + 1)))) {
        int m = k + 2;
        if (m <= last && ts.get(m).tag().equals("RB")) m++;
        if (m < last && (ts.get(m).word().equals("``") || QuoteScanner.isOpenChar(ts.get(m).word().charAt(0)))) {
          resume = m + 1;
          quotedTail = true;
        }
      }
      comma = closingMark ? j - 1 : j;
      srcFrom = j + 1;
      srcTo = end;
    }
    int from = 0;
    while (from < comma && (Tree.punct(ts.get(from)) || QuoteScanner.isOpenChar(ts.get(from).word().charAt(0)))) from++;
    // a dateline ("PORTVALE ―") or a connective ("However", "But") opening the sentence is not what was said
    for (int k = from; k < Math.min(comma, from + 6); k++) {
      String w = ts.get(k).word();
      if (Lexicon.DASHES.contains(w)) {
        from = k + 1;
        break;
      }
      if (!w.equals(w.toUpperCase(java.util.Locale.ROOT)) && !w.equals("(") && !w.equals(")")) break;
    }
    if (from < comma && Lexicon.CONNECTIVES.contains(Lexicon.lower(ts.get(from)))) {
      from++;
      if (from < comma && ts.get(from).word().equals(",")) from++;
    }
    int to = comma - 1;
    while (to > from && (Tree.punct(ts.get(to)) || ts.get(to).word().equals("''") || ts.get(to).word().equals("”"))) to--;
    if (resume > 0) {
      if (!quotedTail && c.insideAnyQuote(ts.get(resume).span().start()) || to < from) return false;
      Span head = tree.span(from, to), tail = tree.span(resume, last);
      if (f.insideDirect(head.start()) || f.insideDirect(tail.start())) return false;
      Found found = new Found(f.kindOver(List.of(head, tail)), ts.get(i).span(), tree.span(srcFrom, srcTo),
          c.paragraphAt(head.start()), c.paragraphAt(head.start()));
      found.content.add(head);
      found.content.add(tail);
      f.useCue(tree.index, i);
      f.add(found);
      return true;
    }
    if (to - from < 3) return false;
    boolean verb = false;
    for (int k = from; k <= to; k++) verb |= ts.get(k).tag().startsWith("VB") || ts.get(k).tag().equals("MD");
    if (!verb) return false;
    if (c.insideAnyQuote(ts.get(from).span().start()) && c.insideAnyQuote(ts.get(to).span().start())) return false; // a direct quote's
    f.report(c, tree.index, i, tree.span(from, to), ts.get(i).span(), tree.span(srcFrom, srcTo));
    return true;
  }

  /**
   * The token before the speaker's words that end at {@code end} ("retired Air Force general Lloyd Newton", "Sen. Jo
   * Lind (D-Ore.)"), at most 12 back from {@code from}; -1 when they start the sentence.
   */
  private static int speakerStart(List<Token> ts, int end, int from) {
    int j = end;
    while (j >= 0 && from - j <= 12 && (speakerWord(ts.get(j)) || Lexicon.PARENTHESES.contains(ts.get(j).word())
        || ts.get(j).tag().equals("VBN") && speakerWord(ts.get(j + 1)))) j--;
    return j;
  }

  /** A word that can be part of a speaker's description: names, nouns, determiners, "of", "in", possessives. */
  private static boolean speakerWord(Token t) {
    String tag = t.tag();
    String w = Lexicon.lower(t);
    return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("CD") || tag.equals("POS")
        || tag.equals("PRP$") || tag.equals("PRP") && Lexicon.PERSONAL_PRONOUNS.contains(w) || tag.equals("NNPS")
        || tag.equals("IN") && Lexicon.SPEAKER_PREPOSITIONS.contains(w) || w.equals("-") || w.equals("'s");
  }
}
