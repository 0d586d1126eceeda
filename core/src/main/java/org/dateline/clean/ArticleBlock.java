package org.dateline.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the article lies in a scraped page's lines: the run of lines with the most prose in it, net of the chrome
 * inside it. Each line scores by its shape alone (prose counts its words, a short sentence a little, a short
 * unpunctuated line (a menu item, a link title, a label) costs, a known chrome shape costs more, a header that opens
 * a related, comment or share block costs most); the block is the run with the highest sum (Kadane's maximum
 * subarray). So a subheading or a caption between two paragraphs stays inside, while a list of link titles, even
 * with a blurb under each, ends the article.
 */
final class ArticleBlock {
  /** Headers that open what follows an article: more stories, comments, sharing. */
  static final Pattern TAIL_HEADER = Pattern.compile(
      "^(share( this( article| story| page)?)?|related( news| articles| stories| coverage| content| posts| reading| links| videos)?|"
          + "more (from|on|in|stories|news|to read|like this)\\b.*|read (more|also|next)|most (read|popular|viewed)|"
          + "you (may|might) also (like|enjoy)|recommended( for you| stories| reading)?|newsfeed|news feed|"
          + "latest (news|stories|videos)|top stories|trending( now| stories)?|popular( now| stories)?|"
          + "editor'?s picks|what to read next|further reading|up next|keep reading|around the web|"
          + "to (join|participate in) the discussion.*|comments?|\\d+ comments?|leave a (comment|reply)|"
          + "join the (conversation|discussion)|about the authors?|sign up for .*newsletter.*)[\\s:»›>.!]*$",
      Pattern.CASE_INSENSITIVE);

  private ArticleBlock() {}

  /** {@code [start, end)} of the article's lines, or {@code {-1, -1}} when no line scores above zero. */
  static int[] find(List<TextLine> lines, Script main) {
    int n = lines.size();
    double best = 0, run = 0;
    int bestStart = -1, bestEnd = -1, start = 0;
    for (int i = 0; i < n; i++) {
      if (run <= 0) {
        run = 0;
        start = i;
      }
      run += score(lines, i, main);
      if (run > best) {
        best = run;
        bestStart = start;
        bestEnd = i + 1;
      }
    }
    return new int[] {bestStart, nextArticle(lines, bestStart, bestEnd)};
  }

  /**
   * Where a second article starts inside the block (pages that scroll on to the next story): a title line with a
   * byline or a date line within the next three lines and prose after them (a related link has a byline too, but
   * another link after it), after the first paragraphs. {@code end} when none does.
   */
  static int nextArticle(List<TextLine> lines, int start, int end) {
    if (start < 0) return end;
    int prose = 0;
    for (int i = start; i < end; i++) {
      TextLine l = lines.get(i);
      if (l.words() >= 12 && Chrome.endsSentence(l.text())) prose++;
      if (prose < 2 || !Headlines.titleShaped(l)) continue;
      for (int j = i + 1; j < Math.min(end, i + 4); j++) {
        String t = lines.get(j).text();
        if (lines.get(j).words() <= 12 && (Chrome.writtenDate(t) != null || BYLINE.matcher(t).matches()) && proseAfter(lines, j + 1, end))
          return i;
      }
    }
    return end;
  }

  /** Whether prose comes next after {@code from}, past bylines, dates, credits and short lines: a story, not a list of links. */
  private static boolean proseAfter(List<TextLine> lines, int from, int end) {
    for (int k = from; k < Math.min(end, from + 6); k++) {
      TextLine l = lines.get(k);
      if (l.words() <= 4 || Headlines.between(l.text()) || Bylines.nameLine(l.text())) continue;
      return l.words() >= 12 && Chrome.endsSentence(l.text());
    }
    return false;
  }

  private static final Pattern BYLINE = Pattern.compile("^(by|written by)\\s+\\p{Lu}.{2,80}$", Pattern.CASE_INSENSITIVE);

  /** A line's worth as article text, by shape. */
  static double score(List<TextLine> lines, int i, Script main) {
    TextLine l = lines.get(i);
    String t = l.text();
    int w = l.words();
    if (w <= 8 && TAIL_HEADER.matcher(t).matches()) return -60;
    if (l.shape() != null) return -8;
    Script s = l.script();
    if (s != main && s != Script.NONE && s != Script.MIXED) return -8;
    // a teaser cut short ("... after the bank accounts...") is a link to another article
    if (t.endsWith("...") || t.endsWith("…")) return -4;
    var signed = TextRules.QUOTE_THEN_NAME.matcher(t);
    boolean sentence = Chrome.endsSentence(signed.matches() ? signed.group(1) : t);
    if (w >= 12 && sentence) return Math.min(w, 80);
    // a hard-wrapped line: the paragraph goes on on the next line, in lower case
    if (w >= 6 && !sentence && i + 1 < lines.size() && startsLower(lines.get(i + 1).text())) return w;
    if (sentence && w >= 4) return 2;
    // long but unpunctuated: a teaser or a link title as often as a paragraph
    if (w >= 25) return 1;
    return -3 - Math.min(w, 12) / 3.0;
  }

  private static boolean startsLower(String s) {
    return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
  }
}
