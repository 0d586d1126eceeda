package org.dateline.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dateline.model.Span;

/**
 * CoreNLP's own quote pipeline (tokenize … coref, quote with attribution), kept only as the baseline Dateline's
 * statement finder is measured against. Loads its own models (coref is heavy); thread-safe like the annotators.
 */
public final class CoreNlpQuotes {
  /** One quote as CoreNLP reports it: the quote (marks included) and the speaker mention, null when none. */
  public record Quote(Span content, Span mention, String speaker) {}

  private final StanfordCoreNLP pipeline;

  public CoreNlpQuotes() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("coref.algorithm", "statistical");
    p.setProperty("quote.attributeQuotes", "true");
    p.setProperty("tokenize.options", "invertible=true");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    this.pipeline = new StanfordCoreNLP(p);
  }

  public List<Quote> quotes(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<Quote> out = new ArrayList<>();
    if (quotes == null) return out;
    for (CoreMap q : quotes) {
      Span content = new Span(q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class), q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
      Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
      Span mention = null;
      if (mb != null && me != null && mb >= 0 && me < tokens.size() && mb <= me)
        mention = new Span(tokens.get(mb).beginPosition(), tokens.get(me).endPosition());
      out.add(new Quote(content, mention, q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class)));
    }
    return out;
  }
}
