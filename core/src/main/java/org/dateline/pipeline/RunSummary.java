package org.dateline.pipeline;

/** What a run did: articles written, statements found, items that failed, and how fast. */
public record RunSummary(int articles, int statements, int failures, long tokens, long millis) {
  public double tokensPerSecond() {
    return millis == 0 ? 0 : tokens * 1000.0 / millis;
  }

  public double articlesPerSecond() {
    return millis == 0 ? 0 : articles * 1000.0 / millis;
  }
}
