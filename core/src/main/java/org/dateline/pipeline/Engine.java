package org.dateline.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.dateline.nlp.CoreNlp;
import org.dateline.nlp.Parsed;
import org.dateline.nlp.Token;

/**
 * The process's one NLP engine and pipeline, each made on first use: the CLI, a Spark executor JVM and the tests
 * all share them. Loading CoreNLP takes seconds and about 2 GB, and the pipeline is thread-safe (the runner's
 * workers share it), so one per JVM. The pipeline loads the models when a run starts reading (in the background,
 * so that reading and cleaning the pages overlap the load) or on its first annotation, not when it is made: a
 * command that only dates never pays for them.
 */
public final class Engine {
  private Engine() {}

  /** The one load: run by the first caller of {@link #nlp}, or by {@link #loadInBackground}, whichever comes first. */
  private static final FutureTask<CoreNlp> LOAD = new FutureTask<>(CoreNlp::new);
  private static final AtomicBoolean STARTED = new AtomicBoolean();

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

      @Override
      public void loadInBackground() {
        Engine.loadInBackground();
      }
    });
  }

  /** Starts loading the models on a daemon thread, unless a load has started already. */
  public static void loadInBackground() {
    if (!STARTED.compareAndSet(false, true)) return;
    Thread t = new Thread(LOAD, "corenlp-load-start");
    t.setDaemon(true);
    t.start();
  }

  /** The engine, loaded here if no load has started, else once the load under way ends. */
  public static CoreNlp nlp() {
    if (STARTED.compareAndSet(false, true)) LOAD.run();
    return CoreNlp.loaded(LOAD);
  }

  public static Pipeline pipeline() {
    return Shared.PIPELINE;
  }
}
