package org.dateline.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the rules decide before any line is labelled: the page's main script, the article block ({@link
 * ArticleBlock}), the lead (the first prose line in it, moved below an explicit byline near it), that byline, and
 * the headline (the last title-shaped line above the lead or byline). The lead is -1 when no line is prose.
 */
record TextRules(Script main, int blockStart, int blockEnd, int lead, int by, int headline) {
  static final Pattern BYLINE = Pattern.compile("^(?:By|BY|Written by|Words by)\\s+(.{2,80}?)\\s*$");
  static final Pattern STAFF = Pattern.compile("^\\(([^()]{2,60}?\\s+Staff)\\)$|^([^()]{2,60}?\\s+Staff)$");
  static final Pattern SOURCE = Pattern.compile("^(?:/\\s*)?Source:\\s*(.{2,60}?)\\s*$", Pattern.CASE_INSENSITIVE);
  static final Pattern PHOTO = Pattern.compile(
      "^(photo|image|picture|photograph|illustration|file photo)s?\\s*(credit)?\\s*[:/|©-].*", Pattern.CASE_INSENSITIVE);

  static TextRules of(List<TextLine> lines) {
    Script main = Script.main(lines, 0);
    int[] block = ArticleBlock.find(lines, main);
    int[] head = block[0] < 0 ? new int[] {-1, -1, -1} : head(lines, main, block[0], block[1]);
    return new TextRules(main, block[0], block[1], head[0], head[1], head[2]);
  }

  /**
   * The lead, explicit byline and headline of the article in lines {@code [from, to)}: the lead is the first prose
   * line, moved below an explicit byline near it; the headline the last title-shaped line above lead or byline.
   */
  static int[] head(List<TextLine> lines, Script main, int from, int to) {
    int lead = firstSentenceLine(lines, main, from, to);
    if (lead < 0) return new int[] {-1, -1, -1};
    // an explicit byline near the lead anchors the article's head: the headline is the title above it, and a
    // prose line above it (a photo caption, a standfirst) is not the lead
    int by = Bylines.explicitNear(lines.stream().map(TextLine::text).toList(), lead, 15);
    if (by > lead) {
      int after = firstSentenceLine(lines, main, by + 1, to);
      if (after > by && after - by <= 15) lead = after;
    }
    return new int[] {lead, by, headlineBefore(lines, by >= 0 && by < lead ? by : lead)};
  }

  static boolean repeatedLater(List<TextLine> lines, int i, int lead) {
    for (int j = Math.max(lead, i + 1); j < Math.min(lines.size(), lead + 4); j++) if (Datelines.sameText(lines.get(i).text(), lines.get(j).text())) return true;
    return false;
  }

  /**
   * The first line shaped like article prose: a sentence of some length, followed (past chrome, bylines and date
   * lines) by more prose, so that a one-sentence section blurb above the headline is not taken for the lead.
   */
  private static int firstSentenceLine(List<TextLine> lines, Script main, int from, int to) {
    for (int i = from; i < to; i++) {
      // the cheap test first: most lines are no prose
      if (!prose(lines.get(i))) continue;
      if (repeatedLater(lines, i, i + 1)) continue; // a standfirst printed again as the lead just below
      if (lines.get(i).words() >= 30) return i;
      int j = i + 1;
      while (j < lines.size() && (lines.get(j).shape() != null || PHOTO.matcher(lines.get(j).text()).matches()
          || BYLINE.matcher(lines.get(j).text()).matches() || lines.get(j).script().otherThan(main))) j++;
      if (j >= to) return i; // only chrome after it: a one-paragraph article
      TextLine n = lines.get(j);
      if (prose(n) || Chrome.endsSentence(n.text()) && n.words() >= 5 || prose(wrapped(lines, j))) return i;
    }
    return from < to ? from : -1;
  }

  /** Line j joined with the lines hard-wrapped after it (same paragraph), stopping at bylines and chrome. */
  private static String wrapped(List<TextLine> lines, int j) {
    StringBuilder sb = new StringBuilder(lines.get(j).text());
    for (int k = j + 1; k < Math.min(lines.size(), j + 4) && !lines.get(k).afterBlank(); k++) {
      String t = lines.get(k).text();
      if (lines.get(k).shape() != null || BYLINE.matcher(t).matches() || PHOTO.matcher(t).matches()) break;
      sb.append(' ').append(t);
    }
    return sb.toString();
  }

  /** {@link #prose(String)} of a line, from the words and chrome shape it knows. */
  static boolean prose(TextLine l) {
    if (l.words() < 12) return false; // a signed quotation has fewer words than its line
    Matcher q = QUOTE_THEN_NAME.matcher(l.text());
    if (q.matches()) return prose(q.group(1));
    return l.shape() == null && (Chrome.endsSentence(l.text()) || l.words() >= 25);
  }

  /** A sentence of some length, or a long line, that no chrome shape claims: article prose. */
  static boolean prose(String t) {
    Matcher q = QUOTE_THEN_NAME.matcher(t);
    if (q.matches()) t = q.group(1); // "“The bridge is a disgrace.” ― Mara Quell": a quoted sentence signed by its speaker
    return Chrome.words(t) >= 12 && Chrome.reason(t) == null && (Chrome.endsSentence(t) || Chrome.words(t) >= 25);
  }

  /** A quotation followed by a dash and a short name: readers' or witnesses' quotes, one per line. */
  static final Pattern QUOTE_THEN_NAME = Pattern.compile(
      "^([\"“”«„].{20,}[\"”»])[\\s\\u00A0]*(?:―|—|–|--?)[\\s\\u00A0]*\\p{Lu}[\\p{L}\\p{M}.'’ -]{1,60}\\.?$");

  /** The last title-shaped line before the lead, skipping bylines, dates, credits and a standfirst. */
  private static int headlineBefore(List<TextLine> lines, int lead) {
    for (int i = lead - 1; i >= Math.max(0, lead - 40); i--) {
      TextLine l = lines.get(i);
      String t = l.text();
      if (BYLINE.matcher(t).matches() || STAFF.matcher(t).matches() || SOURCE.matcher(t).matches()) continue;
      if (l.shape() != null || l.words() <= 3 || Headlines.between(t)) continue;
      if (repeatedLater(lines, i, lead) || Bylines.nameLine(t) && titleAbove(lines, i)) continue;
      if (l.words() > 30 || prose(l)) continue;
      if (Headlines.titleShaped(l)) return i;
    }
    return -1;
  }

  /** Whether a title-shaped line that is no name line stands within three lines above line {@code i}. */
  private static boolean titleAbove(List<TextLine> lines, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (Headlines.titleShaped(lines.get(j)) && !Bylines.nameLine(lines.get(j).text())) return true;
    }
    return false;
  }
}
