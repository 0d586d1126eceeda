package org.dateline;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.nlp.CoreNlp;
import org.dateline.pipeline.Engine;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.RunListener;
import org.dateline.pipeline.Runner;
import org.dateline.read.Inputs;

/** What the tests of a test JVM share: the {@link Engine} (loading the models takes seconds and gigabytes) and the samples' records. */
public final class SharedNlp {
  private static List<ArticleRecord> samples;

  /** The bundled samples folder, seen from a module directory. */
  public static final Path SAMPLES = Path.of("..", "samples");

  private SharedNlp() {}

  public static CoreNlp nlp() {
    return Engine.nlp();
  }

  public static Pipeline pipeline() {
    return Engine.pipeline();
  }

  /** The records of the bundled samples (text, HTML, WARC), extracted once per test JVM; a failed page fails the test. */
  public static synchronized List<ArticleRecord> sampleRecords() {
    if (samples != null) return samples;
    List<ArticleRecord> out = new ArrayList<>();
    new Runner(pipeline(), 1).run(Runner.files(new Inputs(Inputs.DEFAULT_MAX_BYTES, new ByteArrayInputStream(new byte[0])),
        List.of("text", "html", "warc").stream().map(d -> SAMPLES.resolve(d).toString()).toList()), new RunListener() {
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
