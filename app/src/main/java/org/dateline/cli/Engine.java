package org.dateline.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.dateline.nlp.CoreNlp;
import org.dateline.nlp.Nlp;
import org.dateline.nlp.Parsed;
import org.dateline.nlp.Token;
import org.dateline.pipeline.Pipeline;

/** The process's one NLP engine and pipeline, loaded on first use (commands that need no models never pay for them). */
final class Engine {
  private static volatile Pipeline pipeline;
  private static volatile CoreNlp nlp;

  private Engine() {}

  static CoreNlp nlp() {
    if (nlp == null) {
      synchronized (Engine.class) {
        if (nlp == null) nlp = new CoreNlp();
      }
    }
    return nlp;
  }

  static Pipeline pipeline() {
    if (pipeline == null) {
      synchronized (Engine.class) {
        // the models load on the first annotation, so an ingest that skips every page never loads them
        if (pipeline == null) pipeline = Pipeline.standard(new Nlp() {
          @Override
          public Parsed annotate(String text, LocalDate date, Predicate<List<Token>> parseWhen) {
            return nlp().annotate(text, date, parseWhen);
          }

          @Override
          public void load() {
            nlp();
          }
        });
      }
    }
    return pipeline;
  }
}
