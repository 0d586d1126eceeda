package org.dateline.nlp;

/**
 * An article beyond the work one article may cost: its message names the measure, the value and the limit. The run
 * reports the article as failed with that reason and goes on.
 */
public final class TooMuchWork extends RuntimeException {
  public TooMuchWork(String measure, long value, long limit) {
    super("too long to annotate: %,d %s (the limit is %,d)".formatted(value, measure, limit));
  }
}
