package org.dateline.eval;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/** One outlet's site on its own loopback address: robots.txt, a feed, its articles; ETags for conditional GETs. */
public final class FeedSite {
  /** One request a host saw: when it arrived, when its answer was sent, and whether that was a 304. */
  public record Hit(String path, long arrived, long answered, boolean notModified) {}

  public final InetAddress address;
  public final String outlet;
  public final Map<String, String> articles = new LinkedHashMap<>();
  public final List<Hit> hits = Collections.synchronizedList(new ArrayList<>());
  public final List<String[]> items = new ArrayList<>();
  private final Map<String, byte[]> bodies = new LinkedHashMap<>();
  private final Map<String, String> types = new LinkedHashMap<>();
  private HttpServer server;

  public FeedSite(InetAddress address, String outlet) {
    this.address = address;
    this.outlet = outlet;
  }

  public String base() {
    return "http://" + address.getHostAddress() + ":" + server.getAddress().getPort();
  }

  public void add(FeedCorpus.Article a) {
    articles.put(a.path(), a.html());
    items.add(new String[] {a.path(), a.headline(), a.listed()});
  }

  public void start(int format) throws IOException {
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
    }, FeedCorpus.feed(format, outlet, base, items));
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

  public void stop() {
    if (server != null) server.stop(0);
  }
}
