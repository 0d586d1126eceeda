package org.dateline.fetch;

import java.util.HashMap;
import java.util.Map;

/** Where a fetcher keeps each URL's ETag and Last-Modified for the next conditional GET (the store, across runs). */
public interface Validators {
  /** A response's validators; either may be null. */
  record Conditional(String etag, String lastModified) {
    public boolean isEmpty() {
      return etag == null && lastModified == null;
    }
  }

  /** The validators last seen for {@code url}, or null. */
  Conditional get(String url);

  void put(String url, Conditional c);

  /** Validators kept for the life of this object only. */
  static Validators inMemory() {
    Map<String, Conditional> m = new HashMap<>();
    return new Validators() {
      @Override
      public Conditional get(String url) {
        return m.get(url);
      }

      @Override
      public void put(String url, Conditional c) {
        m.put(url, c);
      }
    };
  }
}
