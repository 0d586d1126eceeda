package org.dateline.fetch;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An invented outlet's web site on a real local HTTP server (the JDK's), for fetch tests: articles with ETags, feeds
 * in RSS 2.0, RSS 1.0 and Atom, a news sitemap, robots.txt with a disallowed path, redirects, a 404, a 500, a slow
 * and an oversized response, a bad feed and a page whose text can be changed between two fetches. Every request is
 * logged with its path, the time it arrived and whether it was answered 304. Nothing here is real news.
 */
public final class NewsSite implements AutoCloseable {
  /** One request as the server saw it. */
  public record Hit(String path, long nanos, boolean notModified, String userAgent) {}

  private final HttpServer server;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final List<Hit> hits = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger version = new AtomicInteger();

  /** A response: status, content type, body, extra headers; {@code delayMillis} before the headers are sent. */
  public record Page(int status, String type, byte[] body, Map<String, String> headers, long delayMillis) {
    public static Page html(String body) {
      return new Page(200, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), Map.of(), 0);
    }

    public static Page of(String type, String body) {
      return new Page(200, type, body.getBytes(StandardCharsets.UTF_8), Map.of(), 0);
    }
  }

  public NewsSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "news-site");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::handle);
    server.start();
  }

  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public String url(String path) {
    return base() + path;
  }

  public NewsSite put(String path, Page page) {
    pages.put(path, page);
    return this;
  }

  public NewsSite html(String path, String body) {
    return put(path, Page.html(body));
  }

  public List<Hit> hits() {
    synchronized (hits) {
      return List.copyOf(hits);
    }
  }

  public long hitsOn(String path) {
    return hits().stream().filter(h -> h.path().equals(path)).count();
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getRawPath() + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery());
    long t = System.nanoTime();
    Page p = pages.get(path);
    try (x) {
      if (p == null) {
        hits.add(new Hit(path, t, false, x.getRequestHeaders().getFirst("User-Agent")));
        send(x, new Page(404, "text/html", "<html><body><h1>Not found</h1></body></html>".getBytes(StandardCharsets.UTF_8), Map.of(), 0));
        return;
      }
      String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(p.body())) + "\"";
      boolean fresh = p.status() == 200 && etag.equals(x.getRequestHeaders().getFirst("If-None-Match"));
      hits.add(new Hit(path, t, fresh, x.getRequestHeaders().getFirst("User-Agent")));
      if (p.delayMillis() > 0) {
        try {
          Thread.sleep(p.delayMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (fresh) {
        x.getResponseHeaders().add("ETag", etag);
        x.sendResponseHeaders(304, -1);
        return;
      }
      if (p.status() == 200) {
        x.getResponseHeaders().add("ETag", etag);
        x.getResponseHeaders().add("Last-Modified", "Tue, 10 Feb 2026 12:00:00 GMT");
      }
      send(x, p);
    } catch (IOException e) {
      // the client hung up (a timeout, a size limit): nothing to answer
    }
  }

  private static void send(HttpExchange x, Page p) throws IOException {
    if (p.type() != null) x.getResponseHeaders().add("Content-Type", p.type());
    p.headers().forEach((k, v) -> x.getResponseHeaders().add(k, v));
    boolean noBody = p.status() == 304 || (p.status() >= 300 && p.status() < 400 && p.body().length == 0);
    x.sendResponseHeaders(p.status(), noBody ? -1 : p.body().length);
    if (!noBody) try (OutputStream out = x.getResponseBody()) {
      out.write(p.body());
    }
  }

  public static Page redirect(int status, String location) {
    return new Page(status, null, new byte[0], Map.of("Location", location), 0);
  }

  public static Page status(int status) {
    return new Page(status, "text/html", ("<html><body><h1>Error " + status + "</h1></body></html>").getBytes(StandardCharsets.UTF_8), Map.of(), 0);
  }

  /** An article page of the invented Harbour Ledger; {@code meta} goes into the head. */
  public static String article(String headline, String dateline, String byline, String meta, String... paragraphs) {
    StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
        .append(headline).append(" | Harbour Ledger</title><meta property=\"og:site_name\" content=\"Harbour Ledger\">")
        .append(meta).append("</head><body><nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a> | <a href=\"/business\">Business</a></nav>")
        .append("<article><h1>").append(headline).append("</h1><p class=\"byline\">By ").append(byline).append("</p>");
    for (int i = 0; i < paragraphs.length; i++)
      b.append("<p>").append(i == 0 && dateline != null ? dateline + " -- " : "").append(paragraphs[i]).append("</p>");
    return b.append("</article><footer>Copyright Harbour Ledger. All rights reserved.</footer></body></html>").toString();
  }

  /** An RSS 2.0 feed of the given items: {link, title, pubDate or null}. */
  public static String rss(String... itemTriples) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Harbour Ledger</title>"
        + "<link>http://ledger.invalid/</link><description>News</description>\n");
    for (int i = 0; i < itemTriples.length; i += 3) {
      b.append("<item><title>").append(itemTriples[i + 1]).append("</title><link>").append(itemTriples[i]).append("</link>");
      if (itemTriples[i + 2] != null) b.append("<pubDate>").append(itemTriples[i + 2]).append("</pubDate>");
      b.append("</item>\n");
    }
    return b.append("</channel></rss>\n").toString();
  }

  /** An Atom feed of the given entries: {link, title, published or null}. */
  public static String atom(String... entryTriples) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>Harbour Ledger</title><id>urn:uuid:6f1d2a52-1111-4c4e-9a55-2f0a4d0e7a10</id><updated>2026-02-11T09:00:00Z</updated>\n");
    int n = 0;
    for (int i = 0; i < entryTriples.length; i += 3) {
      b.append("<entry><title>").append(entryTriples[i + 1]).append("</title><link href=\"").append(entryTriples[i])
          .append("\"/><id>urn:uuid:6f1d2a52-2222-4c4e-9a55-2f0a4d0e7a").append(String.format("%02d", n++)).append("</id>");
      if (entryTriples[i + 2] != null) b.append("<published>").append(entryTriples[i + 2]).append("</published>");
      b.append("<updated>2026-02-12T10:00:00Z</updated></entry>\n");
    }
    return b.append("</feed>\n").toString();
  }

  /** An RSS 1.0 (RDF) feed of the given items: {link, title, dc:date or null}. */
  public static String rdf(String... itemTriples) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
        + "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<channel rdf:about=\"http://ledger.invalid/rdf\"><title>Harbour Ledger</title><link>http://ledger.invalid/</link><description>News</description>"
        + "<items><rdf:Seq>");
    for (int i = 0; i < itemTriples.length; i += 3) b.append("<rdf:li rdf:resource=\"").append(itemTriples[i]).append("\"/>");
    b.append("</rdf:Seq></items></channel>\n");
    for (int i = 0; i < itemTriples.length; i += 3) {
      b.append("<item rdf:about=\"").append(itemTriples[i]).append("\"><title>").append(itemTriples[i + 1]).append("</title><link>")
          .append(itemTriples[i]).append("</link>");
      if (itemTriples[i + 2] != null) b.append("<dc:date>").append(itemTriples[i + 2]).append("</dc:date>");
      b.append("</item>\n");
    }
    return b.append("</rdf:RDF>\n").toString();
  }

  /** A news sitemap of the given pages: {loc, title, publication_date}. */
  public static String newsSitemap(String... triples) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
        + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
    for (int i = 0; i < triples.length; i += 3)
      b.append("<url><loc>").append(triples[i]).append("</loc><news:news><news:publication><news:name>Harbour Ledger</news:name>"
          + "<news:language>en</news:language></news:publication><news:publication_date>").append(triples[i + 2])
          .append("</news:publication_date><news:title>").append(triples[i + 1]).append("</news:title></news:news></url>\n");
    return b.append("</urlset>\n").toString();
  }

  public static Map<String, String> headers(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
    return m;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
