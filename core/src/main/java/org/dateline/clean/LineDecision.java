package org.dateline.clean;

import java.util.List;
import org.dateline.model.RemovalReason;

/**
 * Body and headline of a scraped page from the line classifier's probabilities ({@link LineModel}), with the rules'
 * decisions as the fallback. The article is the run of lines with the most body weight (each line counts its
 * probability of being body above one half, times its words, so a long paragraph outweighs a menu item: Kadane's
 * maximum subarray, as {@link ArticleBlock} does over rule scores); the headline is the line above the lead the
 * classifier finds most headline-like, when it is sure enough, else the rules' headline. Inside the article, a line
 * the classifier is sure is no body (a caption, an inline promotion; never a prose line) is removed as boilerplate. Inside
 * the classifier's run, the rules find the lead ({@link TextCleaner#head}).
 */
public record LineDecision(double bodyAbove, double headlineMin, double pruneBelow, double standfirstRatio, int standfirstReach) {
  /**
   * A line adds to the article's run where its body probability is above {@code bodyAbove}; the best headline
   * candidate below {@code headlineMin} is not trusted and the rules' headline stands; a non-prose line inside the
   * article whose body probability is below {@code pruneBelow} is removed. Chosen on the cross-validated figures
   * (folds by site): a headline threshold of 0.25 instead of 0.05 gave headline 0.748 instead of 0.776, a body
   * threshold of 0.4 or 0.6 a lower body F1 (0.893, 0.888), pruning prose lines too made no difference. A
   * title-shaped line up to {@code standfirstReach} lines above the best headline candidate (no prose between) is
   * taken instead when its probability is at least {@code standfirstRatio} of the best's (a headline over its
   * standfirst): headline 0.8567 at 0.8 one line up, 0.8536 without, 0.8536 reaching 12 lines up at 0.8, 0.9 or 0.95
   * (the trainer prints these beside each other; a reach beyond the line just above never helped).
   */
  public static final LineDecision STANDARD = new LineDecision(0.5, 0.05, 0.3, 0.8, 1);
  /**
   * The classifier decides on scraped pages, whose article sits among menus above and footers below: it learned
   * that a page's first and last lines are chrome. A shorter text (a clean article, a snippet, one agency item) has
   * no chrome around it to find, and the rules decide there. (Of the 321 news-text pages, 5 have fewer lines.)
   */
  static final int MIN_LINES = 40;
  /**
   * Nor does a long clean article (a live-updates list of short items with "___" between them, a wire story of many
   * one-sentence paragraphs): the classifier would cut its tail as a footer. A scraped page shows its chrome in lines
   * the rules know by shape (share, subscribe, cookie, navigation); a text with fewer than this many is clean. A
   * list article's item numbers (1, 2, 3 on lines of their own) are no chrome: they made a 17-item list "scraped",
   * and the classifier cut it after its third item.
   */
  static final int MIN_CHROME_LINES = 3;

  /** Whether the classifier decides this text: long enough, and showing the chrome of a scraped page. */
  static boolean scraped(List<TextLine> lines) {
    if (lines.size() < MIN_LINES) return false;
    int chrome = 0, item = 1;
    for (TextLine l : lines) {
      if (l.shape() == null) continue;
      // "1", "2", "3" on lines of their own number a list article's items: counters by shape, no chrome
      if (l.shape() == RemovalReason.COUNTER && l.text().equals(Integer.toString(item))) {
        item++;
        continue;
      }
      if (++chrome >= MIN_CHROME_LINES) return true;
    }
    return false;
  }
  /** How far above the lead a headline is looked for. */
  private static final int HEADLINE_WINDOW = 40;

  TextCleaner.Decided decide(List<TextLine> lines, TextRules r, double[][] p) {
    int body = LineModel.Label.BODY.ordinal();
    double best = 0, run = 0;
    int bestStart = -1, bestEnd = -1, start = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (run <= 0) {
        run = 0;
        start = i;
      }
      run += (p[i][body] - bodyAbove) * (1 + Math.min(lines.get(i).words(), 80));
      if (run > best) {
        best = run;
        bestStart = start;
        bestEnd = i + 1;
      }
    }
    if (bestStart < 0) return new TextCleaner.Decided(r.lead(), r.blockEnd(), r.headline());
    // the classifier says which run of lines is the article; inside it the rules find the lead (the first prose
    // line, below an explicit byline), so datelines, doubled leads and credits are read as the rules read them
    int[] rh = TextRules.head(lines, r.main(), bestStart, bestEnd);
    int lead = rh[0] >= 0 ? rh[0] : bestStart;
    return new TextCleaner.Decided(lead, bestEnd, headline(lines, p, lead, rh[2]));
  }

  /**
   * One headline per page: the line above the lead the classifier finds most headline-like. When it is not sure
   * (below {@code headlineMin}) the rules' headline stands, if they found one; else its best line still does. A
   * headline stands above its standfirst: when the line just above the best (past a blank) is title-shaped and
   * nearly as likely, the upper one is the headline.
   */
  int headline(List<TextLine> lines, double[][] p, int lead, int rulesHeadline) {
    int head = LineModel.Label.HEADLINE.ordinal(), best = -1;
    for (int i = Math.max(0, lead - HEADLINE_WINDOW); i < lead; i++)
      if ((best < 0 || p[i][head] > p[best][head]) && !Headlines.captioned(lines, i)) best = i;
    if (best < 0) return rulesHeadline;
    if (p[best][head] < headlineMin && rulesHeadline >= 0) return rulesHeadline;
    // the topmost title-shaped line within reach above the best, nearly as likely, no prose line between
    int top = best;
    for (int j = best - 1; j >= Math.max(0, best - standfirstReach); j--) {
      if (TextRules.prose(lines.get(j))) break;
      if (p[j][head] >= standfirstRatio * p[best][head] && Headlines.titleShaped(lines.get(j))) top = j;
    }
    return top;
  }

  /** Removes the lines of {@code [from, to)} that no rule removed and the classifier is sure are not body. */
  void prune(List<TextLine> lines, int from, int to, double[][] p, RemovalReason[] reasons) {
    int body = LineModel.Label.BODY.ordinal();
    for (int i = from; i < to; i++) {
      // prose stays whatever the classifier says: it prunes captions, labels and promotions, not paragraphs
      if (reasons[i] == null && p[i][body] < pruneBelow && !TextRules.prose(lines.get(i))) reasons[i] = RemovalReason.BOILERPLATE;
    }
  }
}
