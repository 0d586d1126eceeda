package org.dateline.quote;

import java.util.regex.Pattern;
import org.dateline.model.Statement;
import org.dateline.nlp.Token;

/**
 * Loose quotes after a statement of any kind go on with it: a quote that is the next sentence of the same paragraph
 * ("…are "not meeting the demand," says Rieckhoff. "We often compare it …"") and one conjoined right after the cue
 * ("Mills "got immunity," Jordan said, and still "got to sit in …""). Runs last, over every statement found.
 */
final class FollowOns {
  private FollowOns() {}

  private static final Pattern CONJOINED_QUOTE = Pattern.compile("^[\\s,]*(and|but)(\\s+[a-z]+)?\\s*$");

  static void find(Context c, Findings f) {
    for (QuoteScanner.Quoted q : f.loose()) {
      int start = q.outer().start();
      if (f.insideDirect(start) || f.insideDirect(q.spans().get(0).start())) continue;
      int para = c.paragraphAt(start);
      Found before = null;
      for (Found found : f.all()) {
        if (found.paragraph != para && found.lastParagraph != para || found.end() > start) continue;
        if (c.paragraphAt(found.cue.start()) != para) continue;
        if (before == null || found.end() > before.end()) before = found;
      }
      if (before == null) continue;
      String gap = c.text.substring(before.end(), start);
      boolean nextSentence = DirectQuotes.setOff(c, q) && DirectQuotes.closesSentence(c, q)
          && c.sentenceAt(start) == c.sentenceAt(before.end() - 1) + 1 && !cueBetween(c, before.end(), start);
      boolean conjoined = CONJOINED_QUOTE.matcher(gap).matches() && c.sentenceAt(start) == c.sentenceAt(before.cue.start());
      if (!nextSentence && !conjoined) continue;
      before.content.addAll(q.spans());
      before.lastParagraph = Math.max(before.lastParagraph, c.paragraphAt(q.outer().end() - 1));
      // the quote is the speaker's words now, so a cue read inside it is not a statement of its own
      Found host = before;
      f.removeIf(other -> other != host && q.outer().contains(other.cue));
      if (before.kind == Statement.Kind.INDIRECT) before.kind = Statement.Kind.PARTIAL;
    }
  }

  /** Whether a speech verb outside any quote lies between two offsets. */
  private static boolean cueBetween(Context c, int from, int to) {
    for (int s = Math.max(0, c.sentenceAt(from)); s < c.sentences.size() && c.sentences.get(s).span().start() < to; s++) {
      for (Token t : c.sentences.get(s).tokens()) {
        if (t.span().start() < from || t.span().end() > to || c.insideAnyQuote(t.span().start())) continue;
        if (Lexicon.verb(t) && Lexicon.SPEECH.contains(Lexicon.lemma(t))) return true;
      }
    }
    return false;
  }
}
