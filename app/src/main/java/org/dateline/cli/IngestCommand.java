package org.dateline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.pipeline.RunSummary;
import org.dateline.read.Inputs;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Run the pipeline over news files and add the articles to the store (idempotent: the same text again changes nothing), then re-link stories, people and statements.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every input was stored", "1:some inputs failed (reported on stderr)", "2:usage error"})
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read; - reads stdin.")
  List<String> paths;

  @Mixin DataOptions data;
  @Mixin PipelineOptions run;

  @Override
  public Integer call() throws Exception {
    run.check();
    try (Store store = data.open(); AutoCloseable writing = store.writing()) {
      // the store keys an article by its source: a relative path would be one name for different files in
      // different directories, so files are stored under their absolute paths
      List<String> absolute = paths.stream()
          .map(IngestCommand::absolute).toList();
      StoreSink sink = new StoreSink(store, source -> null, System.err);
      RunSummary s = run.run(absolute, System.err, sink);
      boolean linked = sink.finish();
      return s.failures() == 0 && linked ? Main.OK : Main.SOME_FAILED;
    }
  }

  private static String absolute(String path) {
    if (path.equals(Inputs.STDIN)) return path;
    try {
      return Path.of(path).toAbsolutePath().normalize().toString();
    } catch (java.nio.file.InvalidPathException e) {
      return path; // reported as not a valid path when the run reads it
    }
  }
}
