package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dateline.model.Span;

/**
 * Precision, recall and F1 of span lists against gold, matched one to one. Exact: the trimmed boundaries (quote
 * marks, punctuation and spaces removed) are equal. Lenient: the characters in common are at least half of the
 * longer one.
 */
public final class SpanScore {
  private long exactTp, lenientTp, system, gold;

  public void add(String text, List<List<Span>> sys, List<List<Span>> ref) {
    system += sys.size();
    gold += ref.size();
    exactTp += matches(text, sys, ref, true);
    lenientTp += matches(text, sys, ref, false);
  }

  static int matches(String text, List<List<Span>> sys, List<List<Span>> ref, boolean exact) {
    int tp = 0;
    for (int g : pairs(text, sys, ref, exact)) if (g >= 0) tp++;
    return tp;
  }

  /** {@code out[s]}: the reference span list system span list {@code s} is matched with, or -1 (as the score matches). */
  static int[] pairs(String text, List<List<Span>> sys, List<List<Span>> ref, boolean exact) {
    boolean[] used = new boolean[ref.size()];
    int[] out = new int[sys.size()];
    int i = 0;
    for (List<Span> s : sys) {
      int best = -1;
      long bestOverlap = 0;
      for (int g = 0; g < ref.size(); g++) {
        if (used[g]) continue;
        if (exact ? exactMatch(text, s, ref.get(g)) : lenientMatch(text, s, ref.get(g))) {
          long o = overlap(trim(text, s), trim(text, ref.get(g)));
          if (best < 0 || o > bestOverlap) {
            best = g;
            bestOverlap = o;
          }
        }
      }
      if (best >= 0) used[best] = true;
      out[i++] = best;
    }
    return out;
  }

  public static boolean exactMatch(String text, List<Span> a, List<Span> b) {
    List<Span> ta = trim(text, a), tb = trim(text, b);
    if (ta.isEmpty() || tb.isEmpty()) return false;
    return ta.get(0).start() == tb.get(0).start() && ta.get(ta.size() - 1).end() == tb.get(tb.size() - 1).end();
  }

  public static boolean lenientMatch(String text, List<Span> a, List<Span> b) {
    List<Span> ta = trim(text, a), tb = trim(text, b);
    long la = length(ta), lb = length(tb);
    if (la == 0 || lb == 0) return false;
    return overlap(ta, tb) * 2 >= Math.max(la, lb);
  }

  static long length(List<Span> s) {
    long n = 0;
    for (Span x : s) n += x.length();
    return n;
  }

  public static long overlap(List<Span> a, List<Span> b) {
    long n = 0;
    for (Span x : a) for (Span y : b) n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
    return n;
  }

  private static final String TRIM = "\"“”‘’'«»„`.,;:!?…—–―-_()[] \t\r\n";

  static List<Span> trim(String text, List<Span> spans) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      int a = Math.min(s.start(), text.length()), b = Math.min(s.end(), text.length());
      while (a < b && TRIM.indexOf(text.charAt(a)) >= 0) a++;
      while (b > a && TRIM.indexOf(text.charAt(b - 1)) >= 0) b--;
      if (b > a) out.add(new Span(a, b));
    }
    // brat lists the pieces of a discontinuous span in any order; the boundaries are those of the text order
    out.sort(java.util.Comparator.comparingInt(Span::start));
    return out;
  }

  public double precision(boolean exact) {
    return system == 0 ? 0 : (double) (exact ? exactTp : lenientTp) / system;
  }

  public double recall(boolean exact) {
    return gold == 0 ? 0 : (double) (exact ? exactTp : lenientTp) / gold;
  }

  public double f1(boolean exact) {
    double p = precision(exact), r = recall(exact);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public long system() {
    return system;
  }

  public long gold() {
    return gold;
  }

  static <T> List<List<Span>> field(List<T> items, Function<T, List<Span>> f) {
    List<List<Span>> out = new ArrayList<>();
    for (T t : items) {
      List<Span> s = f.apply(t);
      if (!s.isEmpty()) out.add(s);
    }
    return out;
  }
}
