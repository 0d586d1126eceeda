package org.dateline.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.dateline.nlp.CoreNlp;
import org.dateline.nlp.Parsed;
import org.dateline.nlp.Token;

/**
 * The process's one NLP engine and pipeline, each made on first use: the CLI, a Spark executor JVM and the tests
 * all share them. Loading CoreNLP takes seconds and about 2 GB, and the pipeline is thread-safe (the runner's
 * workers share it), so one per JVM. The pipeline loads the models on its first annotation, not when it is made:
 * an ingest that skips every page, or a command that only dates, never pays for them.
 */
public final class Engine {
  private Engine() {}

  // the holder idiom: each class initialiser runs once, on first use, and the JVM makes it thread-safe
  private static final class Nlp {
    static final CoreNlp NLP = new CoreNlp();
  }

  private static final class Shared {
    static final Pipeline PIPELINE = Pipeline.standard(new org.dateline.nlp.Nlp() {
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

  public static CoreNlp nlp() {
    return Nlp.NLP;
  }

  public static Pipeline pipeline() {
    return Shared.PIPELINE;
  }
}
