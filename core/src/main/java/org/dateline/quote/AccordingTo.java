package org.dateline.quote;

import java.util.List;
import org.dateline.model.Span;
import org.dateline.nlp.Token;

/**
 * "X will close, according to the union." / "According to the union, X will close.": token rules, parses vary here.
 * The source runs from after "to" to the next punctuation; takes every "according to" it sees.
 */
final class AccordingTo implements TokenRule {
  @Override
  public boolean apply(Context c, Findings f, Tree tree, int i) {
    List<Token> ts = tree.tokens;
    if (!ts.get(i).word().equalsIgnoreCase("according") || i + 1 >= ts.size() || !ts.get(i + 1).word().equalsIgnoreCase("to")) return false;
    int n = ts.size();
    int srcStart = i + 2, srcEnd = srcStart;
    while (srcEnd < n && !",.;:!?".contains(ts.get(srcEnd).word()) && !ts.get(srcEnd).word().equals("--")) srcEnd++;
    srcEnd--;
    if (srcEnd < srcStart) return true;
    int[] content;
    int first = 0;
    while (first < i && Tree.punct(ts.get(first))) first++;
    if (first == i) content = new int[] {srcEnd + 1, n - 1}; // "According to X, content."
    else content = new int[] {0, i - 1};
    if (content[0] > content[1]) return true;
    Span cue = new Span(ts.get(i).span().start(), ts.get(i + 1).span().end());
    f.report(c, tree.index, i, tree.span(content), cue, tree.span(srcStart, srcEnd));
    return true;
  }
}
