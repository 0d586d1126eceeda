package org.dateline.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.clean.LineVocabulary.Bins;
import org.dateline.clean.LineVocabulary.ShapeIds;
import org.dateline.model.Span;

/**
 * The features of each line of a scraped page that the line classifier ({@link LineModel}) reads: the line's own
 * shape (length, case, terminal stop, chrome shape, title or byline or date shape), its place in the page and
 * relative to the rules' article block, lead and headline, how often it repeats, the shape of the two lines on each
 * side, how much prose stands around it, and a few words of short lines (menu and widget labels). Written once here,
 * so training ({@code eval}'s {@code TextLinesTrainer}) and the cleaner see the same features. Most features are
 * indicators of a binned quantity, so a linear model can weigh each bin on its own; each is a number in {@link
 * LineVocabulary}, so a line's features are an array of numbers, built without a string or a map.
 */
public final class LineFeatures {
  private LineFeatures() {}

  /** The non-blank lines of a page, each with its span on the source and its features. */
  public record Page(List<Span> spans, List<String> texts, List<Vector> features) {}

  /**
   * One line's features: the fixed indicators that are on (numbers in {@link LineVocabulary}), the line's relative
   * position (the one real-valued feature), its first word and, for a short line, its words (each once).
   */
  public record Vector(int[] on, double position, String firstWord, List<String> shortWords) {
    /** The features by name, as the model file and the trainer name them. */
    public Map<String, Double> named() {
      Map<String, Double> f = new LinkedHashMap<>();
      for (int id : on) f.put(LineVocabulary.name(id), 1.0);
      f.put(POSITION, position);
      if (firstWord != null) f.put(FIRST_WORD + firstWord, 1.0);
      for (String w : shortWords) f.put(SHORT_WORD + w, 1.0);
      return f;
    }
  }

  /** The real-valued feature's name, and the prefixes of the word features. */
  static final String POSITION = "posx", FIRST_WORD = "fw=", SHORT_WORD = "sw=";

  private static final ShapeIds SELF = new ShapeIds("");
  private static final ShapeIds[] NEIGHBOURS = {new ShapeIds("p2:"), new ShapeIds("p1:"), new ShapeIds("n1:"), new ShapeIds("n2:")};
  private static final int[] OFFSETS = {-2, -1, 1, 2};
  private static final Bins CHARS = new Bins("chars=", LineShape.CHARS);
  private static final int[] START = LineVocabulary.each("start=", List.of("upper", "lower", "digit", "quote", "other"));
  private static final Bins CAPS = new Bins("caps=", LineShape.CAPS);
  private static final int CAPS_NONE = LineVocabulary.flag("caps=none");
  private static final Bins DIGITS = new Bins("digits=", LineShape.DIGITS);
  private static final int ALL_CAPS = LineVocabulary.flag("allCaps"), ELLIPSIS = LineVocabulary.flag("ellipsis"),
      OTHER_SCRIPT = LineVocabulary.flag("otherScript"), PIPE = LineVocabulary.flag("pipe"),
      AFTER_BLANK = LineVocabulary.flag("afterBlank"), TAIL_HEADER = LineVocabulary.flag("tailHeader");
  private static final int[] POS = LineVocabulary.each("pos=", List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
  private static final int FIRST3 = LineVocabulary.flag("first3"), LAST3 = LineVocabulary.flag("last3");
  private static final Bins DENSE = new Bins("dense=", 0, 1, 20, 50, 100, 200, 400);
  private static final int[] REPEAT = LineVocabulary.each("repeat=", List.of("0", "1", "2", "3"));
  private static final Bins BEFORE_BLOCK = new Bins("beforeBlock=", 1, 2, 4, 8, 16, 40);
  private static final Bins AFTER_BLOCK = new Bins("afterBlock=", 1, 2, 4, 8, 16, 40);
  private static final int IN_BLOCK = LineVocabulary.flag("inBlock"), NO_BLOCK = LineVocabulary.flag("noBlock");
  private static final int RULE_LEAD = LineVocabulary.flag("ruleLead"), AFTER_LEAD = LineVocabulary.flag("afterLead");
  private static final Bins BEFORE_LEAD = new Bins("beforeLead=", 1, 2, 3, 4, 6, 10, 20, 40);
  private static final Bins TITLE_RANK = new Bins("titleRank=", 1, 2, 3, 5, 10);
  private static final int RULE_HEADLINE = LineVocabulary.flag("ruleHeadline"), ABOVE_RULE_HEADLINE = LineVocabulary.flag("aboveRuleHeadline");
  private static final int ECHOED = LineVocabulary.flag("titleEcho"), TITLE_LINE = LineVocabulary.flag("titleLine"),
      ECHO_ABOVE = LineVocabulary.flag("echoAbove");
  private static final int[] LEAD_SHARE = LineVocabulary.each("leadShare=", List.of("0", "1", "2", "3", "4", "5"));
  private static final int[] META_BELOW = LineVocabulary.each("metaBelow=", List.of("1", "2", "3", "4", "5", "6", "7", "8"));
  private static final Bins BLOCK_SCORE = new Bins("blockScore=", -60, -8, -4, -3, 0, 2, 6, 12, 30, 60);

  /** The number of fixed features (the vocabulary is complete once this class is loaded). */
  static int size() {
    return LineVocabulary.size();
  }

  /** The number of a fixed feature's name, or -1. */
  static int id(String name) {
    return LineVocabulary.id(name);
  }

  /** The lines and features of plain text, as the text cleaner splits it. */
  public static Page of(String text) {
    List<TextLine> lines = TextLine.lines(text);
    TextRules r = TextRules.of(lines);
    return new Page(lines.stream().map(TextLine::span).toList(), lines.stream().map(TextLine::text).toList(),
        of(lines, r));
  }

  static List<Vector> of(List<TextLine> lines, TextRules r) {
    int n = lines.size();
    Map<String, Integer> counts = new HashMap<>();
    // lines are trimmed already; case folded, a repeat is the same line (a cheaper key than Chrome.norm's regex)
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) counts.merge(keys[i] = lines.get(i).text().toLowerCase(Locale.ROOT), 1, Integer::sum);
    LineShape[] shapes = new LineShape[n];
    for (int i = 0; i < n; i++) shapes[i] = LineShape.of(lines, i, r.main());
    // prose words within three lines either side: how dense the text around a line is
    int[] prefix = new int[n + 1];
    for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + (shapes[i].prose() ? lines.get(i).words() : 0);
    // headline candidates: how many title-shaped lines stand between a line and the rules' lead
    int[] titlesBelow = new int[n];
    for (int i = Math.min(n, Math.max(0, r.lead())) - 1, seen = 0; i >= 0; i--) {
      titlesBelow[i] = seen;
      if (shapes[i].title()) seen++;
    }
    HeadlineCues cues = HeadlineCues.of(lines, shapes, r.lead());
    List<Vector> out = new ArrayList<>(n);
    int[] on = new int[96];
    for (int i = 0; i < n; i++) {
      int k = own(shapes[i], on);
      for (int d = 0; d < OFFSETS.length; d++) {
        int j = i + OFFSETS[d];
        if (j < 0 || j >= n) on[k++] = NEIGHBOURS[d].none;
        else k = neighbour(shapes[j], NEIGHBOURS[d], on, k);
      }
      on[k++] = POS[(int) (10.0 * i / Math.max(1, n))];
      if (i < 3) on[k++] = FIRST3;
      if (n - i <= 3) on[k++] = LAST3;
      on[k++] = DENSE.of(prefix[Math.min(n, i + 4)] - prefix[Math.max(0, i - 3)]);
      on[k++] = REPEAT[Math.min(3, counts.get(keys[i]) - 1)];
      // against the rules' decisions: the article block (Kadane over line scores), the lead, the headline
      if (r.blockStart() >= 0) {
        if (i < r.blockStart()) on[k++] = BEFORE_BLOCK.of(r.blockStart() - i);
        else if (i >= r.blockEnd()) on[k++] = AFTER_BLOCK.of(i - r.blockEnd() + 1);
        else on[k++] = IN_BLOCK;
      } else on[k++] = NO_BLOCK;
      if (i == r.lead()) on[k++] = RULE_LEAD;
      else if (i < r.lead()) on[k++] = BEFORE_LEAD.of(r.lead() - i);
      else on[k++] = AFTER_LEAD;
      if (i < r.lead() && shapes[i].title()) on[k++] = TITLE_RANK.of(titlesBelow[i]);
      if (i == r.headline()) on[k++] = RULE_HEADLINE;
      else if (r.headline() >= 0 && i < r.headline()) on[k++] = ABOVE_RULE_HEADLINE;
      // against the page's title fragments, the lead paragraph and the byline or date line below
      if (cues.echoed[i]) on[k++] = ECHOED;
      if (cues.titleLine[i]) on[k++] = TITLE_LINE;
      if (cues.echoAbove[i]) on[k++] = ECHO_ABOVE;
      if (cues.leadShare[i] >= 0) on[k++] = LEAD_SHARE[cues.leadShare[i]];
      if (cues.metaBelow[i] > 0) on[k++] = META_BELOW[cues.metaBelow[i] - 1];
      on[k++] = BLOCK_SCORE.of((int) Math.round(ArticleBlock.score(lines, i, r.main())));
      out.add(words(lines.get(i), Arrays.copyOf(on, k), (double) i / Math.max(1, n)));
    }
    return out;
  }

  /** The line's own shape features into {@code on} from 0; returns how many. */
  private static int own(LineShape s, int[] on) {
    int k = neighbour(s, SELF, on, 0);
    on[k++] = CHARS.at(s.chars());
    on[k++] = START[s.start()];
    on[k++] = s.caps() < 0 ? CAPS_NONE : CAPS.at(s.caps());
    on[k++] = DIGITS.at(s.digits());
    if (s.allCaps()) on[k++] = ALL_CAPS;
    if (s.ellipsis()) on[k++] = ELLIPSIS;
    if (s.otherScript()) on[k++] = OTHER_SCRIPT;
    if (s.pipe()) on[k++] = PIPE;
    if (s.afterBlank()) on[k++] = AFTER_BLANK;
    if (s.tail()) on[k++] = TAIL_HEADER;
    return k;
  }

  /** The shape features a line and its neighbours share, under {@code ids}' prefix, from {@code on[k]}. */
  private static int neighbour(LineShape s, ShapeIds ids, int[] on, int k) {
    on[k++] = ids.words.at(s.words());
    if (s.sentence()) on[k++] = ids.sentence;
    if (s.prose()) on[k++] = ids.prose;
    if (s.title()) on[k++] = ids.title;
    if (s.between()) on[k++] = ids.between;
    if (s.chrome() != null) on[k++] = ids.chrome[s.chrome().ordinal()];
    if (s.byline()) on[k++] = ids.byline;
    if (s.date()) on[k++] = ids.date;
    return k;
  }

  /** The line's first word, and its words when it has four at most ("share", "menu", "photo" say what a line is on any site). */
  private static Vector words(TextLine l, int[] on, double position) {
    String t = l.text(), first = null;
    List<String> shortWords = List.of();
    int k = 0, at = 0, len = t.length();
    boolean isShort = l.words() <= 4;
    while (k < 4 && at < len && (k == 0 || isShort)) {
      while (at < len && !Character.isLetterOrDigit(t.charAt(at))) at++;
      int st = at;
      while (at < len && Character.isLetterOrDigit(t.charAt(at))) at++;
      if (st == at) break;
      String w = t.substring(st, at).toLowerCase(Locale.ROOT);
      if (k == 0) first = w;
      if (isShort) {
        if (shortWords.isEmpty()) shortWords = new ArrayList<>(4);
        if (!shortWords.contains(w)) shortWords.add(w);
      }
      k++;
    }
    return new Vector(on, position, first, shortWords);
  }
}
