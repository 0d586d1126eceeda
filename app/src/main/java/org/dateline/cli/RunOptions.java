package org.dateline.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;
import org.dateline.model.ArticleRecord;
import org.dateline.pipeline.RunListener;
import org.dateline.pipeline.RunSummary;
import org.dateline.pipeline.Runner;
import org.dateline.read.Inputs;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options and the run shared by every command that runs the pipeline over files (extract, timeline). */
final class RunOptions {
  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE) CommandLine.Model.CommandSpec spec;

  @Option(names = "--threads", defaultValue = "1", description = "Worker threads sharing one model. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--max-bytes", defaultValue = "10485760", description = "Skip files larger than this. Default: ${DEFAULT-VALUE}.")
  long maxBytes;

  /** Fails on bad option values before anything is opened or loaded. */
  void validate() {
    if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--threads': must be at least 1 but was " + threads);
    if (maxBytes < 1) throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--max-bytes': must be at least 1 but was " + maxBytes);
  }

  /** Runs the pipeline, handing records to {@code sink} in input order; failures and progress go to {@code err}. */
  RunSummary run(List<String> paths, Consumer<ArticleRecord> sink, PrintStream err) {
    validate();
    Runner runner = new Runner(Engine.pipeline(), new Inputs(maxBytes, System.in), threads);
    Progress progress = new Progress(err, Progress.stderrIsTerminal());
    RunSummary s = runner.run(paths, new RunListener() {
      @Override
      public void record(ArticleRecord r) {
        sink.accept(r);
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
    err.printf("dateline: %d articles, %d statements, %d failed, %.2f articles/s%n", s.articles(), s.statements(),
        s.failures(), s.articlesPerSecond());
    return s;
  }
}
