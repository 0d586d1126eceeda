package org.dateline.clean;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The element of an HTML page that holds the article: Readability-style scoring of the visible blocks (each
 * paragraph feeds its container and, less, the container's ancestors), then a climb to the ancestor that holds a
 * body split into parts or clearly more link-poor sentence text.
 */
final class MainContainer {
  private MainContainer() {}

  /** Readability-style scoring: each paragraph feeds its container and, halved, the container's parent. */
  static Element of(List<HtmlBlock> blocks) {
    Map<Element, Double> score = new IdentityHashMap<>();
    for (HtmlBlock b : blocks) {
      int len = b.text().length();
      if (len < 25) continue;
      double density = len == 0 ? 0 : (double) b.linkChars() / len;
      if (density > 0.5) continue;
      double s = 1 + commas(b.text()) + Math.min(len / 100.0, 3);
      if (Chrome.endsSentence(b.text())) s += 1;
      s *= (1 - density);
      if (HtmlHints.underStrongNegative(b.owner())) s *= 0.1;
      Element owner = b.owner();
      boolean paragraph = owner.tagName().equals("p") || owner.tagName().equals("li") || owner.tagName().equals("br")
          || owner.tagName().matches("h[2-6]") || owner.tagName().equals("blockquote") || owner.tagName().equals("pre");
      Element parent = paragraph ? owner.parent() : owner;
      if (parent == null) continue;
      score.merge(parent, s, Double::sum);
      Element grand = parent.parent();
      if (grand != null) score.merge(grand, s / 2, Double::sum);
      Element great = grand == null ? null : grand.parent();
      if (great != null) score.merge(great, s / 6, Double::sum);
    }
    Element best = null;
    double bestScore = 0;
    Map<Element, Double> adjusted = new HashMap<>();
    for (var e : score.entrySet()) {
      double s = e.getValue() * (1 + HtmlHints.weight(e.getKey()) / 100.0);
      adjusted.put(e.getKey(), s);
      if (s > bestScore) {
        bestScore = s;
        best = e.getKey();
      }
    }
    if (best == null) return null;
    // articles split into several sections (ads, players between them): climb to the ancestor that holds clearly
    // more link-poor sentence text than the best container, through wrappers that add nothing
    Map<Element, Double> sentences = sentenceText(blocks);
    // a body cut into sibling parts of one class (a paragraph each, players and ads between): the parts' parent
    // is the body, however little text the other parts add
    Element part = best;
    for (int level = 0; level < 3 && part.parent() != null && !part.parent().tagName().equals("body"); level++) {
      Element up = part.parent();
      if (HtmlHints.negative(up) || HtmlHints.CHROME_TAGS.contains(up.tagName())) break;
      boolean split = false;
      for (Element sib : up.children())
        if (sib != part && !part.className().isBlank() && sib.className().equals(part.className()) && sentences.getOrDefault(sib, 0.0) > 0)
          split = true;
      if (split) best = up;
      else if (up.childrenSize() > 1) break;
      part = up;
    }
    double chosenText = sentences.getOrDefault(best, 0.0);
    for (Element a = best.parent(); a != null && !a.tagName().equals("body") && !a.tagName().equals("html"); a = a.parent()) {
      if (HtmlHints.negative(a) || HtmlHints.CHROME_TAGS.contains(a.tagName())) break;
      double t = sentences.getOrDefault(a, 0.0);
      if (t > chosenText * 1.25 + 50) {
        best = a;
        chosenText = t;
      }
    }
    return best;
  }

  /**
   * Characters of sentence-like, link-poor text under each element, not counting text below a chrome element
   * (a comment list's paragraphs count for the list, not for the page around it).
   */
  private static Map<Element, Double> sentenceText(List<HtmlBlock> blocks) {
    Map<Element, Double> out = new IdentityHashMap<>();
    for (HtmlBlock b : blocks) {
      int len = b.text().length();
      if (len < 60 || b.linkChars() * 3 > len || !Chrome.endsSentence(b.text())) continue;
      for (Element x = b.owner(); x != null; x = x.parent()) {
        out.merge(x, (double) len, Double::sum);
        if (HtmlHints.negative(x) || HtmlHints.CHROME_TAGS.contains(x.tagName())) break;
      }
    }
    return out;
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ',' || s.charAt(i) == '\uFF0C' || s.charAt(i) == '\u3001') n++;
    return n;
  }
}
