package org.dateline.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.model.Span;

/**
 * The features of each line of a scraped page that the line classifier ({@link LineModel}) reads: the line's own
 * shape (length, case, terminal stop, chrome shape, title or byline or date shape), its place in the page and
 * relative to the rules' article block, lead and headline, how often it repeats, the shape of the two lines on each
 * side, how much prose stands around it, and a few words of short lines (menu and widget labels). Written once here,
 * so training ({@code eval}'s {@code TextLinesTrainer}) and the cleaner see the same features. Most features are
 * indicators (value 1) of a binned quantity, so a linear model can weigh each bin on its own.
 */
public final class LineFeatures {
  private LineFeatures() {}

  /** The non-blank lines of a page, each with its span on the source and its features. */
  public record Page(List<Span> spans, List<String> texts, List<Map<String, Double>> features) {}

  /** The lines and features of plain text, as the text cleaner splits it. */
  public static Page of(String text) {
    List<TextCleaner.Line> lines = TextCleaner.lines(text);
    TextCleaner.Rules r = TextCleaner.rules(lines);
    return new Page(lines.stream().map(TextCleaner.Line::span).toList(), lines.stream().map(TextCleaner.Line::text).toList(),
        of(lines, r));
  }

  static List<Map<String, Double>> of(List<TextCleaner.Line> lines, TextCleaner.Rules r) {
    int n = lines.size();
    Map<String, Integer> counts = new HashMap<>();
    // lines are trimmed already; case folded, a repeat is the same line (a cheaper key than Chrome.norm's regex)
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) counts.merge(keys[i] = lines.get(i).text().toLowerCase(Locale.ROOT), 1, Integer::sum);
    Shape[] shapes = new Shape[n];
    for (int i = 0; i < n; i++) shapes[i] = Shape.of(lines, i, r.main());
    // prose words within three lines either side: how dense the text around a line is
    int[] prefix = new int[n + 1];
    for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + (shapes[i].prose ? lines.get(i).words() : 0);
    // headline candidates: how many title-shaped lines stand between a line and the rules' lead
    int[] titlesBelow = new int[n];
    for (int i = Math.min(n, Math.max(0, r.lead())) - 1, seen = 0; i >= 0; i--) {
      titlesBelow[i] = seen;
      if (shapes[i].title) seen++;
    }
    List<Map<String, Double>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Map<String, Double> f = new HashMap<>(128);
      TextCleaner.Line l = lines.get(i);
      String t = l.text();
      shapes[i].put(f, "");
      for (int d : new int[] {-2, -1, 1, 2}) {
        int j = i + d;
        String p = (d < 0 ? "p" : "n") + Math.abs(d) + ":";
        if (j < 0 || j >= n) f.put(p + "none", 1.0);
        else shapes[j].putNeighbour(f, p);
      }
      f.put("pos=" + (int) (10.0 * i / Math.max(1, n)), 1.0);
      f.put("posx", (double) i / Math.max(1, n));
      if (i < 3) f.put("first3", 1.0);
      if (n - i <= 3) f.put("last3", 1.0);
      int density = prefix[Math.min(n, i + 4)] - prefix[Math.max(0, i - 3)];
      f.put("dense=" + bin(density, 0, 1, 20, 50, 100, 200, 400), 1.0);
      f.put("repeat=" + Math.min(3, counts.get(keys[i]) - 1), 1.0);
      // against the rules' decisions: the article block (Kadane over line scores), the lead, the headline
      if (r.blockStart() >= 0) {
        if (i < r.blockStart()) f.put("beforeBlock=" + bin(r.blockStart() - i, 1, 2, 4, 8, 16, 40), 1.0);
        else if (i >= r.blockEnd()) f.put("afterBlock=" + bin(i - r.blockEnd() + 1, 1, 2, 4, 8, 16, 40), 1.0);
        else f.put("inBlock", 1.0);
      } else f.put("noBlock", 1.0);
      if (i == r.lead()) f.put("ruleLead", 1.0);
      else if (i < r.lead()) f.put("beforeLead=" + bin(r.lead() - i, 1, 2, 3, 4, 6, 10, 20, 40), 1.0);
      else f.put("afterLead", 1.0);
      if (i < r.lead() && shapes[i].title) f.put("titleRank=" + bin(titlesBelow[i], 1, 2, 3, 5, 10), 1.0);
      if (i == r.headline()) f.put("ruleHeadline", 1.0);
      else if (r.headline() >= 0 && i < r.headline()) f.put("aboveRuleHeadline", 1.0);
      f.put("blockScore=" + bin((int) Math.round(ArticleBlock.score(lines, i, r.main())), -60, -8, -4, -3, 0, 2, 6, 12, 30, 60), 1.0);
      // a few words of short lines: "share", "menu", "photo", "advertisement" say what a line is on any site
      int k = 0, at = 0, len = t.length();
      while (k < 4 && at < len) {
        while (at < len && !Character.isLetterOrDigit(t.charAt(at))) at++;
        int st = at;
        while (at < len && Character.isLetterOrDigit(t.charAt(at))) at++;
        if (st == at) break;
        String w = t.substring(st, at).toLowerCase(Locale.ROOT);
        if (k == 0) f.put("fw=" + w, 1.0);
        if (l.words() <= 4) f.put("sw=" + w, 1.0);
        k++;
      }
      out.add(f);
    }
    return out;
  }

  /** The index of the first bound that {@code v} is below, as a label: {@code "<b"}, or {@code ">=last"}. */
  private static String bin(int v, int... bounds) {
    for (int b : bounds) if (v < b) return "<" + b;
    return ">=" + bounds[bounds.length - 1];
  }

  /** A line's own shape, computed once and read for the line and its neighbours. */
  private record Shape(String words, String chars, boolean sentence, boolean prose, boolean title, boolean between,
      String chrome, boolean tail, boolean byline, boolean date, boolean afterBlank, String start, boolean allCaps,
      String capsShare, String digitShare, boolean ellipsis, boolean otherScript, boolean pipe) {
    static Shape of(List<TextCleaner.Line> lines, int i, TextCleaner.Script main) {
      TextCleaner.Line l = lines.get(i);
      String t = l.text();
      int w = l.words();
      char c = t.charAt(0);
      String start = Character.isUpperCase(c) ? "upper" : Character.isLowerCase(c) ? "lower" : Character.isDigit(c) ? "digit"
          : "\"“‘'«„".indexOf(c) >= 0 ? "quote" : "other";
      int letters = 0, upper = 0, digits = 0, capWords = 0, allWords = 0;
      boolean inWord = false;
      for (int k = 0; k < t.length(); k++) {
        char ch = t.charAt(k);
        if (Character.isLetter(ch)) {
          letters++;
          if (Character.isUpperCase(ch)) upper++;
        }
        if (Character.isDigit(ch)) digits++;
        boolean wch = Character.isLetterOrDigit(ch);
        if (wch && !inWord) {
          allWords++;
          if (Character.isUpperCase(ch)) capWords++;
        }
        inWord = wch;
      }
      boolean allCaps = letters >= 4 && upper == letters;
      String caps = allWords == 0 ? "none" : bin(10 * capWords / allWords, 2, 4, 6, 8, 10);
      String dig = bin(t.isEmpty() ? 0 : 20 * digits / t.length(), 1, 2, 5, 10);
      TextCleaner.Script s = l.script();
      boolean other = s != main && s != TextCleaner.Script.NONE && s != TextCleaner.Script.MIXED;
      return new Shape(bin(w, 1, 2, 3, 4, 6, 9, 13, 21, 31, 51, 101), bin(t.length(), 10, 20, 40, 70, 100, 150, 250, 500),
          // the costlier shape tests only where they can hold: a headline or a between line is short, prose long
          Chrome.endsSentence(t), w >= 12 && TextCleaner.prose(t), w <= 30 && Headlines.titleShaped(t), w <= 20 && Headlines.between(t),
          l.shape() == null ? null : l.shape().name(), w <= 8 && ArticleBlock.TAIL_HEADER.matcher(t).matches(),
          TextCleaner.BYLINE.matcher(t).matches(), w <= 16 && Dates.text(t) != null, l.afterBlank(), start, allCaps, caps, dig,
          t.endsWith("...") || t.endsWith("…"), other, t.indexOf('|') >= 0);
    }

    void put(Map<String, Double> f, String p) {
      putNeighbour(f, p);
      f.put(p + "chars=" + chars, 1.0);
      f.put(p + "start=" + start, 1.0);
      f.put(p + "caps=" + capsShare, 1.0);
      f.put(p + "digits=" + digitShare, 1.0);
      if (allCaps) f.put(p + "allCaps", 1.0);
      if (ellipsis) f.put(p + "ellipsis", 1.0);
      if (otherScript) f.put(p + "otherScript", 1.0);
      if (pipe) f.put(p + "pipe", 1.0);
      if (afterBlank) f.put(p + "afterBlank", 1.0);
      if (tail) f.put(p + "tailHeader", 1.0);
    }

    void putNeighbour(Map<String, Double> f, String p) {
      f.put(p + "w=" + words, 1.0);
      if (sentence) f.put(p + "sentence", 1.0);
      if (prose) f.put(p + "prose", 1.0);
      if (title) f.put(p + "title", 1.0);
      if (between) f.put(p + "between", 1.0);
      if (chrome != null) f.put(p + "chrome=" + chrome, 1.0);
      if (byline) f.put(p + "byline", 1.0);
      if (date) f.put(p + "date", 1.0);
    }
  }
}
