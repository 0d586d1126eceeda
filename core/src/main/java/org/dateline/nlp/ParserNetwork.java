package org.dateline.nlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;

/**
 * The dependency parser's neural network (48 feature embeddings, one cube-activated hidden layer, a score per
 * transition), computed from CoreNLP's own loaded weights with the same arithmetic in the same order, so every score
 * is the one CoreNLP computes, bit for bit. What differs is the bookkeeping around it: CoreNLP looked each feature up
 * in a boxed {@code HashMap<Integer, Integer>} of precomputed products and kept the others in one cache behind one
 * lock shared by all threads (together 56% of parsing in {@code docs/perf/parse-after.txt}); here the lookup is a
 * primitive open-addressing table, the cache is per thread, and the two matrix products run over transposed weights
 * so that the JIT can vectorise them without reordering any sum. CoreNLP also computed the products of the model's
 * 20,000 most frequent features while loading (1.9 s of a cold start, on the load's critical path); here each is
 * computed the first time a sentence needs it, to the same double values, so a one-article run pays for the few
 * hundred it meets.
 */
final class ParserNetwork {
  /** Entries of each thread's cache of hidden-layer products of features that were not precomputed (4 KB each). */
  private static final int CACHE_SLOTS = 2048;
  /** How many of the model's most frequent features have exact products: CoreNLP's default {@code numPreComputed}. */
  static final int PRECOMPUTED = 20_000;
  /** Publishes a precomputed row to other threads only once it is filled. */
  private static final VarHandle ROWS = MethodHandles.arrayElementVarHandle(double[][].class);

  private final int numTokens;
  private final int embeddingSize;
  private final int hiddenSize;
  private final int numLabels;
  private final float[][] embeddings;
  /** W1 transposed: one row of hidden-unit weights per input column (feature position × embedding dimension). */
  private final float[][] inputWeights;
  private final float[] bias;
  /** W2 transposed: one row of transition weights per hidden unit. */
  private final float[][] outputWeights;
  /** The exact hidden-layer products of the frequent features, filled on first use, found through {@link #slotKeys}. */
  private final double[][] saved;
  private final int[] slotKeys;
  private final int[] slotValues;
  private final ThreadLocal<Scratch> scratch;

  private ParserNetwork(Classifier classifier, List<Integer> frequent) {
    this.embeddings = classifier.getE();
    this.bias = classifier.getb1();
    float[][] w1 = classifier.getW1(), w2 = classifier.getW2();
    this.hiddenSize = w1.length;
    this.embeddingSize = embeddings[0].length;
    this.numTokens = w1[0].length / embeddingSize;
    this.numLabels = w2.length;
    this.inputWeights = transpose(w1);
    this.outputWeights = transpose(w2);
    int count = Math.min(PRECOMPUTED, frequent.size());
    this.saved = new double[count][];
    int capacity = Integer.highestOneBit(Math.max(16, count * 2)) * 2;
    this.slotKeys = new int[capacity];
    this.slotValues = new int[capacity];
    Arrays.fill(slotKeys, -1);
    for (int id = 0; id < count; id++) {
      int key = frequent.get(id);
      int slot = slot(key);
      while (slotKeys[slot] != -1 && slotKeys[slot] != key) slot = (slot + 1) & (capacity - 1);
      slotKeys[slot] = key; // a repeated key keeps its later index, as CoreNLP's map did
      slotValues[slot] = id;
    }
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(hiddenSize, numLabels, embeddingSize));
  }

  /**
   * The network of a parser loaded with {@code numPreComputed=0}. CoreNLP exposes the weights ({@code getE},
   * {@code getW1}, …) but not the classifier holding them nor the model's list of frequent features, so those two
   * fields are read once here; the version is pinned in the pom, and a CoreNLP that renames them fails at load time
   * with this message, not while parsing.
   */
  static ParserNetwork of(DependencyParser parser) {
    try {
      Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
      @SuppressWarnings("unchecked")
      List<Integer> frequent = (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
      return new ParserNetwork(classifier, frequent);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot read the dependency parser's network from this CoreNLP version: " + e, e);
    }
  }

  static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  int numLabels() {
    return numLabels;
  }

  /**
   * The transitions' scores for one configuration's features (in the thread's own array, valid until its next call),
   * as CoreNLP's {@code Classifier.computeScores} returns them.
   */
  double[] scores(int[] features) {
    Scratch s = scratch.get();
    double[] hidden = s.hidden;
    Arrays.fill(hidden, 0);
    for (int j = 0; j < features.length; j++) {
      int key = features[j] * numTokens + j;
      int id = precomputed(key);
      if (id >= 0) {
        double[] row = savedRow(id, features[j], j * embeddingSize);
        for (int i = 0; i < hiddenSize; i++) hidden[i] += row[i];
      } else {
        float[] product = s.product(key, this, features[j], j * embeddingSize);
        for (int i = 0; i < hiddenSize; i++) hidden[i] += product[i];
      }
    }
    for (int i = 0; i < hiddenSize; i++) {
      hidden[i] += bias[i];
      hidden[i] = hidden[i] * hidden[i] * hidden[i];
    }
    double[] scores = s.scores;
    Arrays.fill(scores, 0);
    for (int k = 0; k < hiddenSize; k++) {
      double h = hidden[k];
      float[] row = outputWeights[k];
      for (int i = 0; i < numLabels; i++) scores[i] += h * row[i];
    }
    return scores;
  }

  /** The exact product of a feature key ({@code token * 48 + position}) if it is a frequent one, else null. */
  double[] frequentProduct(int key) {
    int id = precomputed(key);
    return id < 0 ? null : savedRow(id, key / numTokens, (key % numTokens) * embeddingSize);
  }

  /**
   * A frequent feature's exact product, as CoreNLP's {@code preCompute} fills it. Two threads meeting the same new
   * feature may both compute it; they store equal rows, and a row is read only after it was published whole.
   */
  private double[] savedRow(int id, int token, int column) {
    double[] row = (double[]) ROWS.getAcquire(saved, id);
    if (row == null) {
      row = new double[hiddenSize];
      sum(token, column, row);
      ROWS.setRelease(saved, id, row);
    }
    return row;
  }

  /**
   * The hidden-layer product of one feature value at one position, rounded to float as CoreNLP's cache stores it:
   * each unit's sum runs over the embedding in order, float products added in double.
   */
  private float[] product(int token, int column, double[] partial, float[] out) {
    sum(token, column, partial);
    for (int i = 0; i < hiddenSize; i++) out[i] = (float) partial[i];
    return out;
  }

  private void sum(int token, int column, double[] partial) {
    Arrays.fill(partial, 0);
    float[] e = embeddings[token];
    for (int k = 0; k < embeddingSize; k++) {
      float v = e[k];
      float[] row = inputWeights[column + k];
      for (int i = 0; i < hiddenSize; i++) partial[i] += row[i] * v;
    }
  }

  private int precomputed(int key) {
    int slot = slot(key);
    while (true) {
      int k = slotKeys[slot];
      if (k == key) return slotValues[slot];
      if (k == -1) return -1;
      slot = (slot + 1) & (slotKeys.length - 1);
    }
  }

  private int slot(int key) {
    return (key * 0x9E3779B9 >>> 7) & (slotKeys.length - 1);
  }

  private static float[][] transpose(float[][] m) {
    float[][] t = new float[m[0].length][m.length];
    for (int i = 0; i < m.length; i++)
      for (int j = 0; j < m[i].length; j++) t[j][i] = m[i][j];
    return t;
  }

  /** One thread's working arrays and its direct-mapped cache of products (a later key takes an occupied slot). */
  private static final class Scratch {
    final double[] hidden;
    final double[] scores;
    final double[] partial;
    final int[] keys = new int[CACHE_SLOTS];
    final float[][] products;

    Scratch(int hiddenSize, int numLabels, int embeddingSize) {
      hidden = new double[hiddenSize];
      scores = new double[numLabels];
      partial = new double[hiddenSize];
      products = new float[CACHE_SLOTS][];
      Arrays.fill(keys, -1);
    }

    float[] product(int key, ParserNetwork net, int token, int column) {
      int slot = (key * 0x9E3779B9 >>> 11) & (CACHE_SLOTS - 1);
      if (keys[slot] == key) return products[slot];
      float[] out = products[slot] != null ? products[slot] : new float[net.hiddenSize];
      keys[slot] = -1; // not valid while it is rewritten
      net.product(token, column, partial, out);
      keys[slot] = key;
      products[slot] = out;
      return out;
    }
  }
}
