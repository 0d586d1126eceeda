package org.dateline.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;
import org.dateline.store.StatementQuery;

/**
 * Statement search answers as the JSON bytes sent, keyed by the normalised query. The store is read far more often
 * than written, so an answer stays valid until the next write: every entry belongs to the store generation it was
 * read at, and the first lookup after a write (ingest, re-link, correction) empties the cache. Bounded by bytes.
 * Thread-safe.
 */
final class ResponseCache {
  /** What one entry costs besides its bytes (key, node, array header), roughly. */
  private static final int OVERHEAD = 256;

  private final Cache<StatementQuery, byte[]> cache;
  private long generation = -1; // guarded by this

  ResponseCache(long maxBytes) {
    if (maxBytes <= 0) throw new IllegalArgumentException("cache size must be positive, was " + maxBytes);
    this.cache = Caffeine.newBuilder().maximumWeight(maxBytes)
        .weigher((StatementQuery k, byte[] v) -> v.length + OVERHEAD).recordStats().build();
  }

  /**
   * The cached answer to {@code query} at store generation {@code generation} (read before the answer is computed),
   * or {@code compute}'s, which is kept for later when no write came in between.
   */
  byte[] get(long generation, StatementQuery query, Supplier<byte[]> compute) {
    StatementQuery key = query.normalised();
    synchronized (this) {
      if (generation > this.generation) {
        cache.invalidateAll();
        this.generation = generation;
      } else if (generation < this.generation) {
        return compute.get(); // read before a write another request has already seen: answer, don't keep
      }
    }
    byte[] hit = cache.getIfPresent(key);
    if (hit != null) return hit;
    byte[] fresh = compute.get();
    synchronized (this) {
      if (generation == this.generation) cache.put(key, fresh);
    }
    return fresh;
  }

  long entries() {
    return cache.estimatedSize();
  }

  /** Lookups answered from the cache and from the store since the start, entries held, and their weight in bytes. */
  long[] stats() {
    var st = cache.stats();
    long bytes = cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    return new long[] {st.hitCount(), st.missCount(), cache.estimatedSize(), bytes};
  }
}
