package org.dateline.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.eval.FeedCorpus;
import org.dateline.eval.FeedSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The fetching benchmark (its sites and pages: {@link FeedSite}, {@link FeedCorpus}): invented outlets, each its own host on a loopback address (127.0.0.1, .2, ...), serve
 * invented articles and one feed each (RSS 2.0, Atom and RSS 1.0 in turn). It ingests the same pages from files,
 * then runs {@code watch} over the feeds for two polls, and reports: the time fetching added beyond the hosts'
 * delays, measured against the file ingest; the shortest gap each host saw between answering one request and
 * receiving the next (against the delay); and what the second poll asked and was sent.
 */
@Command(name = "bench-fetch", hidden = true, mixinStandardHelpOptions = true,
    description = "Benchmark watch over local feeds against ingest of the same pages from files.")
final class BenchFetchCommand implements Callable<Integer> {
  @Option(names = "--outlets", defaultValue = "10") int outlets;
  @Option(names = "--per-feed", defaultValue = "50") int perFeed;
  @Option(names = "--delay", defaultValue = "1s") String delay;
  @Option(names = "--seed", defaultValue = "20") long seed;
  @Option(names = "--dir", paramLabel = "DIR", description = "Working directory (default: a fresh temporary one).") Path dir;
  @Option(names = "--watch-first", description = "Run watch before the file ingest (the second run has the warmer JIT).") boolean watchFirst;

  private static final Pattern POLL = Pattern.compile(
      "poll (\\d): .*?, (\\d+) new articles stored, (\\d+) requests \\((\\d+) answered 304\\) in ([\\d.]+) s \\(([\\d.]+) s fetching, ([\\d.]+) s of it in requests, beyond ([\\d.]+) s waiting for hosts' delays\\)");


  @Override
  public Integer call() throws Exception {
    Path work = dir != null ? dir : Files.createTempDirectory("dateline-bench-fetch");
    Files.createDirectories(work);
    FeedCorpus corpus = new FeedCorpus(new Random(seed));
    List<FeedSite> sites = new ArrayList<>();
    Path pages = work.resolve("pages");
    try {
      for (int k = 0; k < outlets; k++) {
        FeedSite s = new FeedSite(InetAddress.getByName("127.0.0." + (k + 1)), corpus.outlet(k));
        for (int i = 0; i < perFeed; i++) s.add(corpus.article(s.outlet, k * perFeed + i));
        s.start(k % 3);
        sites.add(s);
        Path d = pages.resolve("outlet-" + k);
        Files.createDirectories(d);
        for (var e : s.articles.entrySet()) Files.writeString(d.resolve(e.getKey().substring(e.getKey().lastIndexOf('/') + 1)), e.getValue());
      }
      Path feeds = work.resolve("feeds.txt");
      StringBuilder fl = new StringBuilder("# bench-fetch: one invented outlet per loopback host\n");
      for (FeedSite s : sites) fl.append(s.base()).append("/feed.xml\n");
      Files.writeString(feeds, fl);

      // warm-up: the models load and the JIT settles on a few pages nobody measures
      List<String> warm = new ArrayList<>();
      try (var w = Files.list(pages.resolve("outlet-0"))) {
        w.sorted().limit(10).forEach(p -> warm.add(p.toString()));
      }
      List<String> warmArgs = new ArrayList<>(List.of("ingest", "--data", work.resolve("warm").toString()));
      warmArgs.addAll(warm);
      quiet(warmArgs.toArray(String[]::new));

      String ingestErr = null, watchErr = null;
      double ingestS = 0, watchS = 0;
      for (int step = 0; step < 2; step++) {
        long t0 = System.nanoTime();
        if ((step == 0) != watchFirst) {
          ingestErr = quiet("ingest", "--data", work.resolve("from-files").toString(), pages.toString());
          ingestS = (System.nanoTime() - t0) / 1e9;
        } else {
          sites.forEach(s -> s.hits.clear());
          watchErr = quiet("watch", "--data", work.resolve("from-feeds").toString(), "--allow-private", "--delay", delay,
              "--every", "1s", "--polls", "2", "--contact", "bench@dateline.invalid", feeds.toString());
          watchS = (System.nanoTime() - t0) / 1e9;
          watchLines = lastOut;
        }
      }
      String[] watchOut = watchLines.isBlank() ? new String[0] : watchLines.strip().split("\n");

      Matcher m = POLL.matcher(watchErr);
      Map<Integer, double[]> polls = new LinkedHashMap<>();
      while (m.find())
        polls.put(Integer.parseInt(m.group(1)), new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
            Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)), Double.parseDouble(m.group(6)), Double.parseDouble(m.group(7)),
            Double.parseDouble(m.group(8))});
      if (polls.size() != 2) {
        System.err.println("bench-fetch: watch did not report two polls:\n" + watchErr);
        return Main.SOME_FAILED;
      }
      double[] p1 = polls.get(1), p2 = polls.get(2);
      long minGapMs = Long.MAX_VALUE, minArrivalGapMs = Long.MAX_VALUE;
      String minGapHost = null;
      long articleHitsPoll2 = 0, feedHitsPoll2 = 0, notModifiedPoll2 = 0;
      for (FeedSite s : sites) {
        List<FeedSite.Hit> hits = new ArrayList<>(s.hits);
        hits.sort(Comparator.comparingLong(FeedSite.Hit::arrived));
        // poll 2 starts at the second request for the feed
        int feedSeen = 0;
        for (int i = 0; i < hits.size(); i++) {
          FeedSite.Hit h = hits.get(i);
          if (h.path().equals("/feed.xml")) feedSeen++;
          if (feedSeen >= 2) {
            if (h.path().equals("/feed.xml")) feedHitsPoll2++;
            else if (h.path().startsWith("/news/")) articleHitsPoll2++;
            if (h.notModified()) notModifiedPoll2++;
          }
          if (i > 0) {
            minArrivalGapMs = Math.min(minArrivalGapMs, (h.arrived() - hits.get(i - 1).arrived()) / 1_000_000);
            long gap = (h.arrived() - hits.get(i - 1).answered()) / 1_000_000;
            if (gap < minGapMs) {
              minGapMs = gap;
              minGapHost = s.address.getHostAddress();
            }
          }
        }
      }
      double beyond = p1[3] - p1[6] - ingestS;
      System.out.printf("pages              %d invented articles, %d outlets on hosts 127.0.0.1-%d, one feed each (RSS 2.0, Atom, RSS 1.0 in turn)%n",
          outlets * perFeed, outlets, outlets);
      System.out.printf("ingest from files  %.1f s (%s)%n", ingestS, lastLine(ingestErr, "dateline: stored"));
      System.out.printf("watch, poll 1      %.1f s: %d new articles stored, %d requests; %.1f s fetching (%.1f s of it in requests), beyond %.1f s waiting for hosts' delays (--delay %s)%n",
          p1[3], (int) p1[0], (int) p1[1], p1[4], p1[5], p1[6], delay);
      System.out.printf("fetch overhead     measured in the watch: %.1f s fetching beyond the delays = %.1f%% of the file ingest's %.1f s; "
          + "end to end (poll 1 - delays - file ingest): %.1f s = %.1f%%%n", p1[4], 100 * p1[4] / ingestS, ingestS, beyond, 100 * beyond / ingestS);
      System.out.printf("order              %s first%n", watchFirst ? "watch" : "ingest");
      System.out.printf("per-host delay     shortest gap at one host between its answer being sent and the next request arriving: %d ms (host %s), "
          + "between two requests arriving: %d ms (delay %s)%n", minGapMs, minGapHost, minArrivalGapMs, delay);
      System.out.printf("watch, poll 2      %.1f s: %d new articles stored, %d requests (%d answered 304); hosts saw %d feed requests, %d 304s, %d article requests%n",
          p2[3], (int) p2[0], (int) p2[1], (int) p2[2], feedHitsPoll2, notModifiedPoll2, articleHitsPoll2);
      System.out.printf("load average       %.1f at the end (2 cores)%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      System.out.printf("whole watch run    %.1f s; its output, %d lines, begins:%n", watchS, watchOut.length);
      for (int i = 0; i < Math.min(5, watchOut.length); i++) System.out.println("  " + watchOut[i]);
      return Main.OK;
    } finally {
      sites.forEach(FeedSite::stop);
    }
  }

  /** What watch printed on stdout. */
  private String watchLines = "";

  /** What the last command printed on stdout. */
  private static String lastOut = "";

  /** Runs a dateline command with its stderr kept (and returned) instead of printed, its stdout in {@link #lastOut}. */
  private static String quiet(String... args) {
    PrintStream oldErr = System.err, oldOut = System.out;
    ByteArrayOutputStream err = new ByteArrayOutputStream(), out = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      int rc = Main.run(args);
      if (rc != Main.OK) oldErr.println("bench-fetch: " + args[0] + " exited " + rc + ":\n" + err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(oldErr);
      System.setOut(oldOut);
    }
    lastOut = out.toString(StandardCharsets.UTF_8);
    return err.toString(StandardCharsets.UTF_8);
  }

  private static String lastLine(String text, String prefix) {
    String found = "";
    for (String l : text.split("\n")) if (l.startsWith(prefix)) found = l.substring("dateline: ".length());
    return found;
  }
}
