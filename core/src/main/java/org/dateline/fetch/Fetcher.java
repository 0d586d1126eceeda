package org.dateline.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.netpreserve.jwarc.MediaType;

/**
 * Fetches URLs politely and safely, one request at a time: robots.txt obeyed (per site, kept for an hour), at least
 * the configured delay (or the site's Crawl-delay, when longer) between the end of one response and the next request
 * to the same host, a User-Agent naming Dateline and its operator's contact, conditional GETs from the validators
 * of the last fetch, redirects followed by hand (each hop checked again) up to a limit, a timeout on connecting and on
 * each whole response, a size limit per body, http/https only and no internal addresses unless allowed. Every
 * response, with its request, goes into the archive before it is used. Not thread-safe.
 */
public final class Fetcher implements Closeable {
  private static final long ROBOTS_TTL_NANOS = TimeUnit.HOURS.toNanos(1);
  private static final String ACCEPT =
      "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/rdf+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";

  private final FetchSettings settings;
  private final Archive archive;
  private final Validators validators;
  private final Clock clock;
  private final HttpClient client;
  private final ScheduledExecutorService watchdog;
  private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
  private final Map<String, Robots> robots = new HashMap<>();
  private final Map<String, Long> lastEnd = new HashMap<>();
  private final Map<String, Long> hostDelay = new HashMap<>();
  private final Stats stats = new Stats();

  private record Robots(BaseRobotRules rules, long until, String problem) {}

  /** Counts over the fetcher's life, for summaries and the benchmark. */
  public static final class Stats {
    long requests, notModified, bytes, waitedNanos, exchangeNanos, minIdleNanos = Long.MAX_VALUE;

    /** HTTP requests sent (robots.txt and redirects included). */
    public long requests() {
      return requests;
    }

    /** Conditional GETs answered 304. */
    public long notModified() {
      return notModified;
    }

    public long bytes() {
      return bytes;
    }

    /** Time spent waiting for a host's delay to pass. */
    public long waitedMillis() {
      return waitedNanos / 1_000_000;
    }

    /** Time spent in requests and responses (and archiving them). */
    public long exchangeMillis() {
      return exchangeNanos / 1_000_000;
    }

    /** The shortest time seen between the end of a response and the next request to the same host; -1 when none. */
    public long minIdleMillis() {
      return minIdleNanos == Long.MAX_VALUE ? -1 : minIdleNanos / 1_000_000;
    }
  }

  public Fetcher(FetchSettings settings, Archive archive, Validators validators, Clock clock) {
    this.settings = settings;
    this.archive = archive;
    this.validators = validators;
    this.clock = clock;
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(settings.timeout()).build();
    this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "dateline-fetch-timeout");
      t.setDaemon(true);
      return t;
    });
  }

  public FetchSettings settings() {
    return settings;
  }

  public Archive archive() {
    return archive;
  }

  public Stats stats() {
    return stats;
  }

  /** Fetches {@code uri}, conditionally when it was fetched before; a 200 leaves its validators for next time. */
  public Fetch get(URI uri) {
    Fetch f = follow(uri, true, validators.get(uri.toString()));
    if (f instanceof Fetch.Ok ok && (ok.etag() != null || ok.lastModified() != null))
      validators.put(uri.toString(), new Validators.Conditional(ok.etag(), ok.lastModified()));
    return f;
  }

  private Fetch follow(URI start, boolean obeyRobots, Validators.Conditional conditional) {
    URI current = start;
    for (int hop = 0; ; hop++) {
      String refused = AddressGuard.refusal(current, settings.allowPrivate());
      if (refused != null) return new Fetch.Failed(start, Fetch.Problem.REFUSED, hop == 0 ? refused : "redirected to " + current + ": " + refused);
      if (obeyRobots) {
        Robots r = robotsFor(current);
        if (r.problem() != null) return new Fetch.Failed(start, Fetch.Problem.SERVER_ERROR, r.problem());
        if (!r.rules().isAllowed(current.toString()))
          return new Fetch.Failed(start, Fetch.Problem.ROBOTS, hop == 0 ? "robots.txt disallows it" : "robots.txt disallows " + current + " (redirected to)");
      }
      Exchange x;
      try {
        x = exchange(current, hop == 0 ? conditional : null);
      } catch (ArchiveFailure e) {
        return new Fetch.Failed(start, Fetch.Problem.ARCHIVE, "cannot write to the archive: " + describe((IOException) e.getCause()));
      } catch (Timeout e) {
        return new Fetch.Failed(start, Fetch.Problem.TIMEOUT, "timed out after " + settings.timeout().toSeconds() + " s" + (hop == 0 ? "" : " at " + current));
      } catch (IOException e) {
        return new Fetch.Failed(start, Fetch.Problem.NETWORK, "cannot connect: " + describe(e));
      }
      int status = x.response().statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        var location = x.response().headers().firstValue("Location");
        if (location.isEmpty()) return new Fetch.Failed(start, Fetch.Problem.CLIENT_ERROR, status + " redirect without a Location");
        if (hop >= settings.maxRedirects())
          return new Fetch.Failed(start, Fetch.Problem.TOO_MANY_REDIRECTS, "more than " + settings.maxRedirects() + " redirects");
        try {
          current = current.resolve(location.get().strip());
        } catch (IllegalArgumentException e) {
          return new Fetch.Failed(start, Fetch.Problem.CLIENT_ERROR, "redirect to a bad URL '" + location.get() + "'");
        }
        continue;
      }
      if (status == 304) {
        stats.notModified++;
        return new Fetch.NotModified(start);
      }
      String phrase = status + Reasons.phrase(status);
      if (status == 404 || status == 410) return new Fetch.Failed(start, Fetch.Problem.NOT_FOUND, phrase);
      if (status >= 500) return new Fetch.Failed(start, Fetch.Problem.SERVER_ERROR, phrase);
      if (status != 200) return new Fetch.Failed(start, Fetch.Problem.CLIENT_ERROR, phrase);
      if (x.truncated())
        return new Fetch.Failed(start, Fetch.Problem.TOO_LARGE, "response is over the limit of %,d bytes (--max-bytes)".formatted(settings.maxBytes()));
      HttpHeaders h = x.response().headers();
      return new Fetch.Ok(start, current, h.firstValue("Content-Type").orElse(null), x.body(), x.captured(),
          h.firstValue("Date").orElse(null), h.firstValue("ETag").orElse(null), h.firstValue("Last-Modified").orElse(null),
          x.archived());
    }
  }

  private Robots robotsFor(URI uri) {
    String site = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
        + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    Robots cached = robots.get(site);
    if (cached != null && cached.until() - System.nanoTime() > 0) return cached;
    URI robotsUri = URI.create(site + "/robots.txt");
    Fetch f = follow(robotsUri, false, null);
    BaseRobotRules rules;
    String problem = null;
    switch (f) {
      case Fetch.Ok ok -> rules = robotsParser.parseContent(robotsUri.toString(), ok.body(),
          ok.contentType() == null ? "text/plain" : ok.contentType(), List.of(FetchSettings.AGENT.toLowerCase(Locale.ROOT)));
      // no robots.txt (4xx) allows everything
      case Fetch.Failed x when x.problem() == Fetch.Problem.NOT_FOUND || x.problem() == Fetch.Problem.CLIENT_ERROR
          || x.problem() == Fetch.Problem.TOO_MANY_REDIRECTS -> rules = robotsParser.failedFetch(404);
      // a site whose robots.txt cannot be read (5xx, timeout) may not want visits now: come back later (RFC 9309)
      default -> {
        rules = robotsParser.failedFetch(503);
        problem = "robots.txt could not be read (" + (f instanceof Fetch.Failed x ? x.reason() : "not modified") + "): visits deferred";
      }
    }
    long delay = settings.delay().toMillis();
    if (rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY && rules.getCrawlDelay() > delay) delay = rules.getCrawlDelay();
    hostDelay.put(uri.getHost().toLowerCase(Locale.ROOT), delay);
    Robots r = new Robots(rules, System.nanoTime() + ROBOTS_TTL_NANOS, problem);
    robots.put(site, r);
    return r;
  }

  private record Exchange(HttpResponse<InputStream> response, byte[] body, boolean truncated, Instant captured,
      Archive.Archived archived) {}

  private static final class ArchiveFailure extends RuntimeException {
    ArchiveFailure(IOException e) {
      super(e);
    }
  }

  private static final class Timeout extends IOException {
    Timeout() {
      super("timed out");
    }
  }

  /** One request and its response, paced, size-limited, timed out and archived. */
  private Exchange exchange(URI uri, Validators.Conditional conditional) throws IOException {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    pace(host);
    long t0 = System.nanoTime();
    try {
      HttpRequest.Builder rb = HttpRequest.newBuilder(uri).GET().timeout(settings.timeout())
          .header("User-Agent", settings.userAgent()).header("Accept", ACCEPT)
          // the body is used and archived as sent: no compression to undo on one side and not the other
          .header("Accept-Encoding", "identity");
      if (conditional != null && conditional.etag() != null) rb.header("If-None-Match", conditional.etag());
      if (conditional != null && conditional.lastModified() != null) rb.header("If-Modified-Since", conditional.lastModified());
      HttpRequest request = rb.build();
      stats.requests++;
      HttpResponse<InputStream> response;
      try {
        response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpTimeoutException e) {
        throw new Timeout();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      Instant captured = clock.instant().truncatedTo(ChronoUnit.SECONDS);
      long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      byte[] body;
      boolean truncated;
      AtomicBoolean timedOut = new AtomicBoolean();
      long left = Math.max(1, settings.timeout().toNanos() - (System.nanoTime() - t0));
      try (InputStream in = response.body()) {
        // the request timeout covers the headers only: a body that trickles in is cut off at the same deadline
        ScheduledFuture<?> kill = watchdog.schedule(() -> {
          timedOut.set(true);
          try {
            in.close();
          } catch (IOException ignored) {
            // closing is all the watchdog can do
          }
        }, left, TimeUnit.NANOSECONDS);
        try {
          if (declared > settings.maxBytes()) {
            body = new byte[0];
            truncated = true;
          } else {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
            truncated = body.length > settings.maxBytes();
            if (truncated) body = Arrays.copyOf(body, (int) settings.maxBytes());
          }
        } catch (IOException e) {
          if (timedOut.get()) throw new Timeout();
          throw e;
        } finally {
          kill.cancel(false);
        }
      }
      if (timedOut.get()) throw new Timeout();
      stats.bytes += body.length;
      Archive.Archived archived;
      try {
        archived = archive.write(uri, captured, Reasons.archivedRequest(request, uri), Reasons.archivedResponse(response, body), truncated);
      } catch (IOException e) {
        throw new ArchiveFailure(e);
      }
      return new Exchange(response, body, truncated, captured, archived);
    } catch (ConnectException e) {
      throw new IOException("connection refused by " + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()), e);
    } finally {
      long end = System.nanoTime();
      stats.exchangeNanos += end - t0;
      lastEnd.put(host, end);
    }
  }

  /** Waits until the host's delay has passed since its last response ended. */
  private void pace(String host) {
    Long end = lastEnd.get(host);
    if (end == null) return;
    long delay = TimeUnit.MILLISECONDS.toNanos(hostDelay.getOrDefault(host, settings.delay().toMillis()));
    long wait = end + delay - System.nanoTime();
    if (wait > 0) {
      long w0 = System.nanoTime();
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UncheckedIOException(new IOException("interrupted while waiting for " + host));
      }
      stats.waitedNanos += System.nanoTime() - w0;
    }
    stats.minIdleNanos = Math.min(stats.minIdleNanos, System.nanoTime() - end);
  }

  /** Whether the media type is an HTML page, as the WARC reader decides it ({@link org.dateline.read.Inputs}). */
  static boolean isHtml(String contentType) {
    MediaType t = Archive.type(contentType);
    return t.base().equals(MediaType.HTML) || t.subtype().equals("xhtml+xml");
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** Closes the connections and the archive's current file. */
  @Override
  public void close() {
    watchdog.shutdownNow();
    client.close();
    archive.close();
  }
}
