package org.dateline.eval;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.GZIPOutputStream;
import org.dateline.clean.CleanArticle;
import org.dateline.clean.LineDecision;
import org.dateline.clean.LineFeatures;
import org.dateline.clean.LineModel;
import org.dateline.clean.TextCleaner;
import org.dateline.read.RawPage;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the text cleaner's line classifier ({@link LineModel}) with Tribuo's logistic regression and measures it
 * by k-fold cross-validation with folds by site (no site is in both the training and the held-out pages of a fold):
 * line accuracy and per-label F1, and on each fold's held-out news-text pages the news-text metric (body shingle F1,
 * headline exact) of the text cleaner with the fold's model beside the rules alone. Then trains on all pages and
 * writes the model.
 *
 * <p>Training pages: the news-text set (scraped text with gold body and headline) and the article-extraction set's
 * HTML turned into scraped text by {@link ScraperText} (gold body; its first {@code <h1>} found as a line is taken as
 * the headline). Lines are labelled by overlap with the gold: a line most of whose 4-token shingles are in the gold
 * body is body, a short line is body when its words run in the gold body and it stands among body lines, the line
 * that is the gold headline (the last such line above the body) is the headline, the rest is other. Never PolNeAR.
 */
public final class TextLinesTrainer {
  /** One training page with its lines' features and labels. */
  public record Page(String id, String site, String set, String text, String goldBody, String goldHeadline,
      LineFeatures.Page lines, LineModel.Label[] labels) {}

  /** Summary figures of one cross-validation, pooled over the held-out pages of all folds. */
  public record Result(double lineAccuracy, Map<LineModel.Label, double[]> perLabel, ShingleScore.Summary modelBody,
      double modelHeadline, ShingleScore.Summary rulesBody, double rulesHeadline, int newsTextPages) {}

  private static final int MIN_COUNT = 5;
  /** Other headline thresholds than the standard decision's, whose cross-validated headline is printed beside it. */
  private static final List<LineDecision> VARIANTS = List.of(variant(0.05, 100, 1), variant(0.05, 0.8, 1), variant(0, 0.8, 1),
      variant(0.02, 0.8, 1), variant(0.05, 0.8, 12), variant(0.05, 0.9, 12), variant(0.05, 0.95, 20), variant(0, 0.9, 12));

  private static LineDecision variant(double headlineMin, double standfirstRatio, int standfirstReach) {
    LineDecision s = LineDecision.STANDARD;
    return new LineDecision(s.bodyAbove(), headlineMin, s.pruneBelow(), standfirstRatio, standfirstReach);
  }

  private final PrintStream out;
  private final boolean misses;

  public TextLinesTrainer(PrintStream out) {
    this(out, false);
  }

  /** A trainer that, with {@code misses}, prints each held-out page whose headline the fold's model got wrong. */
  public TextLinesTrainer(PrintStream out, boolean misses) {
    this.out = out;
    this.misses = misses;
  }

  /** Loads the pages of both sets and labels their lines. */
  public List<Page> load(Path newsText, Path extraction) throws IOException {
    List<Page> pages = new ArrayList<>();
    Map<String, TextEval.Gold> gold = TextEval.gold(newsText);
    for (var g : new TreeMap<>(gold).values()) {
      Path f = newsText.resolve("text").resolve(g.id());
      if (!Files.isRegularFile(f)) continue;
      String text = Files.readString(f);
      pages.add(page(g.id(), "news-text:" + TextEval.siteKey(g), "news-text", text, g.body(), g.headline() == null ? List.of() : List.of(g.headline())));
    }
    if (extraction != null) {
      for (GoldPages.GoldPage p : GoldPages.load(extraction)) {
        ScraperText.Result s = ScraperText.of(p.page().content());
        String url = p.gold().path("url").asText("");
        List<String> stems = TextEval.stems(url);
        String site = stems.isEmpty() ? p.id() : stems.get(stems.size() - 1);
        pages.add(page(p.id(), "news-text:" + site, "extraction", s.text(), p.field("articleBody"), s.h1()));
      }
    }
    return pages;
  }

  private static Page page(String id, String site, String set, String text, String body, List<String> headlines) {
    LineFeatures.Page lines = LineFeatures.of(text);
    return new Page(id, site, set, text, body, headlines.isEmpty() ? null : headlines.get(0), lines,
        labels(lines.texts(), body, headlines));
  }

  /** The labels of a page's lines from its gold body and headline candidates (see the class comment). */
  static LineModel.Label[] labels(List<String> lines, String body, List<String> headlines) {
    int n = lines.size();
    LineModel.Label[] out = new LineModel.Label[n];
    java.util.Arrays.fill(out, LineModel.Label.OTHER);
    List<String> goldTokens = ShingleScore.tokens(body);
    Set<String> goldShingles = new HashSet<>();
    for (int i = 0; i + 4 <= goldTokens.size(); i++) goldShingles.add(String.join(" ", goldTokens.subList(i, i + 4)));
    String goldJoined = " " + String.join(" ", goldTokens) + " ";
    boolean[] shortIn = new boolean[n];
    int first = -1, last = -1;
    for (int i = 0; i < n; i++) {
      List<String> t = ShingleScore.tokens(lines.get(i));
      if (t.size() >= 4) {
        int in = 0, all = 0;
        for (int k = 0; k + 4 <= t.size(); k++, all++) if (goldShingles.contains(String.join(" ", t.subList(k, k + 4)))) in++;
        if (in * 2 >= all) {
          out[i] = LineModel.Label.BODY;
          if (first < 0) first = i;
          last = i;
        }
      } else if (!t.isEmpty()) {
        shortIn[i] = goldJoined.contains(" " + String.join(" ", t) + " ");
      }
    }
    for (int i = Math.max(0, first); i <= last; i++) if (shortIn[i]) out[i] = LineModel.Label.BODY;
    for (String h : headlines) {
      String want = TextEval.foldHeadline(h);
      int found = -1;
      for (int i = 0; i < n; i++) {
        if (!TextEval.foldHeadline(lines.get(i)).equals(want)) continue;
        if (found < 0 || first < 0 || i < first) found = i;
        if (first >= 0 && i >= first) break;
      }
      if (found >= 0) {
        out[found] = LineModel.Label.HEADLINE;
        break;
      }
    }
    return out;
  }

  /** The fold of each site: sites sorted by size, each to the fold with the fewest pages so far. */
  public static Map<String, Integer> folds(List<Page> pages, int k) {
    Map<String, Integer> size = new TreeMap<>();
    for (Page p : pages) size.merge(p.site(), 1, Integer::sum);
    List<String> sites = new ArrayList<>(size.keySet());
    sites.sort(Comparator.comparing((String s) -> -size.get(s)).thenComparing(s -> Integer.toHexString(s.hashCode())));
    int[] filled = new int[k];
    Map<String, Integer> out = new HashMap<>();
    for (String s : sites) {
      int f = 0;
      for (int j = 1; j < k; j++) if (filled[j] < filled[f]) f = j;
      out.put(s, f);
      filled[f] += size.get(s);
    }
    return out;
  }

  /** Trains a model on {@code pages}. */
  public static LineModel train(List<Page> pages) {
    Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
    // features seen on fewer than a handful of lines are one site's words: left out
    Map<String, Integer> count = new HashMap<>();
    List<List<Map<String, Double>>> named = pages.stream().map(p -> p.lines().features().stream().map(LineFeatures.Vector::named).toList()).toList();
    for (var page : named) for (var f : page) for (String name : f.keySet()) count.merge(name, 1, Integer::sum);
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("text-lines", factory), factory);
    for (int pi = 0; pi < pages.size(); pi++) {
      Page p = pages.get(pi);
      List<Map<String, Double>> fs = named.get(pi);
      for (int i = 0; i < fs.size(); i++) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (var e : fs.get(i).entrySet()) {
          if (count.get(e.getKey()) < MIN_COUNT) continue;
          names.add(e.getKey());
          values.add(e.getValue());
        }
        data.add(new ArrayExample<>(new Label(p.labels()[i].code()), names.toArray(String[]::new),
            values.stream().mapToDouble(Double::doubleValue).toArray()));
      }
    }
    LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), 8, 1_000_000, 1, 17L);
    LinearSGDModel model = trainer.train(data);
    return weights(model);
  }

  /** The Tribuo model's weights as the core's {@link LineModel}. */
  private static LineModel weights(LinearSGDModel model) {
    DenseMatrix w = model.getWeightsCopy();
    ImmutableFeatureMap fmap = model.getFeatureIDMap();
    var outputs = model.getOutputIDInfo();
    LineModel.Label[] labels = LineModel.Label.values();
    int[] row = new int[labels.length];
    for (int j = 0; j < labels.length; j++) row[j] = outputs.getID(new Label(labels[j].code()));
    if (w.getDimension2Size() != fmap.size() + 1) throw new IllegalStateException("unexpected weight shape " + w.getDimension1Size() + "x" + w.getDimension2Size());
    Map<String, double[]> weights = new HashMap<>();
    for (var info : fmap) {
      int id = fmap.getID(info.getName());
      double[] v = new double[labels.length];
      for (int j = 0; j < labels.length; j++) v[j] = row[j] < 0 ? 0 : w.get(row[j], id);
      weights.put(info.getName(), v);
    }
    double[] bias = new double[labels.length];
    for (int j = 0; j < labels.length; j++) bias[j] = row[j] < 0 ? -10 : w.get(row[j], fmap.size());
    return new LineModel(weights, bias);
  }

  /** k-fold cross-validation by site, printed as it goes. */
  public Result crossValidate(List<Page> pages, int k) {
    Map<String, Integer> fold = folds(pages, k);
    LineModel.Label[] labels = LineModel.Label.values();
    long[][] confusion = new long[labels.length][labels.length];
    List<ShingleScore> modelBodies = new ArrayList<>(), rulesBodies = new ArrayList<>();
    int modelHead = 0, rulesHead = 0, newsPages = 0;
    int[] variantHeads = new int[VARIANTS.size()];
    TextCleaner rules = new TextCleaner(null);
    out.printf(Locale.ROOT, "%-5s %6s %6s %7s  %-27s %-27s%n", "fold", "pages", "sites", "lineAcc", "model body F1 / headline", "rules body F1 / headline");
    for (int f = 0; f < k; f++) {
      List<Page> train = new ArrayList<>(), test = new ArrayList<>();
      for (Page p : pages) (fold.get(p.site()) == f ? test : train).add(p);
      LineModel model = train(train);
      TextCleaner cleaner = new TextCleaner(model);
      long right = 0, all = 0;
      List<ShingleScore> mb = new ArrayList<>(), rb = new ArrayList<>();
      int mh = 0, rh = 0, np = 0;
      List<TextCleaner> variants = VARIANTS.stream().map(d -> new TextCleaner(model, d)).toList();
      for (Page p : test) {
        double[][] prob = model.probabilities(p.lines().features());
        for (int i = 0; i < prob.length; i++) {
          int best = 0;
          for (int j = 1; j < labels.length; j++) if (prob[i][j] > prob[i][best]) best = j;
          confusion[p.labels()[i].ordinal()][best]++;
          if (best == p.labels()[i].ordinal()) right++;
          all++;
        }
        if (!p.set().equals("news-text")) continue;
        np++;
        CleanArticle m = cleaner.clean(raw(p)), r = rules.clean(raw(p));
        mb.add(ShingleScore.of(m.body().text(), p.goldBody()));
        rb.add(ShingleScore.of(r.body().text(), p.goldBody()));
        for (int v = 0; v < variants.size(); v++)
          if (sameHeadline(variants.get(v).clean(raw(p)).meta().headline(), p.goldHeadline())) variantHeads[v]++;
        if (sameHeadline(m.meta().headline(), p.goldHeadline())) mh++;
        else if (misses) miss(p, prob, m.meta().headline());
        if (sameHeadline(r.meta().headline(), p.goldHeadline())) rh++;
      }
      modelBodies.addAll(mb);
      rulesBodies.addAll(rb);
      modelHead += mh;
      rulesHead += rh;
      newsPages += np;
      long sites = test.stream().map(Page::site).distinct().count();
      out.printf(Locale.ROOT, "%-5d %6d %6d %7.4f  %.4f / %.4f (%3d pages)     %.4f / %.4f%n", f + 1, test.size(), sites,
          (double) right / all, ShingleScore.Summary.of(mb).f1(), share(mh, np), np, ShingleScore.Summary.of(rb).f1(), share(rh, np));
    }
    long right = 0, all = 0;
    Map<LineModel.Label, double[]> per = new LinkedHashMap<>();
    for (int a = 0; a < labels.length; a++) {
      long tp = confusion[a][a], fp = 0, fn = 0;
      for (int b = 0; b < labels.length; b++) {
        all += confusion[a][b];
        if (b != a) {
          fp += confusion[b][a];
          fn += confusion[a][b];
        }
      }
      right += tp;
      double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp), r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      per.put(labels[a], new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), tp + fn});
    }
    Result res = new Result((double) right / all, per, ShingleScore.Summary.of(modelBodies), share(modelHead, newsPages),
        ShingleScore.Summary.of(rulesBodies), share(rulesHead, newsPages), newsPages);
    for (int v = 0; v < VARIANTS.size(); v++) out.printf(Locale.ROOT, "headline with %s: %.4f%n", VARIANTS.get(v), share(variantHeads[v], newsPages));
    out.printf(Locale.ROOT, "lines: accuracy %.4f of %d%n", res.lineAccuracy(), all);
    per.forEach((l, v) -> out.printf(Locale.ROOT, "  %-8s P %.4f R %.4f F1 %.4f (%d lines)%n", l.code(), v[0], v[1], v[2], (long) v[3]));
    out.printf(Locale.ROOT, "news-text held-out pages (%d): model body F1 %.4f (P %.4f R %.4f) headline %.4f | rules body F1 %.4f (P %.4f R %.4f) headline %.4f%n",
        newsPages, res.modelBody().f1(), res.modelBody().precision(), res.modelBody().recall(), res.modelHeadline(),
        res.rulesBody().f1(), res.rulesBody().precision(), res.rulesBody().recall(), res.rulesHeadline());
    return res;
  }

  /** A held-out page whose headline was missed: what was taken, the gold, and where the gold line ranks. */
  private void miss(Page p, double[][] prob, String got) {
    int head = LineModel.Label.HEADLINE.ordinal(), gold = -1;
    for (int i = 0; i < p.labels().length; i++) if (p.labels()[i] == LineModel.Label.HEADLINE) gold = i;
    int rank = 0;
    double top = 0;
    for (double[] q : prob) top = Math.max(top, q[head]);
    if (gold >= 0) for (double[] q : prob) if (q[head] > prob[gold][head]) rank++;
    out.printf(Locale.ROOT, "miss %s: got [%s] gold [%s] gold line %d (p %.3f, rank %d of %d lines, top p %.3f)%n", p.id(), got, p.goldHeadline(), gold,
        gold < 0 ? 0 : prob[gold][head], gold < 0 ? -1 : rank, prob.length, top);
  }

  private static boolean sameHeadline(String got, String gold) {
    return got != null && gold != null && TextEval.foldHeadline(got).equals(TextEval.foldHeadline(gold));
  }

  private static double share(int k, int n) {
    return n == 0 ? 0 : (double) k / n;
  }

  private static RawPage raw(Page p) {
    return new RawPage(p.id(), RawPage.Format.TEXT, p.text(), null, null, List.of(), null);
  }

  /** Writes {@code model} gzipped to {@code file}. */
  public static void write(LineModel model, Path file) throws IOException {
    if (file.getParent() != null) Files.createDirectories(file.getParent());
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
      model.write(w);
    }
  }
}
