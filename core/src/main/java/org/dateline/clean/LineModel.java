package org.dateline.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A linear line classifier over {@link LineFeatures}: per label a weight for each feature and a bias, the label's
 * probability the softmax of the sums. Trained with Tribuo's logistic regression ({@code eval}'s
 * {@code TextLinesTrainer}, {@code dateline train text-lines}) and shipped as its weights, so the core needs no ML
 * library at run time. The weights are compiled once against {@link LineVocabulary}'s numbers, so a line is scored by
 * summing a weight row per feature that is on (a map look-up only for its words). The shipped model is read once per
 * process ({@link #shipped()}); its NOTICE sits beside it.
 */
public final class LineModel {
  /** What a line of a scraped page is. */
  public enum Label {
    BODY, HEADLINE, OTHER;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The resource the cleaner loads. */
  public static final String RESOURCE = "/org/dateline/clean/text-lines.model.gz";
  /** The feature name of each label's bias, as Tribuo names it. */
  public static final String BIAS = "BIAS";

  private final Map<String, double[]> weights;
  private final double[] bias;
  /** The weights by fixed feature number (null where the model has none), of the position, of words. */
  private final double[][] fixed;
  private final double[] position;
  private final Map<String, double[]> firstWords = new HashMap<>(), shortWords = new HashMap<>();

  public LineModel(Map<String, double[]> weights, double[] bias) {
    if (bias.length != Label.values().length) throw new IllegalArgumentException("one bias per label");
    this.weights = Map.copyOf(weights);
    this.bias = bias.clone();
    this.fixed = new double[LineFeatures.size()][];
    for (var e : this.weights.entrySet()) {
      String name = e.getKey();
      if (e.getValue().length != bias.length) throw new IllegalArgumentException("feature " + name + " has " + e.getValue().length + " weights, not one per label");
      int id = LineFeatures.id(name);
      if (id >= 0) fixed[id] = e.getValue();
      else if (name.startsWith(LineFeatures.FIRST_WORD)) firstWords.put(name.substring(LineFeatures.FIRST_WORD.length()), e.getValue());
      else if (name.startsWith(LineFeatures.SHORT_WORD)) shortWords.put(name.substring(LineFeatures.SHORT_WORD.length()), e.getValue());
      // a name no feature has any more weighs nothing, as before
    }
    this.position = this.weights.getOrDefault(LineFeatures.POSITION, new double[bias.length]);
  }

  private static final class Shipped {
    static final LineModel MODEL = load();

    private static LineModel load() {
      try (InputStream in = LineModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) throw new IllegalStateException("the line model " + RESOURCE + " is missing from the classpath");
        return read(new GZIPInputStream(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the line model " + RESOURCE, e);
      }
    }
  }

  /** The model shipped in the core jar, read on first use. */
  public static LineModel shipped() {
    return Shipped.MODEL;
  }

  /** Each line's probabilities, indexed by {@link Label#ordinal()}. */
  public double[][] probabilities(List<LineFeatures.Vector> features) {
    double[][] out = new double[features.size()][];
    int k = bias.length;
    for (int i = 0; i < out.length; i++) {
      LineFeatures.Vector line = features.get(i);
      double[] s = bias.clone();
      for (int id : line.on()) add(s, fixed[id], 1);
      add(s, position, line.position());
      if (line.firstWord() != null) add(s, firstWords.get(line.firstWord()), 1);
      for (String w : line.shortWords()) add(s, shortWords.get(w), 1);
      double max = Double.NEGATIVE_INFINITY, sum = 0;
      for (double v : s) max = Math.max(max, v);
      for (int j = 0; j < k; j++) sum += s[j] = Math.exp(s[j] - max);
      for (int j = 0; j < k; j++) s[j] /= sum;
      out[i] = s;
    }
    return out;
  }

  private static void add(double[] sum, double[] w, double value) {
    if (w == null) return;
    for (int j = 0; j < sum.length; j++) sum[j] += w[j] * value;
  }

  /** The model as text: a header naming the labels, then one line per feature with a weight per label. */
  public void write(Writer out) throws IOException {
    out.write("# feature\tbody\theadline\tother\n");
    out.write(BIAS + "\t" + row(bias) + "\n");
    for (var e : new java.util.TreeMap<>(weights).entrySet()) out.write(e.getKey() + "\t" + row(e.getValue()) + "\n");
  }

  private static String row(double[] w) {
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < w.length; j++) sb.append(j == 0 ? "" : "\t").append((float) w[j]);
    return sb.toString();
  }

  /** Reads what {@link #write} wrote. */
  public static LineModel read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, double[]> weights = new HashMap<>();
    double[] bias = null;
    String line;
    while ((line = r.readLine()) != null) {
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] p = line.split("\t");
      if (p.length != 1 + Label.values().length) throw new IOException("bad line model row: " + line);
      double[] w = new double[p.length - 1];
      for (int j = 1; j < p.length; j++) w[j - 1] = Double.parseDouble(p[j]);
      if (p[0].equals(BIAS)) bias = w;
      else weights.put(p[0], w);
    }
    if (bias == null) throw new IOException("line model without a " + BIAS + " row");
    return new LineModel(weights, bias);
  }
}
