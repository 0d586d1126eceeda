package org.dateline.eval;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Statement;
import org.dateline.store.Store;
import org.dateline.story.Linkers;
import org.dateline.web.WebServer;

/**
 * Load benchmark of the store and the API: fills a store with synthetic articles (no NLP), links them with the
 * standard linker, serves them on a free local port and drives the statement search with concurrent clients over a
 * mix of queries. Prints ingest and link times, requests/s, latency percentiles and failures.
 */
public final class ServeBench {
  /** The load: articles stored and linked, clients and seconds of measured load, and where the store lives. */
  public record Settings(int articles, int clients, int seconds, int warmup, int more, long seed, Path data, boolean wrk,
      boolean noCache, boolean reuse) {}

  private final int articles, clients, seconds, warmup, more;
  private final long seed;
  private final Path data;
  private final boolean wrk, noCache, reuse;

  public ServeBench(Settings s) {
    this.articles = s.articles();
    this.clients = s.clients();
    this.seconds = s.seconds();
    this.warmup = s.warmup();
    this.more = s.more();
    this.seed = s.seed();
    this.data = s.data();
    this.wrk = s.wrk();
    this.noCache = s.noCache();
    this.reuse = s.reuse();
  }

  /** One query of the mix: its kind (for per-kind figures) and its path with parameters. */
  record Query(String kind, String path) {}

  /** Runs the benchmark and prints its figures; 0 when no request failed. */
  public int run() throws Exception {
    boolean temp = data == null;
    Path dir = temp ? Files.createTempDirectory("dateline-bench") : data;
    // bodies of about 600 words, as news articles run
    List<ArticleRecord> corpus = SyntheticCorpus.generate(articles + more, seed, 36, 44);
    List<Query> mix = new ArrayList<>();
    Random rnd = new Random(seed + 1);
    try (Store store = Store.open(dir, Linkers.standard())) {
      if (reuse && store.counts().articles() >= articles) {
        for (int i = 0; i < articles; i++) {
          ArticleRecord r = corpus.get(i);
          if (i % 25 == 0) mix.addAll(queries(r, rnd));
        }
        return serve(store, mix);
      }
      long t0 = System.nanoTime();
      long words = 0, statements = 0;
      List<ArticleRecord> firstHundred = new ArrayList<>();
      for (int i = 0; i < articles; i++) {
        ArticleRecord r = corpus.get(i);
        if (i < 100) firstHundred.add(r);
        words += r.body().split("\\s+").length;
        statements += r.statements().size();
        store.ingest(r, null);
        if (i % 25 == 0) mix.addAll(queries(r, rnd));
      }
      long ingestMs = ms(t0);
      t0 = System.nanoTime();
      store.relink();
      long linkMs = ms(t0);
      for (int i = articles; i < articles + more; i++) store.ingest(corpus.get(i), null);
      t0 = System.nanoTime();
      store.relink();
      long relinkMs = ms(t0);
      t0 = System.nanoTime();
      for (ArticleRecord r : firstHundred) store.ingest(r, null);
      long unchangedMs = ms(t0);
      Store.Counts c = store.counts();
      System.out.printf("store              %d articles (%.0f words, %.1f statements each), %d merged statements, %d stories, %d people%n",
          c.articles(), (double) words / articles, (double) statements / articles, c.merged(), c.stories(), c.people());
      System.out.printf("ingest             %.1f s (%.0f articles/s)%n", ingestMs / 1000.0, articles * 1000.0 / ingestMs);
      System.out.printf("link               %.1f s (%d articles, standard linker)%n", linkMs / 1000.0, articles);
      System.out.printf("re-link            %.1f s (after %d more articles)%n", relinkMs / 1000.0, more);
      System.out.printf("unchanged ingest   %.2f ms/article (100 already stored)%n", unchangedMs / 100.0);
      return serve(store, mix);
    } finally {
      if (temp) delete(dir);
    }
  }

  private int serve(Store store, List<Query> mix) throws InterruptedException {
    try (WebServer server = WebServer.start(store, "127.0.0.1", 0, noCache ? 0 : WebServer.CACHE_BYTES)) {
      String base = "http://127.0.0.1:" + server.port();
      System.out.printf("load               %d clients, %d s (after %d s warm-up), %d distinct queries, response cache %s%n", clients,
          seconds, warmup, mix.size(), noCache ? "off" : "on");
      if (wrk) {
        int rc = wrk(base, mix, server);
        cacheLine(server);
        return rc;
      }
      if (warmup > 0) load(base, mix, warmup);
      cacheBefore = server.cacheStats();
      Result r = load(base, mix, seconds);
      r.print();
      cacheLine(server);
      return r.failures.get() == 0 ? 0 : 1;
    }
  }

  /** wrk over the same mix (each request a random path of the list); its own report, then the server's failures. */
  /** The cache's hits and misses when the measured load began. */
  private long[] cacheBefore = new long[4];

  private void cacheLine(WebServer server) {
    long[] now = server.cacheStats();
    long hits = now[0] - cacheBefore[0], misses = now[1] - cacheBefore[1];
    if (noCache) System.out.println("cache              off: every search answered from the store");
    else System.out.printf("cache              %d hits, %d misses in the measured load (%.1f%% answered from the store); %d entries, %.0f MB%n",
        hits, misses, 100.0 * misses / Math.max(1, hits + misses), now[2], now[3] / 1048576.0);
  }

  private int wrk(String base, List<Query> mix, WebServer server) throws InterruptedException {
    try {
      Path dir = Files.createTempDirectory("dateline-wrk");
      Path paths = dir.resolve("paths.txt"), script = dir.resolve("mix.lua");
      Files.write(paths, mix.stream().map(Query::path).toList());
      Files.writeString(script, """
          local paths = {}
          for line in io.lines("%s") do paths[#paths + 1] = line end
          local bad = 0
          request = function() return wrk.format("GET", paths[math.random(#paths)]) end
          """.formatted(paths));
      List<String> base0 = List.of("wrk", "-t2", "-c" + clients, "--latency", "-s", script.toString(), base);
      if (warmup > 0) run(concat(base0, "-d" + warmup + "s"), true);
      cacheBefore = server.cacheStats();
      return run(concat(base0, "-d" + seconds + "s"), false);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot run wrk: " + e.getMessage(), e);
    }
  }

  private static List<String> concat(List<String> cmd, String arg) {
    List<String> out = new ArrayList<>(cmd.subList(0, 2));
    out.add(arg);
    out.addAll(cmd.subList(2, cmd.size()));
    return out;
  }

  private static int run(List<String> cmd, boolean quiet) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    if (quiet) pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    else pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
    return pb.start().waitFor() == 0 ? 0 : 1;
  }

  /** Queries an article suggests: its speaker (as written, so variants too), its words, its outlet and week. */
  private static List<Query> queries(ArticleRecord r, Random rnd) {
    if (r.statements().isEmpty()) return List.of();
    Statement s = r.statements().get(rnd.nextInt(r.statements().size()));
    String[] words = s.text().split("\\s+");
    String word = words[rnd.nextInt(words.length)].replaceAll("[^\\p{L}]", "");
    String two = word + " " + words[rnd.nextInt(words.length)].replaceAll("[^\\p{L}]", "");
    String speaker = s.speaker().name();
    LocalDate d = r.published().date();
    String prefix = word.length() > 4 ? word.substring(0, 4) : word;
    return List.of(
        new Query("speaker+q", "/api/statements?speaker=" + enc(speaker) + "&q=" + enc(word)),
        new Query("speaker+q", "/api/statements?speaker=" + enc(speaker) + "&q=" + enc(prefix)),
        new Query("q", "/api/statements?q=" + enc(two)),
        new Query("q", "/api/statements?q=" + enc(prefix)),
        new Query("speaker", "/api/statements?speaker=" + enc(speaker)),
        new Query("outlet", "/api/statements?outlet=" + enc(r.outlet()) + "&q=" + enc(word)),
        new Query("outlet", "/api/statements?outlet=" + enc(SyntheticCorpus.outlets().get(rnd.nextInt(SyntheticCorpus.outlets().size())))),
        new Query("dates", "/api/statements?from=" + d + "&to=" + d.plusDays(7)),
        new Query("dates", "/api/statements?speaker=" + enc(speaker) + "&from=" + d.minusDays(30) + "&to=" + d.plusDays(30)),
        new Query("page", "/api/statements?q=" + enc(prefix) + "&limit=20&offset=" + 20 * rnd.nextInt(5)),
        new Query("page", "/api/statements?speaker=" + enc(speaker) + "&limit=10&offset=" + 10 * rnd.nextInt(5)));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static long ms(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  final class Result {
    final Map<String, List<long[]>> latencies = new ConcurrentHashMap<>();
    final AtomicInteger failures = new AtomicInteger();
    final AtomicLong requests = new AtomicLong();
    final List<String> failureSamples = new CopyOnWriteArrayList<>();
    long millis, cpuMillis;

    void print() {
      System.out.printf("requests           %d in %.1f s = %.0f requests/s, %d failed%n", requests.get(), millis / 1000.0,
          requests.get() * 1000.0 / millis, failures.get());
      System.out.printf("cpu                %.2f ms of process CPU per request (server and clients, one JVM)%n", (double) cpuMillis / requests.get());
      for (String f : failureSamples) System.out.println("  failure: " + f);
      Map<String, long[]> byKind = new TreeMap<>();
      List<long[]> all = new ArrayList<>();
      latencies.forEach((k, v) -> {
        long[] merged = v.stream().flatMapToLong(Arrays::stream).toArray();
        byKind.put(k, merged);
        all.add(merged);
      });
      line("all", all.stream().flatMapToLong(Arrays::stream).toArray());
      byKind.forEach(this::line);
    }

    void line(String kind, long[] nanos) {
      Arrays.sort(nanos);
      System.out.printf("  %-16s n=%-7d p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", kind, nanos.length,
          pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6);
    }

    static double pct(long[] sorted, double p) {
      if (sorted.length == 0) return 0;
      return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }
  }

  /** {@code clients} threads, each sending one request at a time for {@code secs} seconds. */
  private Result load(String base, List<Query> mix, int secs) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    Result result = new Result();
    long end = System.nanoTime() + secs * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    long t0 = System.nanoTime(), cpu0 = cpu();
    for (int t = 0; t < clients; t++) {
      Random rnd = new Random(seed * 31 + t);
      threads.add(Thread.ofPlatform().name("bench-client-" + t).start(() -> {
        Map<String, long[]> mine = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        while (System.nanoTime() < end) {
          Query q = mix.get(rnd.nextInt(mix.size()));
          HttpRequest req = HttpRequest.newBuilder(URI.create(base + q.path())).timeout(Duration.ofSeconds(30)).GET().build();
          long s = System.nanoTime();
          try {
            HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (res.statusCode() != 200) fail(result, q.path() + " -> " + res.statusCode() + " " + new String(res.body(), StandardCharsets.UTF_8));
          } catch (IOException e) {
            fail(result, q.path() + " -> " + e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          long took = System.nanoTime() - s;
          result.requests.incrementAndGet();
          int n = counts.merge(q.kind(), 1, Integer::sum);
          long[] arr = mine.computeIfAbsent(q.kind(), k -> new long[1024]);
          if (n > arr.length) mine.put(q.kind(), arr = Arrays.copyOf(arr, arr.length * 2));
          arr[n - 1] = took;
        }
        mine.forEach((k, v) -> result.latencies.computeIfAbsent(k, x -> new CopyOnWriteArrayList<>()).add(Arrays.copyOf(v, counts.get(k))));
      }));
    }
    for (Thread t : threads) t.join();
    result.millis = ms(t0);
    result.cpuMillis = (cpu() - cpu0) / 1_000_000;
    http.close();
    return result;
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static void fail(Result r, String what) {
    if (r.failures.incrementAndGet() <= 5) r.failureSamples.add(what.length() > 300 ? what.substring(0, 300) : what);
  }

  private static void delete(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
