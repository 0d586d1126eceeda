package org.dateline.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.store.Fixtures.Quote;
import org.dateline.story.Linker;

/**
 * A writing process for {@link ConcurrentProcessesTest}: holds the store as an ingest does, adds {@code count}
 * articles named {@code prefix/i} (one transaction each), then re-links, as {@code dateline ingest} does.
 */
public final class ConcurrentIngest {
  /** The test linker, slowed to the real one's pace so that writes land while it links. */
  static final Linker SLOW = articles -> {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Fixtures.LINKER.link(articles);
  };

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    String prefix = args[1];
    int count = Integer.parseInt(args[2]);
    try (Store s = Store.open(dir, SLOW); AutoCloseable writing = s.writing()) {
      for (int i = 0; i < count; i++) {
        ingest(s, prefix + "-" + i, 1);
        System.out.println("committed " + (i + 1));
        System.out.flush();
      }
      s.relink();
      System.out.println("relinked");
    }
  }

  static void ingest(Store s, String prefix, int count) {
    for (int i = 0; i < count; i++) {
      List<Quote> quotes = new ArrayList<>();
      for (int q = 0; q < 6; q++) quotes.add(new Quote("Speaker " + (char) ('A' + q), "Statement " + q + " of " + prefix + " article " + i));
      s.ingest(Fixtures.article(prefix + "/" + i, "Weir Gazette", "2026-01-01", prefix + " article " + i, quotes.toArray(Quote[]::new)), null);
    }
  }
}
