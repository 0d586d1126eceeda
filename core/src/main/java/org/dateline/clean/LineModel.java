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
 * library at run time and a page's lines are scored by a few map look-ups each. The shipped model is read once per
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

  public LineModel(Map<String, double[]> weights, double[] bias) {
    if (bias.length != Label.values().length) throw new IllegalArgumentException("one bias per label");
    this.weights = Map.copyOf(weights);
    this.bias = bias.clone();
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
  public double[][] probabilities(List<Map<String, Double>> features) {
    double[][] out = new double[features.size()][];
    int k = bias.length;
    for (int i = 0; i < out.length; i++) {
      double[] s = bias.clone();
      for (var e : features.get(i).entrySet()) {
        double[] w = weights.get(e.getKey());
        if (w == null) continue;
        for (int j = 0; j < k; j++) s[j] += w[j] * e.getValue();
      }
      double max = Double.NEGATIVE_INFINITY, sum = 0;
      for (double v : s) max = Math.max(max, v);
      for (int j = 0; j < k; j++) sum += s[j] = Math.exp(s[j] - max);
      for (int j = 0; j < k; j++) s[j] /= sum;
      out[i] = s;
    }
    return out;
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
