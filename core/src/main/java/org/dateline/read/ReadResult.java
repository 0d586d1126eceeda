package org.dateline.read;

/** What reading one input item gave: a page, or a failure that names the item and the reason. */
public sealed interface ReadResult {
  String source();

  record Page(RawPage page) implements ReadResult {
    @Override
    public String source() {
      return page.source();
    }
  }

  record Failure(String source, String reason) implements ReadResult {}
}
