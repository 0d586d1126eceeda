package org.dateline.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.RemovalReason;

/**
 * The line classifier's fixed feature names, numbered once per process: a line's features are then an array of
 * these numbers ({@link LineFeatures.Vector}), and the model a weight row per number ({@link LineModel}), so scoring
 * a line builds no string and looks nothing up by name. The names are the model file's (e.g. {@code "p1:w=<21"}), so
 * a model trained on names still loads. Only the words of a line ({@code fw=}, {@code sw=}) are an open vocabulary.
 */
final class LineVocabulary {
  private static final List<String> NAMES = new ArrayList<>();
  private static final Map<String, Integer> IDS = new HashMap<>();

  private LineVocabulary() {}

  private static int add(String name) {
    if (IDS.containsKey(name)) throw new IllegalStateException("feature " + name + " named twice");
    IDS.put(name, NAMES.size());
    NAMES.add(name);
    return NAMES.size() - 1;
  }

  /** A quantity cut at bounds: one feature per bin, named {@code prefix<b} and {@code prefix>=last}. */
  static final class Bins {
    private final int base;
    private final int[] bounds;

    Bins(String prefix, int... bounds) {
      if (bounds.length == 0) throw new IllegalArgumentException("bins " + prefix + " without bounds");
      this.bounds = bounds.clone();
      this.base = NAMES.size();
      for (int b : bounds) add(prefix + "<" + b);
      add(prefix + ">=" + bounds[bounds.length - 1]);
    }

    /** The bin of {@code v}, 0 to {@code bounds.length}. */
    /** The feature of {@code v}'s bin. */
    int of(int v) {
      return base + bin(v, bounds);
    }

    /** The feature of bin {@code k}. */
    int at(int k) {
      return base + k;
    }
  }

  /** The bin of {@code v}: the index of the first bound it is below, or {@code bounds.length}. */
  static int bin(int v, int[] bounds) {
    for (int k = 0; k < bounds.length; k++) if (v < bounds[k]) return k;
    return bounds.length;
  }

  /** One feature per value of a small closed set, named {@code prefix + value}. */
  static int[] each(String prefix, List<String> values) {
    int[] out = new int[values.size()];
    for (int k = 0; k < out.length; k++) out[k] = add(prefix + values.get(k));
    return out;
  }

  static int flag(String name) {
    return add(name);
  }

  /** What a line's shape says, for the line itself (prefix "") or a neighbour ("p1:", "n2:", ...). */
  static final class ShapeIds {
    final int none;
    final Bins words;
    final int sentence, prose, title, between, byline, date;
    final int[] chrome;

    ShapeIds(String p) {
      none = p.isEmpty() ? -1 : add(p + "none");
      words = new Bins(p + "w=", LineShape.WORDS);
      sentence = add(p + "sentence");
      prose = add(p + "prose");
      title = add(p + "title");
      between = add(p + "between");
      chrome = each(p + "chrome=", java.util.Arrays.stream(RemovalReason.values()).map(Enum::name).toList());
      byline = add(p + "byline");
      date = add(p + "date");
    }
  }

  /** The number of fixed features. */
  static int size() {
    return NAMES.size();
  }

  /** The name of fixed feature {@code id}. */
  static String name(int id) {
    return NAMES.get(id);
  }

  /** The number of a fixed feature's name, or -1 for a word feature or a name this version no longer computes. */
  static int id(String name) {
    Integer id = IDS.get(name);
    return id == null ? -1 : id;
  }
}
