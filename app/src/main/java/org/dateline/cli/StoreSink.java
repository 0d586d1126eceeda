package org.dateline.cli;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.dateline.model.ArticleRecord;
import org.dateline.store.Store;
import org.dateline.store.StoreException;

/**
 * Records into the store, as ingest, fetch and watch do: a page whose text is stored already skips the NLP, a
 * record the store refuses is the run's failure for that article (the runner names it and counts it), outcomes are
 * counted for the closing line. {@code archiveOf} says where a source's page was archived (null for files read from
 * disk).
 */
class StoreSink implements PipelineOptions.Sink {
  private final Store store;
  private final Function<String, String> archiveOf;
  private final PrintStream err;
  private final Map<Store.Outcome, Integer> outcomes = new EnumMap<>(Store.Outcome.class);

  StoreSink(Store store, Function<String, String> archiveOf, PrintStream err) {
    this.store = store;
    this.archiveOf = archiveOf;
    this.err = err;
    for (Store.Outcome o : Store.Outcome.values()) outcomes.put(o, 0);
  }

  @Override
  public void accept(ArticleRecord r, String text) {
    Store.Outcome o = store.ingest(r, text, archiveOf.apply(r.source()));
    outcomes.merge(o, 1, Integer::sum);
    stored(r, o);
  }

  /** Called after each record is stored, with what storing it did. */
  void stored(ArticleRecord r, Store.Outcome outcome) {}

  // a page whose text is stored already needs no NLP: re-ingesting a folder costs reading and hashing only
  @Override
  public boolean wants(String sourceText) {
    return !store.holds(sourceText);
  }

  @Override
  public void skipped(String source) {
    outcomes.merge(Store.Outcome.UNCHANGED, 1, Integer::sum);
  }

  @Override
  public String counted() {
    return "statement versions";
  }

  int count(Store.Outcome o) {
    return outcomes.get(o);
  }

  /** Re-links when anything changed and prints the closing line; false when the re-link failed. */
  boolean finish() {
    boolean linked = true;
    try {
      if (store.needsRelink()) store.relink();
    } catch (StoreException e) {
      // the re-link's transaction rolled back: the store stays marked, and the next ingest or opening re-links
      linked = false;
      err.println("dateline: cannot re-link: " + e.getMessage() + "; the store stays marked as needing a re-link");
    }
    Store.Counts c = store.counts();
    err.printf("dateline: stored %d new, %d replaced, %d unchanged; store %s holds %d articles, %s, %d stories, %d people%n",
        outcomes.get(Store.Outcome.ADDED), outcomes.get(Store.Outcome.REPLACED), outcomes.get(Store.Outcome.UNCHANGED),
        store.file(), c.articles(), c.statementsLine(), c.stories(), c.people());
    return linked;
  }
}
