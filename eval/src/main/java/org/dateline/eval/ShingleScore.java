package org.dateline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric for one page: both texts split into Unicode {@code \w+} tokens (case
 * kept), 4-token shingles counted on each side; tp, fp and fn are divided by tp+fp+fn so every page weighs the same.
 */
public record ShingleScore(double tp, double fp, double fn, boolean exact) {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  public static ShingleScore of(String predicted, String truth) {
    List<String> p = tokens(predicted), t = tokens(truth);
    Map<String, Integer> ps = shingles(p), ts = shingles(t);
    double tp = 0, fp = 0, fn = 0;
    for (var e : ps.entrySet()) {
      int inTruth = ts.getOrDefault(e.getKey(), 0);
      tp += Math.min(e.getValue(), inTruth);
      fp += Math.max(0, e.getValue() - inTruth);
    }
    for (var e : ts.entrySet()) fn += Math.max(0, e.getValue() - ps.getOrDefault(e.getKey(), 0));
    double all = tp + fp + fn;
    boolean exact = p.equals(t);
    if (all == 0) return new ShingleScore(1, 0, 0, exact);
    return new ShingleScore(tp / all, fp / all, fn / all, exact);
  }

  public double precision() {
    return tp + fp == 0 ? 0 : tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : tp / (tp + fn);
  }

  public double f1() {
    double p = precision(), r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) return out;
    Matcher m = WORD.matcher(s);
    while (m.find()) out.add(m.group());
    return out;
  }

  private static Map<String, Integer> shingles(List<String> tokens) {
    Map<String, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) return out;
    if (tokens.size() < N) {
      out.put(String.join("\u0001", tokens), 1);
      return out;
    }
    for (int i = 0; i + N <= tokens.size(); i++) out.merge(String.join("\u0001", tokens.subList(i, i + N)), 1, Integer::sum);
    return out;
  }

  /** Means of per-page precision and recall over a set of pages, with F1 of the means and the exact-match share. */
  public record Summary(int pages, double precision, double recall, double f1, double accuracy) {
    public static Summary of(List<ShingleScore> scores) {
      double p = 0, r = 0, acc = 0;
      for (ShingleScore s : scores) {
        p += s.precision();
        r += s.recall();
        if (s.exact()) acc++;
      }
      int n = scores.size();
      if (n == 0) return new Summary(0, 0, 0, 0, 0);
      p /= n;
      r /= n;
      return new Summary(n, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), acc / n);
    }
  }
}
