package org.dateline.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.pipeline.RunSummary;
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
  public Integer call() {
    run.check();
    try (Store store = data.open()) {
      StoreSink sink = new StoreSink(store, source -> null, System.err);
      RunSummary s = run.run(paths, System.err, sink);
      sink.finish();
      return s.failures() == 0 && sink.failed() == 0 ? Main.OK : Main.SOME_FAILED;
    }
  }
}
