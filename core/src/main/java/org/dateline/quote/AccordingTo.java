package org.dateline.quote;

import java.util.List;
import org.dateline.model.Span;
import org.dateline.nlp.Token;

/**
 * "X will close, according to the union." / "According to the union, X will close.": token rules, parses vary here.
 * The source runs from after "to" to the next punctuation or dash; takes every "according to" it sees.
 */
final class AccordingTo implements TokenRule {
  @Override
  public boolean apply(Context c, Findings f, Tree tree, int i) {
    List<Token> ts = tree.tokens;
    if (!ts.get(i).word().equalsIgnoreCase("according") || i + 1 >= ts.size() || !ts.get(i + 1).word().equalsIgnoreCase("to")) return false;
    int n = ts.size();
    int srcStart = i + 2, srcEnd = srcStart;
    while (srcEnd < n && !",.;:!?".contains(ts.get(srcEnd).word()) && !dash(ts, srcEnd)) srcEnd++;
    srcEnd--;
    if (srcEnd < srcStart) return true;
    int[] content;
    int first = 0;
    while (first < i && Tree.punct(ts.get(first))) first++;
    if (first == i) content = new int[] {srcEnd + 1, n - 1}; // "According to X, content."
    else {
      content = new int[] {0, i - 1};
      srcEnd = appositiveEnd(tree, srcStart, srcEnd);
    }
    if (content[0] > content[1]) return true;
    Span cue = new Span(ts.get(i).span().start(), ts.get(i + 1).span().end());
    f.report(c, tree.index, i, tree.span(content), cue, tree.span(srcStart, srcEnd));
    return true;
  }

  /**
   * "…, according to Ana Vell, a lawyer for the union, whose figures …": after the content, an appositive the parse
   * hangs on the source says who it is and belongs to it (not a relative clause or what else a comma sets off after
   * it); the end of source tokens {@code from}..{@code to} with it.
   */
  private static int appositiveEnd(Tree tree, int from, int to) {
    List<Token> ts = tree.tokens;
    if (to + 2 >= ts.size() || !ts.get(to + 1).word().equals(",")) return to;
    for (int k = to + 2; k < ts.size(); k++) {
      if (!tree.rel(k).equals("appos") || tree.head(k) < from || tree.head(k) > to) continue;
      int appos = k;
      int[] r = tree.range(k, d -> !tree.rel(d).startsWith("acl:relcl") && !(tree.head(d) == appos && d > appos && afterComma(tree, d)));
      return r[0] == to + 2 ? tree.lastWord(r[0], r[1]) : to;
    }
    return to;
  }

  /** Whether token {@code k} is a dash set off by spaces ("the Tax Policy Center - half a point …"), not a hyphen. */
  private static boolean dash(List<Token> ts, int k) {
    String w = ts.get(k).word();
    return Lexicon.DASHES.contains(w) || w.equals("-") && k > 0 && ts.get(k - 1).span().end() < ts.get(k).span().start();
  }

  /** Whether the phrase of token {@code d} follows a comma. */
  private static boolean afterComma(Tree tree, int d) {
    int first = tree.range(d)[0];
    return first > 0 && tree.tokens.get(first - 1).word().equals(",");
  }
}
