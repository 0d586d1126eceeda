package org.dateline.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What relates a line of a scraped page to the page's headline, for the line classifier ({@link LineFeatures}):
 * the page's title printed in its chrome ("Headline | Outlet", "Headline - Outlet": a line that is the part before
 * the separator is the headline said again, the line with the separator is not the headline), how many of a line's
 * words the lead paragraph uses (a headline says what the lead says), and how far below it the next byline or date
 * line stands. Worked out once per page; only lines in the headline window above the lead are compared with it.
 */
final class HeadlineCues {
  /** Title separators between a headline and the site's name. */
  private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · "};
  /** How far above the lead a line is compared with the lead paragraph; as far as a headline is looked for. */
  static final int WINDOW = 40;
  /** How far above a line its breadcrumb or its first printing is looked for. */
  static final int ECHO_ABOVE = 3;

  /** Per line: the part before a title separator of another line; a title line itself; said again just below a line that is or ends with it; lead overlap in fifths (-1: none asked); next byline or date line below (0: none within 8). */
  final boolean[] echoed, titleLine, echoAbove;
  final int[] leadShare, metaBelow;

  private HeadlineCues(int n) {
    echoed = new boolean[n];
    titleLine = new boolean[n];
    echoAbove = new boolean[n];
    leadShare = new int[n];
    metaBelow = new int[n];
  }

  static HeadlineCues of(List<TextLine> lines, LineShape[] shapes, int lead) {
    int n = lines.size();
    HeadlineCues c = new HeadlineCues(n);
    // the title's fragments: each line with a separator gives the text before its first and before its last one
    Map<String, Integer> fragments = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String t = lines.get(i).text();
      if (lines.get(i).words() > 40) continue;
      for (String sep : SEPARATORS) {
        int first = t.indexOf(sep), last = t.lastIndexOf(sep);
        if (first <= 0) continue;
        fragments.putIfAbsent(fold(t.substring(0, first)), i);
        fragments.putIfAbsent(fold(t.substring(0, last)), i);
      }
    }
    for (int i = 0; i < n && !fragments.isEmpty(); i++) {
      if (lines.get(i).words() > 40) continue;
      Integer from = fragments.get(fold(lines.get(i).text()));
      if (from != null && from != i) {
        c.echoed[i] = true;
        c.titleLine[from] = true;
      }
    }
    // a headline under its breadcrumb ("Home News Downtown rebound?") or printed twice: a line a little above
    // it is the same words, or ends with them
    String[] folded = new String[n];
    for (int i = 0; i < n; i++) folded[i] = lines.get(i).words() > 40 ? null : fold(lines.get(i).text());
    for (int i = 1; i < n; i++) {
      String f = folded[i];
      if (f == null || lines.get(i).words() < 2) continue;
      for (int j = i - 1; j >= Math.max(0, i - ECHO_ABOVE); j--) {
        String a = folded[j];
        if (a != null && (a.equals(f) || a.endsWith(f) && a.charAt(a.length() - f.length() - 1) == ' ')) {
          c.echoAbove[i] = true;
          break;
        }
      }
    }
    Set<String> leadWords = lead < 0 ? Set.of() : leadWords(lines, lead);
    java.util.Arrays.fill(c.leadShare, -1);
    if (!leadWords.isEmpty()) for (int i = Math.max(0, lead - WINDOW); i < lead; i++) c.leadShare[i] = share(lines.get(i).text(), leadWords);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < Math.min(n, i + 9); j++) {
        if (shapes[j].byline() || shapes[j].date()) {
          c.metaBelow[i] = j - i;
          break;
        }
      }
    }
    return c;
  }

  /** Case folded, spaces collapsed, outer punctuation dropped. */
  private static String fold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int k = 0; k < s.length(); k++) {
      char ch = s.charAt(k);
      if (Character.isLetterOrDigit(ch)) {
        if (space && sb.length() > 0) sb.append(' ');
        sb.append(Character.toLowerCase(ch));
        space = false;
      } else if (Character.isWhitespace(ch)) space = true;
    }
    return sb.toString();
  }

  /** The words of four letters or more of the lead and the two lines after it. */
  private static Set<String> leadWords(List<TextLine> lines, int lead) {
    Set<String> out = new HashSet<>();
    for (int i = lead; i < Math.min(lines.size(), lead + 3); i++) for (String w : words(lines.get(i).text())) out.add(w);
    return out;
  }

  /** The share of a line's words of four letters or more that the lead uses, in fifths (0-5); 0 for a line without such words. */
  private static int share(String t, Set<String> leadWords) {
    int all = 0, in = 0;
    for (String w : words(t)) {
      all++;
      if (leadWords.contains(w)) in++;
    }
    return all == 0 ? 0 : 5 * in / all;
  }

  private static List<String> words(String t) {
    List<String> out = new java.util.ArrayList<>();
    int at = 0, len = t.length();
    while (at < len) {
      while (at < len && !Character.isLetter(t.charAt(at))) at++;
      int st = at;
      while (at < len && Character.isLetterOrDigit(t.charAt(at))) at++;
      // the first five letters: "council" and "council's", "vote" and "votes" are one word
      if (at - st >= 4) out.add(t.substring(st, Math.min(at, st + 5)).toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
