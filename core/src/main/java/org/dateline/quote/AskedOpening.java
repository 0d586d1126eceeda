package org.dateline.quote;

import java.util.List;
import org.dateline.nlp.Token;

/**
 * "Asked if the ferry will run again, 41 percent said yes.", "Asked about the levy, Holm said …": a sentence opening
 * with a bare "asked" puts a question to the main clause's subject; the question runs from "if", "whether" or the
 * wh-word (or after "about") to the comma before the main clause. Parses hang the participle every which way, so
 * this reads the tokens. The question is nobody's statement: it is marked asked ({@link Acts}), with no speaker.
 */
final class AskedOpening implements TokenRule {
  @Override
  public boolean apply(Context c, Findings f, Tree tree, int i) {
    List<Token> ts = tree.tokens;
    int first = 0;
    while (first < i && Tree.punct(ts.get(first))) first++;
    if (first != i || !Lexicon.lower(ts.get(i)).equals("asked") || i + 2 >= ts.size()) return false;
    String next = Lexicon.lower(ts.get(i + 1));
    int from = next.equals("about") ? i + 2 : Lexicon.QUESTION_WORDS.contains(next) ? i + 1 : -1;
    if (from < 0) return false;
    int n = ts.size();
    for (int m = from + 1; m + 1 < n; m++) {
      if (!ts.get(m).word().equals(",")) continue;
      // (the comma may sit inside a closing mark: 'Asked if he is "ready to serve," 41 percent said yes')
      int after = Lexicon.CLOSING_MARKS.contains(ts.get(m + 1).word()) ? m + 2 : m + 1;
      if (after >= n || !ContentBounds.startsMainClause(tree, after, n)) continue;
      f.report(c, tree.index, i, tree.span(from, after - 1), ts.get(i).span(), null);
      return true;
    }
    return false;
  }
}
