package org.dateline.cli;

import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.fetch.Crawl;
import org.dateline.fetch.Fetcher;
import org.dateline.pipeline.RunSummary;
import org.dateline.store.FetchState;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = "Fetch article pages, RSS/Atom feeds and (news) sitemaps politely, archive every response as WARC, and add the articles to the store through the same pipeline as ingest.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every URL and listed page was fetched and stored", "1:some failed (each named on stderr with its reason)", "2:usage error"})
final class FetchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "URL", description = "Article pages, feeds or sitemaps (http or https).")
  List<String> urls;

  @Mixin DataOptions data;
  @Mixin PipelineOptions run;
  @Mixin FetchOptions fetch;

  @Override
  public Integer call() throws Exception {
    run.check();
    try (Store store = data.open(); AutoCloseable writing = store.writing();
         Fetcher fetcher = fetch.open(data.data, run.maxBytes, new FetchState(store))) {
      Crawl crawl = new Crawl(fetcher, events());
      StoreSink sink = new StoreSink(store, crawl::archivedAs, System.err);
      RunSummary s = run.run(pages -> crawl.fetch(urls, pages), System.err, sink);
      boolean linked = sink.finish();
      summary(fetcher);
      return s.failures() == 0 && linked ? Main.OK : Main.SOME_FAILED;
    }
  }

  static Crawl.Events events() {
    return new Crawl.Events() {
      @Override
      public void listed(URI listing, String format, int pages) {
        System.err.println("dateline: " + listing + ": " + format + " listing " + pages + (pages == 1 ? " page" : " pages"));
      }

      @Override
      public void unchanged(URI url) {
        System.err.println("dateline: " + url + ": not modified since the last fetch");
      }
    };
  }

  static void summary(Fetcher f) {
    Fetcher.Stats st = f.stats();
    System.err.printf("dateline: %d requests (%d not modified), %,d bytes, %.1f s in requests, %.1f s waiting for hosts' delays; archive %s%n",
        st.requests(), st.notModified(), st.bytes(), st.exchangeMillis() / 1000.0, st.waitedMillis() / 1000.0, f.archive().dir());
  }
}
