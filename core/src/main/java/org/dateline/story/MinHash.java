package org.dateline.story;

import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures over word shingles, for near-duplicate bodies: the fraction of equal signature slots estimates
 * the Jaccard similarity of the shingle sets; banding the signature finds candidate pairs without comparing all.
 */
final class MinHash {
  static final int SLOTS = 128, BANDS = 32, ROWS = SLOTS / BANDS, SHINGLE = 5;
  private static final long[] A = new long[SLOTS], B = new long[SLOTS];

  static {
    // fixed seeds: signatures are comparable across runs, so ids derived from them stay stable
    java.util.SplittableRandom r = new java.util.SplittableRandom(0x5eedL);
    for (int i = 0; i < SLOTS; i++) {
      A[i] = r.nextLong() | 1;
      B[i] = r.nextLong();
    }
  }

  private MinHash() {}

  /** Signature of the word {@code SHINGLE}-grams of {@code tokens}; null when there are too few words to judge. */
  static long[] signature(List<String> tokens) {
    if (tokens.size() < SHINGLE * 4) return null;
    long[] sig = new long[SLOTS];
    Arrays.fill(sig, Long.MAX_VALUE);
    long[] wordHashes = new long[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) wordHashes[i] = Words.hash64(tokens.get(i));
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      long h = 0;
      for (int k = 0; k < SHINGLE; k++) h = h * 0x9E3779B97F4A7C15L + wordHashes[i + k];
      for (int s = 0; s < SLOTS; s++) {
        long v = mix(A[s] * h + B[s]);
        if (v < sig[s]) sig[s] = v;
      }
    }
    return sig;
  }

  static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < SLOTS; i++) if (a[i] == b[i]) same++;
    return same / (double) SLOTS;
  }

  /** Hash of one band of the signature: equal bands make a candidate pair. */
  static long band(long[] sig, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) h = h * 0x9E3779B97F4A7C15L + sig[band * ROWS + r];
    return mix(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb93fe53e87a5L;
    return z ^ (z >>> 33);
  }
}
