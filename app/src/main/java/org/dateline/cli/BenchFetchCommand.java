package org.dateline.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The fetching benchmark: invented outlets, each its own host on a loopback address (127.0.0.1, .2, ...), serve
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

  /** One request a host saw: when it arrived, when its answer was sent, and whether that was a 304. */
  record Hit(String path, long arrived, long answered, boolean notModified) {}

  @Override
  public Integer call() throws Exception {
    Path work = dir != null ? dir : Files.createTempDirectory("dateline-bench-fetch");
    Files.createDirectories(work);
    Corpus corpus = new Corpus(new Random(seed));
    List<Site> sites = new ArrayList<>();
    Path pages = work.resolve("pages");
    try {
      for (int k = 0; k < outlets; k++) {
        Site s = new Site(InetAddress.getByName("127.0.0." + (k + 1)), corpus.outlet(k));
        for (int i = 0; i < perFeed; i++) s.add(corpus.article(s.outlet, k * perFeed + i));
        s.start(k % 3);
        sites.add(s);
        Path d = pages.resolve("outlet-" + k);
        Files.createDirectories(d);
        for (var e : s.articles.entrySet()) Files.writeString(d.resolve(e.getKey().substring(e.getKey().lastIndexOf('/') + 1)), e.getValue());
      }
      Path feeds = work.resolve("feeds.txt");
      StringBuilder fl = new StringBuilder("# bench-fetch: one invented outlet per loopback host\n");
      for (Site s : sites) fl.append(s.base()).append("/feed.xml\n");
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
      for (Site s : sites) {
        List<Hit> hits = new ArrayList<>(s.hits);
        hits.sort(Comparator.comparingLong(Hit::arrived));
        // poll 2 starts at the second request for the feed
        int feedSeen = 0;
        for (int i = 0; i < hits.size(); i++) {
          Hit h = hits.get(i);
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
      sites.forEach(Site::stop);
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

  /** One outlet's site on its own loopback address: robots.txt, a feed, its articles; ETags for conditional GETs. */
  static final class Site {
    final InetAddress address;
    final String outlet;
    final Map<String, String> articles = new LinkedHashMap<>();
    final List<Hit> hits = Collections.synchronizedList(new ArrayList<>());
    final List<String[]> items = new ArrayList<>();
    private final Map<String, byte[]> bodies = new LinkedHashMap<>();
    private final Map<String, String> types = new LinkedHashMap<>();
    private HttpServer server;

    Site(InetAddress address, String outlet) {
      this.address = address;
      this.outlet = outlet;
    }

    String base() {
      return "http://" + address.getHostAddress() + ":" + server.getAddress().getPort();
    }

    void add(Corpus.Article a) {
      articles.put(a.path(), a.html());
      items.add(new String[] {a.path(), a.headline(), a.listed()});
    }

    void start(int format) throws IOException {
      server = HttpServer.create(new InetSocketAddress(address, 0), 64);
      server.setExecutor(Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "bench-site");
        t.setDaemon(true);
        return t;
      }));
      put("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
      articles.forEach((path, html) -> put(path, "text/html; charset=utf-8", html));
      String base = base();
      put("/feed.xml", switch (format) {
        case 0 -> "application/rss+xml";
        case 1 -> "application/atom+xml";
        default -> "application/rdf+xml";
      }, Corpus.feed(format, outlet, base, items));
      server.createContext("/", this::handle);
      server.start();
    }

    private void put(String path, String type, String body) {
      bodies.put(path, body.getBytes(StandardCharsets.UTF_8));
      types.put(path, type);
    }

    private void handle(HttpExchange x) throws IOException {
      long arrived = System.nanoTime();
      String path = x.getRequestURI().getRawPath();
      byte[] body = bodies.get(path);
      boolean notModified = false;
      long answered = 0;
      try (x) {
        if (body == null) {
          x.sendResponseHeaders(404, -1);
        } else {
          String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
          x.getResponseHeaders().add("ETag", etag);
          if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified = true;
            x.sendResponseHeaders(304, -1);
          } else {
            x.getResponseHeaders().add("Content-Type", types.get(path));
            x.sendResponseHeaders(200, body.length);
            try (OutputStream out = x.getResponseBody()) {
              out.write(body);
              // stamped once the bytes are on their way, not after the exchange is torn down
              out.flush();
              answered = System.nanoTime();
            }
          }
        }
      } finally {
        hits.add(new Hit(path, arrived, answered != 0 ? answered : System.nanoTime(), notModified));
      }
    }

    void stop() {
      if (server != null) server.stop(0);
    }
  }

  /**
   * Invented news: outlets, people, places and events made up here, in plain English sentences so the NLP works as it
   * does on real copy. Deterministic for a seed.
   */
  static final class Corpus {
    private static final String[] FIRST = {"Ansel", "Ida", "Tomas", "Lena", "Pia", "Jonas", "Mara", "Oskar", "Vera", "Emil",
        "Sanne", "Karl", "Nadia", "Petra", "Rune", "Elin", "Hugo", "Greta", "Milo", "Agnes"};
    private static final String[] LAST = {"Brandt", "Vesk", "Lerch", "Marsh", "Lund", "Feld", "Holt", "Narvik", "Sorel", "Dahl",
        "Kessler", "Orban", "Wray", "Falk", "Moss", "Tarrant", "Ilves", "Roan", "Haldor", "Quist"};
    private static final String[] PLACES = {"LINNHOLM", "OSTERBY", "VARN", "KORVEN", "BRASEL", "TALLMOOR", "ESKVIK", "DUNMERE",
        "HOLLISBURG", "MARROWAY"};
    private static final String[] ROLES = {"the transport minister", "the harbour master", "a union leader", "the mayor",
        "the chief negotiator", "a spokeswoman for the ministry", "the head of the port authority", "an opposition lawmaker"};
    private static final String[] TOPICS = {"the Karsa dam dispute", "the ferry strike", "the harbour expansion", "the grain export deal",
        "the border crossing talks", "the rail tunnel budget", "the fishing quota row", "the coastal flood defences"};
    private static final String[] OUTLETS = {"Harbour Ledger", "Northmark Courier", "Valdoria Post", "Eskvik Herald", "Tallmoor Gazette",
        "Coastline Wire", "Dunmere Daily", "Korven Observer", "Marroway Times", "Brasel Chronicle", "Linnholm Record", "Osterby Sentinel"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final DateTimeFormatter RFC = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx", Locale.ENGLISH);

    private final Random rnd;

    record Article(String path, String headline, String html, String listed) {}

    Corpus(Random rnd) {
      this.rnd = rnd;
    }

    String outlet(int k) {
      return OUTLETS[k % OUTLETS.length] + (k < OUTLETS.length ? "" : " " + (k / OUTLETS.length + 1));
    }

    private String pick(String[] a) {
      return a[rnd.nextInt(a.length)];
    }

    private String person() {
      return pick(FIRST) + " " + pick(LAST);
    }

    Article article(String outlet, int n) {
      LocalDate day = LocalDate.of(2026, 1, 5).plusDays(n % 60);
      String weekday = WEEKDAYS[day.getDayOfWeek().getValue() - 1];
      String topic = pick(TOPICS), place = pick(PLACES);
      String a = person(), b = person(), c = person();
      String roleA = pick(ROLES), roleB = pick(ROLES);
      String headline = cap(topic.substring(4)) + ": " + a.split(" ")[1] + " says talks will go on";
      List<String> ps = new ArrayList<>();
      ps.add(place + ", " + day.format(DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH)) + " (" + outlet + ") -- Officials met again on "
          + weekday + " over " + topic + ", a week after the last round ended without a deal, and both sides said they expected a long night.");
      ps.add("\"We have come back to the table because the people of " + cap(place.toLowerCase(Locale.ROOT)) + " cannot wait much longer,\" said "
          + a + ", " + roleA + ", as she arrived at the council building.");
      ps.add(b + ", " + roleB + ", told reporters that the proposal on offer would cost about " + (20 + rnd.nextInt(400))
          + " million crowns over " + (2 + rnd.nextInt(8)) + " years and that the government had not yet agreed to it.");
      ps.add("The talks began in " + (2019 + rnd.nextInt(6)) + " and have broken down " + (2 + rnd.nextInt(5))
          + " times since then. Local businesses say the delay has already cost them customers and some have closed for good.");
      ps.add("\"Nobody here wants another winter like the last one,\" " + c + " said. \"We are asking for a timetable, not a miracle.\"");
      ps.add(a.split(" ")[1] + " said a new round would start on " + WEEKDAYS[(day.getDayOfWeek().getValue() + 1) % 7]
          + " if the committee approved the plan, and that she would report to parliament by the end of the month.");
      ps.add("Observers said the outcome would shape the wider debate over " + pick(TOPICS) + ", which is due before the regional assembly in the spring.");
      String slug = "/news/" + day.toString().replace('-', '/') + "/story-" + n + ".html";
      boolean meta = n % 2 == 0;
      int hour = 6 + rnd.nextInt(14);
      String offset = n % 3 == 0 ? "+01:00" : n % 3 == 1 ? "-05:00" : "Z";
      String stamp = day + "T%02d:%02d:00".formatted(hour, rnd.nextInt(60)) + offset;
      StringBuilder h = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>").append(headline).append(" | ")
          .append(outlet).append("</title><meta property=\"og:site_name\" content=\"").append(outlet).append("\">");
      if (meta) h.append("<meta property=\"article:published_time\" content=\"").append(stamp).append("\">");
      h.append("</head><body><nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a> | <a href=\"/business\">Business</a> | <a href=\"/sport\">Sport</a></nav>")
          .append("<article><h1>").append(headline).append("</h1><p class=\"byline\">By ").append(person()).append("</p>");
      for (String p : ps) h.append("<p>").append(p).append("</p>");
      h.append("</article><aside><h3>Most read</h3><ul><li><a href=\"/a\">Weather warning for the coast</a></li><li><a href=\"/b\">Cup final tickets on sale</a></li></ul></aside>")
          .append("<footer>Copyright ").append(outlet).append(". All rights reserved.</footer></body></html>");
      return new Article(slug, headline, h.toString(), stamp);
    }

    static String feed(int format, String outlet, String base, List<String[]> items) {
      StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      switch (format) {
        case 0 -> {
          b.append("<rss version=\"2.0\"><channel><title>").append(outlet).append("</title><link>").append(base).append("/</link><description>News</description>\n");
          for (String[] i : items) b.append("<item><title>").append(esc(i[1])).append("</title><link>").append(i[0])
              .append("</link><pubDate>").append(java.time.OffsetDateTime.parse(i[2]).format(RFC)).append("</pubDate></item>\n");
          b.append("</channel></rss>\n");
        }
        case 1 -> {
          b.append("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>").append(outlet).append("</title><id>").append(base)
              .append("/</id><updated>2026-03-06T00:00:00Z</updated>\n");
          for (String[] i : items) b.append("<entry><title>").append(esc(i[1])).append("</title><link href=\"").append(base).append(i[0])
              .append("\"/><id>").append(base).append(i[0]).append("</id><published>").append(i[2]).append("</published><updated>")
              .append(i[2]).append("</updated></entry>\n");
          b.append("</feed>\n");
        }
        default -> {
          b.append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">")
              .append("<channel rdf:about=\"").append(base).append("/feed.xml\"><title>").append(outlet).append("</title><link>").append(base)
              .append("/</link><description>News</description><items><rdf:Seq>");
          for (String[] i : items) b.append("<rdf:li rdf:resource=\"").append(base).append(i[0]).append("\"/>");
          b.append("</rdf:Seq></items></channel>\n");
          for (String[] i : items) b.append("<item rdf:about=\"").append(base).append(i[0]).append("\"><title>").append(esc(i[1]))
              .append("</title><link>").append(base).append(i[0]).append("</link><dc:date>").append(i[2]).append("</dc:date></item>\n");
          b.append("</rdf:RDF>\n");
        }
      }
      return b.toString();
    }

    private static String esc(String s) {
      return s.replace("&", "&amp;").replace("<", "&lt;");
    }

    private static String cap(String s) {
      return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
  }
}
