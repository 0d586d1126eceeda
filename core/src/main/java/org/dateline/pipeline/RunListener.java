package org.dateline.pipeline;

import org.dateline.model.ArticleRecord;

/** Hears what a run does, in input order for records. Called from one thread at a time. */
public interface RunListener {
  void record(ArticleRecord record);

  /**
   * A record with the text its spans point into (the record carries it only for HTML). Listeners that keep
   * articles whole, like the store, override this one.
   */
  default void record(ArticleRecord record, String sourceText) {
    record(record);
  }

  /**
   * Asked before the expensive annotation of each prepared article: false skips it (no record, no failure), as the
   * store does for a source text it already holds. {@code sourceText} is the text the record's spans would point into.
   */
  default boolean wants(String source, String sourceText) {
    return true;
  }

  /** An article {@link #wants} declined. */
  default void skipped(String source) {}

  void failure(String source, String reason);

  /** Progress: articles finished out of those known so far. */
  default void progress(int done, int total) {}
}
