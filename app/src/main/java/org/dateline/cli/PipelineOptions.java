package org.dateline.cli;

import java.io.PrintStream;
import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.pipeline.Engine;
import org.dateline.pipeline.RunListener;
import org.dateline.pipeline.RunSummary;
import org.dateline.pipeline.Runner;
import org.dateline.read.Inputs;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command that runs the pipeline shares (extract, ingest): the options, their checks, progress on
 * stderr, one line per skipped input and the closing summary.
 */
final class PipelineOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--threads", defaultValue = "1", description = "Worker threads sharing one model. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--max-bytes", defaultValue = "10485760", description = "Skip files (and fetched responses) larger than this. Default: ${DEFAULT-VALUE}.")
  long maxBytes;

  @Option(names = "--max-seconds", defaultValue = "120", paramLabel = "S",
      description = "Report an article as failed when annotating it takes longer than this. Default: ${DEFAULT-VALUE}.")
  long maxSeconds;

  @Option(names = "--source-name", paramLabel = "NAME",
      description = "The source name of the article read from stdin (-). Default: stdin- and the start of its content's SHA-256, so different stdin articles never replace each other in the store.")
  String sourceName;

  /** Where the records go: with the text their spans point into. */
  interface Sink {
    void accept(ArticleRecord record, String sourceText);

    /** False skips the article before annotation (see {@link RunListener#wants}). */
    default boolean wants(String sourceText) {
      return true;
    }

    default void skipped(String source) {}

    /**
     * What the run line calls the statements it counts (one per article that carries them): a store merges the same
     * words from several articles into one statement, so its sink calls them versions, and its own line the statements.
     */
    default String counted() {
      return "statements";
    }
  }

  void check() {
    OptionChecks.atLeast(spec, "--threads", threads, 1);
    OptionChecks.atLeast(spec, "--max-seconds", maxSeconds, 1);
    if (sourceName != null && sourceName.isBlank()) throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--source-name': must not be blank");
    OptionChecks.atLeast(spec, "--max-bytes", maxBytes, 1);
  }

  /** Runs the pipeline over {@code paths}, reporting on {@code err}; the summary line is printed last. */
  RunSummary run(List<String> paths, PrintStream err, Sink sink) {
    check();
    return report(l -> runner().run(Runner.files(new Inputs(maxBytes, System.in, sourceName), paths), l), err, sink);
  }

  /** Runs the pipeline over pages from elsewhere (fetched from the web), as {@link #run(List, PrintStream, Sink)} does files. */
  RunSummary run(Runner.Source pages, PrintStream err, Sink sink) {
    check();
    return report(l -> runner().run(pages, l), err, sink);
  }

  private Runner runner() {
    return new Runner(Engine.pipeline(), threads, java.time.Duration.ofSeconds(maxSeconds));
  }

  private RunSummary report(java.util.function.Function<RunListener, RunSummary> how, PrintStream err, Sink sink) {
    Progress progress = new Progress(err, Progress.stderrIsTerminal());
    RunSummary s = how.apply(new RunListener() {
      @Override
      public void record(ArticleRecord r) {
        sink.accept(r, r.sourceText());
      }

      @Override
      public void record(ArticleRecord r, String sourceText) {
        sink.accept(r, sourceText);
      }

      @Override
      public boolean wants(String source, String sourceText) {
        return sink.wants(sourceText);
      }

      @Override
      public void skipped(String source) {
        sink.skipped(source);
      }

      @Override
      public void failure(String source, String reason) {
        err.println("dateline: skipped " + source + ": " + reason);
      }

      @Override
      public void progress(int done, int total) {
        progress.update(done, total);
      }
    });
    err.printf("dateline: %d articles, %d %s, %d failed, %.2f articles/s%n", s.articles(), s.statements(), sink.counted(),
        s.failures(), s.articlesPerSecond());
    return s;
  }
}
