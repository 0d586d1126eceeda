package org.dateline.nlp;

import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CancellationException;

/**
 * CoreNLP's neural dependency parser, driven here: the same transition system, features and network
 * ({@link ParserNetwork}), and the same choice (the best-scoring transition the configuration allows, the first of
 * equals), so each sentence gets the arcs {@code DependencyParser.predict} gives it. Two things CoreNLP did are left
 * out: scoring a configuration that allows one transition only (a shift while the stack holds the root and at most
 * one word, the root arc at the end), and building a {@code GrammaticalStructure} and a semantic graph to read the
 * arcs back out of (the graph's one change to the labels is made here). Safe to call from several threads.
 */
final class TransitionParser {
  private final DependencyParser parser;
  private final ArcStandard system;
  private final List<String> transitions;
  private final ParserNetwork network;

  @SuppressWarnings("unchecked")
  TransitionParser(DependencyParser parser) {
    this.parser = parser;
    this.network = ParserNetwork.of(parser);
    try {
      // the parser's own transition system: its label order is the network's output order
      this.system = (ArcStandard) ParserNetwork.field(DependencyParser.class, "system").get(parser);
      this.transitions = List.copyOf((List<String>) ParserNetwork.field(ParsingSystem.class, "transitions").get(system));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot read the dependency parser's transitions from this CoreNLP version: " + e, e);
    }
    if (transitions.size() != network.numLabels())
      throw new IllegalStateException("the parser has " + transitions.size() + " transitions and its network " + network.numLabels() + " outputs");
  }

  /**
   * The parser of a CoreNLP model with its own settings, except that no products are computed while loading
   * ({@link ParserNetwork} computes each when a sentence first needs it).
   */
  static TransitionParser load(String model) {
    Properties settings = new Properties();
    settings.setProperty("numPreComputed", "0");
    return new TransitionParser(DependencyParser.loadFromModelFile(model, settings));
  }

  ParserNetwork network() {
    return network;
  }

  /** The sentence's arcs: one per token, its head (-1 for the root) and relation, tokens numbered from 0. */
  List<Dependency> parse(CoreMap sentence) {
    if (Thread.currentThread().isInterrupted()) throw new CancellationException("stopped: over the time limit");
    Configuration c = system.initialConfiguration(sentence);
    int[] features = new int[48];
    while (!system.isTerminal(c)) system.apply(c, next(c, features));
    int n = c.getSentenceSize();
    boolean[] passive = new boolean[n + 1];
    for (int i = 1; i <= n; i++) if (c.getLabel(i).equals("aux:pass")) passive[c.getHead(i)] = true;
    List<Dependency> arcs = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      int head = c.getHead(i);
      arcs.add(head == 0 ? new Dependency("root", -1, i - 1) : new Dependency(relation(c.getLabel(i), passive[head]), head - 1, i - 1));
    }
    return arcs;
  }

  /**
   * The relation as CoreNLP's basic graph names it: its one correction of the parser's labels in basic UD
   * ({@code UniversalEnglishGrammaticalStructure.correctSubjPass}) makes the subject of a head with a passive
   * auxiliary passive.
   */
  private static String relation(String label, boolean passiveHead) {
    if (!passiveHead) return label;
    return switch (label) {
      case "nsubj" -> "nsubj:pass";
      case "csubj" -> "csubj:pass";
      default -> label;
    };
  }

  private String next(Configuration c, int[] features) {
    // with the root and at most one word on the stack, only one transition can apply: no need to score them
    if (c.getStackSize() <= 2) {
      String only = null;
      int allowed = 0;
      for (String t : transitions) {
        if (system.canApply(c, t)) {
          only = t;
          allowed++;
        }
      }
      if (allowed == 1) return only;
    }
    List<Integer> f = parser.getFeatures(c);
    if (features.length != f.size()) features = new int[f.size()];
    for (int j = 0; j < features.length; j++) features[j] = f.get(j);
    double[] scores = network.scores(features);
    double best = Double.NEGATIVE_INFINITY;
    String choice = null;
    for (int j = 0; j < scores.length; j++) {
      if (scores[j] > best && system.canApply(c, transitions.get(j))) {
        best = scores[j];
        choice = transitions.get(j);
      }
    }
    return choice;
  }
}
