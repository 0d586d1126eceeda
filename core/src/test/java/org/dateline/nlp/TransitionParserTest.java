package org.dateline.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parser driven by Dateline gives each sentence the arcs CoreNLP's own {@code DependencyParser.predict} and basic
 * graph give it (the guard for a CoreNLP upgrade: a changed network or label correction shows here).
 */
class TransitionParserTest {
  private static StanfordCoreNLP tagger;
  private static DependencyParser parser;
  private static TransitionParser ours;

  @BeforeAll
  static void load() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
    tagger = new StanfordCoreNLP(p);
    // CoreNLP's parser as it loads by default (its frequent features' products computed while loading), ours as
    // Dateline loads it (each computed when first needed)
    parser = DependencyParser.loadFromModelFile("edu/stanford/nlp/models/parser/nndep/english_UD.gz", new Properties());
    ours = TransitionParser.load("edu/stanford/nlp/models/parser/nndep/english_UD.gz");
  }

  private static final String TEXT = """
      "We will not back down," the union's spokesman, Tomas Reld, told the Harbour Ledger on Tuesday. \
      The dam on the Karsa river was opened by engineers after the vote, Mayor Ilse Varga said. \
      According to a report released by the ministry, the ferry fares that were frozen in 2019 will rise by 12 percent \
      next spring, and the council, which had been warned twice, has not said whether it will appeal. \
      What the inspectors found was left out of the final version. \
      "It is a farce (and everyone knows it)," said Rep. Ansel Moor, who chairs the panel.""";

  @Test
  void everySentenceGetsCoreNlpsArcs() {
    Annotation doc = new Annotation(TEXT);
    tagger.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    assertEquals(5, sentences.size());
    for (CoreMap s : sentences) assertEquals(coreNlps(s), new HashSet<>(ours.parse(s)), s.toString());
  }

  @Test
  void theSubjectOfAPassiveIsNamedPassiveAsInTheBasicGraph() {
    Annotation doc = new Annotation("The bridge was closed by the council on Friday.");
    tagger.annotate(doc);
    List<Dependency> arcs = ours.parse(doc.get(CoreAnnotations.SentencesAnnotation.class).get(0));
    assertTrue(arcs.contains(new Dependency("nsubj:pass", 3, 1)), arcs.toString());
    assertTrue(arcs.contains(new Dependency("aux:pass", 3, 2)), arcs.toString());
    assertTrue(arcs.contains(new Dependency("root", -1, 3)), arcs.toString());
  }

  @Test
  void everyFrequentFeatureGetsTheProductCoreNlpPrecomputes() throws ReflectiveOperationException {
    Object classifier = ParserNetwork.field(DependencyParser.class, "classifier").get(parser);
    double[][] saved = (double[][]) ParserNetwork.field(edu.stanford.nlp.parser.nndep.Classifier.class, "saved").get(classifier);
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> preMap = (Map<Integer, Integer>) ParserNetwork.field(edu.stanford.nlp.parser.nndep.Classifier.class, "preMap").get(classifier);
    assertEquals(ParserNetwork.PRECOMPUTED, preMap.size());
    for (Map.Entry<Integer, Integer> e : preMap.entrySet())
      assertArrayEquals(saved[e.getValue()], ours.network().frequentProduct(e.getKey()), "feature " + e.getKey());
  }

  /** The arcs as Dateline read them from CoreNLP's basic graph before it drove the parser itself. */
  private static Set<Dependency> coreNlps(CoreMap sentence) {
    SemanticGraph g = SemanticGraphFactory.makeFromTree(parser.predict(sentence), SemanticGraphFactory.Mode.BASIC,
        GrammaticalStructure.Extras.NONE, null);
    Set<Dependency> deps = new HashSet<>();
    for (var root : g.getRoots()) deps.add(new Dependency("root", -1, root.index() - 1));
    for (SemanticGraphEdge e : g.edgeIterable())
      deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
    return deps;
  }
}
