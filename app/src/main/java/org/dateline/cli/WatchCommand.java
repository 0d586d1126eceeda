package org.dateline.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dateline.fetch.Crawl;
import org.dateline.fetch.Fetch;
import org.dateline.fetch.Fetcher;
import org.dateline.fetch.Listing;
import org.dateline.model.ArticleRecord;
import org.dateline.pipeline.RunSummary;
import org.dateline.store.FetchState;
import org.dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Poll feeds and sitemaps, fetch only the pages not taken before, and add them to the store; one line per new article on stdout.",
        "State (items taken, each feed's validators and back-off) is kept in the store, so a restarted watch goes on where it stopped."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every poll went through", "1:some feeds or pages failed (each named on stderr with its reason)", "2:usage error"})
final class WatchCommand implements Callable<Integer> {
  /** A feed failing again and again is polled at most this rarely. */
  private static final Duration MAX_BACKOFF = Duration.ofHours(24);

  @Parameters(index = "0", paramLabel = "FEEDS-FILE", description = "One feed or sitemap URL a line; blank lines and lines starting with # are ignored. Read again at every poll.")
  Path feedsFile;

  @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m", converter = FetchOptions.DurationConverter.class,
      description = "Time from the start of one poll to the next. Default: ${DEFAULT-VALUE}.")
  Duration every;

  @Option(names = "--polls", paramLabel = "N", defaultValue = "0", description = "Stop after N polls; 0 polls until stopped. Default: ${DEFAULT-VALUE}.")
  int polls;

  @Mixin DataOptions data;
  @Mixin PipelineOptions run;
  @Mixin FetchOptions fetch;

  private final Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws Exception {
    run.check();
    OptionChecks.atLeast(fetch.spec, "--polls", polls, 0);
    if (every.isZero()) throw new CommandLine.ParameterException(fetch.spec.commandLine(), "Invalid value for option '--every': must be more than 0");
    if (!Files.isReadable(feedsFile)) {
      System.err.println("dateline: cannot read feeds file " + feedsFile + ": " + (Files.exists(feedsFile) ? "not readable" : "no such file"));
      return Main.USAGE;
    }
    boolean anyFailed = false;
    try (Store store = data.open(); AutoCloseable writing = store.writing();
         Fetcher fetcher = fetch.open(data.data, run.maxBytes, new FetchState(store))) {
      FetchState state = new FetchState(store);
      Crawl crawl = new Crawl(fetcher, new Crawl.Events() {});
      for (int poll = 1; polls == 0 || poll <= polls; poll++) {
        Instant start = clock.instant();
        anyFailed |= poll(poll, store, state, fetcher, crawl);
        if (polls != 0 && poll == polls) break;
        Duration left = Duration.between(clock.instant(), start.plus(every));
        if (!left.isNegative()) Thread.sleep(left.toMillis());
      }
    }
    return anyFailed ? Main.SOME_FAILED : Main.OK;
  }

  /** One poll over every feed that is due; returns whether anything failed. */
  private boolean poll(int n, Store store, FetchState state, Fetcher fetcher, Crawl crawl) {
    long t0 = System.nanoTime();
    long requests0 = fetcher.stats().requests(), notModified0 = fetcher.stats().notModified();
    long inRequests0 = fetcher.stats().exchangeMillis(), waited0 = fetcher.stats().waitedMillis();
    List<String> feeds;
    try {
      feeds = Files.readAllLines(feedsFile).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      System.err.println("dateline: poll " + n + ": cannot read feeds file " + feedsFile + ": " + e.getMessage());
      return true;
    }
    Instant now = clock.instant();
    int unchanged = 0, failedFeeds = 0, waiting = 0;
    List<Crawl.Queued> queue = new ArrayList<>();
    Set<URI> queued = new HashSet<>();
    for (String line : feeds) {
      URI feed;
      try {
        feed = new URI(line);
      } catch (URISyntaxException e) {
        System.err.println("dateline: skipped feed " + line + ": bad URL: " + e.getReason());
        failedFeeds++;
        continue;
      }
      FetchState.Feed st = state.feed(line);
      if (st.lastFailure() != null && nextTry(st).isAfter(now)) {
        waiting++;
        continue;
      }
      switch (crawl.list(feed)) {
        case Crawl.Listed.Failed f -> {
          failedFeeds++;
          FetchState.Feed failed = new FetchState.Feed(line, st.failures() + 1, clock.instant().truncatedTo(ChronoUnit.SECONDS), f.reason());
          state.polled(failed);
          System.err.println("dateline: feed " + line + ": " + f.reason() + "; " + failed.failures()
              + (failed.failures() == 1 ? " failure" : " failures") + " in a row, next try after " + nextTry(failed));
        }
        case Crawl.Listed.Unchanged u -> {
          unchanged++;
          state.polled(FetchState.Feed.ok(line));
        }
        case Crawl.Listed.Pages p -> {
          state.polled(FetchState.Feed.ok(line));
          for (Listing l : p.pages())
            if (!state.seen(l.url().toString()) && queued.add(l.url())) queue.add(new Crawl.Queued(l, feed));
        }
      }
    }
    // fetching's own cost: the listing phase and the page fetches, less the pipeline's preparing of the pages handed
    // to it and less the waiting for hosts' delays (the benchmark's "beyond the delays")
    long listingNanos = System.nanoTime() - t0, fetchNanos[] = {0};
    int[] added = {0};
    StoreSink sink = new StoreSink(store, crawl::archivedAs, System.err) {
      @Override
      void stored(ArticleRecord r, Store.Outcome outcome) {
        if (outcome != Store.Outcome.ADDED) return;
        added[0]++;
        var pub = r.published();
        String date = pub == null ? "-" : pub.date() != null ? pub.date().toString()
            : (pub.earliest() == null ? "" : pub.earliest()) + ".." + (pub.latest() == null ? "" : pub.latest());
        System.out.printf("%s\tnew\t%s\t%s\t%s\t%s%n", clock.instant().truncatedTo(ChronoUnit.SECONDS), date,
            r.outlet() == null ? "-" : r.outlet(), r.headline() == null ? "-" : r.headline(), r.source());
        System.out.flush();
      }
    };
    RunSummary s = new RunSummary(0, 0, 0, 0, 0);
    boolean linked = true;
    if (!queue.isEmpty()) {
      s = run.run(pages -> {
        long f0 = System.nanoTime();
        long[] inPipeline = {0};
        java.util.function.Consumer<org.dateline.read.ReadResult> timed = r -> {
          long p0 = System.nanoTime();
          pages.accept(r);
          inPipeline[0] += System.nanoTime() - p0;
        };
        for (Crawl.Queued q : crawlOrder(queue)) {
          Fetch f = crawl.page(q, timed);
          // a page that failed for a reason that may pass (a 5xx, a timeout) is tried again next poll: its feed is
          // then fetched whole, since a 304 for the feed would not list it again
          if (f instanceof Fetch.Failed x && x.problem().isTransient()) state.forget(q.listedIn().toString());
          else state.see(q.listing().url().toString(), q.listedIn().toString(), clock.instant());
        }
        fetchNanos[0] = System.nanoTime() - f0 - inPipeline[0];
      }, System.err, sink);
      linked = sink.finish();
    }
    Fetcher.Stats st = fetcher.stats();
    double waitedS = (st.waitedMillis() - waited0) / 1000.0;
    System.err.printf("dateline: poll %d: %d feeds (%d not modified, %d failed, %d backing off), %d new pages listed, %d new articles stored, %d requests (%d answered 304) in %.1f s (%.1f s fetching, %.1f s of it in requests, beyond %.1f s waiting for hosts' delays)%n",
        n, feeds.size(), unchanged, failedFeeds, waiting, queue.size(), added[0], st.requests() - requests0, st.notModified() - notModified0,
        (System.nanoTime() - t0) / 1e9, Math.max(0, (listingNanos + fetchNanos[0]) / 1e9 - waitedS), (st.exchangeMillis() - inRequests0) / 1000.0, waitedS);
    return failedFeeds > 0 || s.failures() > 0 || !linked;
  }

  /**
   * When a failing feed is next asked: the interval doubled for each failure in a row (two intervals after the first,
   * four after the second), at most a day, so a feed down for a day is asked a few times, not a hundred.
   */
  Instant nextTry(FetchState.Feed f) {
    Duration backoff = every.multipliedBy(1L << Math.min(f.failures(), 20));
    if (backoff.compareTo(MAX_BACKOFF) > 0 || backoff.isNegative()) backoff = MAX_BACKOFF;
    return f.lastFailure().plus(backoff);
  }

  private static List<Crawl.Queued> crawlOrder(List<Crawl.Queued> queue) {
    return Crawl.byHostInTurn(queue);
  }
}
