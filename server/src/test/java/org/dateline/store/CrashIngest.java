package org.dateline.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.store.Fixtures.Quote;

/** Child process of {@link CrashTest}: ingests numbered articles forever, telling the parent after each commit. */
public final class CrashIngest {
  public static void main(String[] args) {
    try (Store s = Store.open(Path.of(args[0]), Fixtures.LINKER)) {
      for (int i = 0; ; i++) {
        List<Quote> quotes = new ArrayList<>();
        for (int q = 0; q < 40; q++) quotes.add(new Quote("Speaker " + (char) ('A' + q % 26), "Statement number " + q + " of article " + i));
        s.ingest(Fixtures.article("crash/" + i, "Crash Gazette", "2026-01-01", "Crash article " + i, quotes.toArray(Quote[]::new)), null);
        System.out.println("committed " + (i + 1));
        System.out.flush();
      }
    }
  }
}
