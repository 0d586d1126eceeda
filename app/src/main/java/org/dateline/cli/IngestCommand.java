package org.dateline.cli;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.model.ArticleRecord;
import org.dateline.pipeline.RunSummary;
import org.dateline.read.Inputs;
import org.dateline.store.Store;
import org.dateline.store.StoreException;
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
    Map<Store.Outcome, Integer> outcomes = new EnumMap<>(Store.Outcome.class);
    for (Store.Outcome o : Store.Outcome.values()) outcomes.put(o, 0);
    try (Store store = data.open(); AutoCloseable writing = store.writing()) {
      // the store keys an article by its source: a relative path would be one name for different files in
      // different directories, so files are stored under their absolute paths
      List<String> absolute = paths.stream()
          .map(IngestCommand::absolute).toList();
      RunSummary s = run.run(absolute, System.err, new PipelineOptions.Sink() {
        @Override
        public void accept(ArticleRecord r, String text) {
          // a refusal is the run's failure for this article (named on stderr, counted in the summary)
          outcomes.merge(store.ingest(r, text), 1, Integer::sum);
        }

        // a page whose text is stored already needs no NLP: re-ingesting a folder costs reading and hashing only
        @Override
        public boolean wants(String sourceText) {
          return !store.holds(sourceText);
        }

        @Override
        public void skipped(String source) {
          outcomes.merge(Store.Outcome.UNCHANGED, 1, Integer::sum);
        }
      });
      boolean linked = true;
      try {
        if (store.needsRelink()) store.relink();
      } catch (StoreException e) {
        // the re-link's transaction rolled back: the store stays marked, and the next ingest or opening re-links
        linked = false;
        System.err.println("dateline: cannot re-link: " + e.getMessage() + "; the store stays marked as needing a re-link");
      }
      Store.Counts c = store.counts();
      System.err.printf("dateline: stored %d new, %d replaced, %d unchanged; store %s holds %d articles, %d statements, %d stories, %d people%n",
          outcomes.get(Store.Outcome.ADDED), outcomes.get(Store.Outcome.REPLACED), outcomes.get(Store.Outcome.UNCHANGED),
          store.file(), c.articles(), c.statements(), c.stories(), c.people());
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
