package org.dateline;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.nlp.CoreNlp;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.RunListener;
import org.dateline.pipeline.Runner;
import org.dateline.read.Inputs;

/** The one CoreNLP engine all tests of a test JVM share: loading the models takes seconds and gigabytes. */
public final class SharedNlp {
  private static CoreNlp nlp;
  private static Pipeline pipeline;
  private static List<ArticleRecord> samples;

  /** The bundled samples folder, seen from a module directory. */
  public static final Path SAMPLES = Path.of("..", "samples");

  private SharedNlp() {}

  public static synchronized CoreNlp nlp() {
    if (nlp == null) nlp = new CoreNlp();
    return nlp;
  }

  public static synchronized Pipeline pipeline() {
    if (pipeline == null) pipeline = Pipeline.standard(nlp());
    return pipeline;
  }

  /** The records of the bundled samples (text, HTML, WARC), extracted once per test JVM; a failed page fails the test. */
  public static synchronized List<ArticleRecord> sampleRecords() {
    if (samples != null) return samples;
    List<ArticleRecord> out = new ArrayList<>();
    new Runner(pipeline(), new Inputs(Inputs.DEFAULT_MAX_BYTES, new ByteArrayInputStream(new byte[0])), 1)
        .run(List.of("text", "html", "warc").stream().map(d -> SAMPLES.resolve(d).toString()).toList(), new RunListener() {
          @Override
          public void record(ArticleRecord r) {
            out.add(r);
          }

          @Override
          public void failure(String source, String reason) {
            throw new AssertionError(source + ": " + reason);
          }
        });
    samples = List.copyOf(out);
    return samples;
  }
}
