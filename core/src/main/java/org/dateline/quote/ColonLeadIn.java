package org.dateline.quote;

import java.util.List;
import org.dateline.model.Span;
import org.dateline.nlp.Token;

/**
 * "The governor added: It is typical of the council. It knows nothing …": a speech verb and a colon introduce
 * unquoted words that run to the end of the paragraph.
 */
final class ColonLeadIn implements TokenRule {
  @Override
  public boolean apply(Context c, Findings f, Tree tree, int i) {
    List<Token> ts = tree.tokens;
    Token t = ts.get(i);
    if (!Lexicon.verb(t) || !Lexicon.SPEECH.contains(Lexicon.lemma(t))) return false;
    if (i + 2 >= ts.size() || !ts.get(i + 1).word().equals(":")) return false;
    int start = ts.get(i + 2).span().start();
    if (c.insideAnyQuote(start) || QuoteScanner.isOpenChar(c.text.charAt(start))) return false;
    Span para = c.paragraph(c.paragraphAt(start));
    int end = para.end();
    while (end > start && Character.isWhitespace(c.text.charAt(end - 1))) end--;
    if (end - start < 10) return false;
    f.report(c, tree.index, i, new Span(start, end), t.span(), Speakers.sourceOf(c, f, tree.index, i));
    return true;
  }
}
