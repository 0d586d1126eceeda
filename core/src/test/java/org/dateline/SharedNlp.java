package org.dateline;

import org.dateline.nlp.CoreNlp;
import org.dateline.pipeline.Pipeline;

/** The one CoreNLP engine all tests of a test JVM share: loading the models takes seconds and gigabytes. */
public final class SharedNlp {
  private static CoreNlp nlp;
  private static Pipeline pipeline;

  private SharedNlp() {}

  public static synchronized CoreNlp nlp() {
    if (nlp == null) nlp = new CoreNlp();
    return nlp;
  }

  public static synchronized Pipeline pipeline() {
    if (pipeline == null) pipeline = Pipeline.standard(nlp());
    return pipeline;
  }
}
