package org.dateline.spark;

import org.dateline.nlp.CoreNlp;
import org.dateline.pipeline.Pipeline;

/**
 * The one pipeline of an executor JVM. Loading CoreNLP takes seconds and about 2 GB, so it happens once, on the
 * first record a JVM's tasks see, and every task of that executor shares it (the pipeline is thread-safe: the
 * single-machine runner shares it between worker threads the same way). In {@code local[N]} the driver is the
 * executor, so the driver's in-process runs get the same instance.
 */
public final class ExecutorPipeline {
  private ExecutorPipeline() {}

  // the holder idiom: the class initialiser runs once, on first use, and the JVM makes it thread-safe
  private static final class Holder {
    static final Pipeline PIPELINE = Pipeline.standard(new CoreNlp());
  }

  public static Pipeline get() {
    return Holder.PIPELINE;
  }
}
