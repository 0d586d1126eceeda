package org.dateline.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dateline.read.Inputs;
import org.dateline.read.RawPage;
import org.dateline.read.ReadResult;

/**
 * Turns URLs into pages for the pipeline: a page is read as it is, a feed or sitemap gives the pages it lists (each
 * fetched once however many listings name it, hosts taken in turn so one host's delay does not hold up the others),
 * a sitemap index the sitemaps it names. Every failure becomes a {@link ReadResult.Failure} naming the URL and the
 * reason; the crawl goes on. A fetched page is named by its URL (after redirects), as the record's source, and
 * remembers where it was archived.
 */
public final class Crawl {
  /** How deep sitemap indexes are followed (an index of indexes of sitemaps). */
  private static final int SITEMAP_DEPTH = 3;

  private final Fetcher fetcher;
  private final Events events;
  private final Set<URI> seen = new HashSet<>();
  private final Map<String, String> archived = new HashMap<>();

  /** What a crawl tells besides pages and failures. */
  public interface Events {
    /** A listing was read: its format and how many pages it lists. */
    default void listed(URI listing, String format, int pages) {}

    /** A conditional GET found the page or listing unchanged since the last fetch. */
    default void unchanged(URI url) {}
  }

  /** A listed page waiting to be fetched, with the listing that named it. */
  public record Queued(Listing listing, URI listedIn) {}

  /** What reading one listing gave, for the watcher. */
  public sealed interface Listed {
    record Pages(String format, List<Listing> pages) implements Listed {}

    record Unchanged() implements Listed {}

    record Failed(String reason, boolean isTransient) implements Listed {}
  }

  public Crawl(Fetcher fetcher, Events events) {
    this.fetcher = fetcher;
    this.events = events;
  }

  /** Where the page with this source was archived ("file#record-id"), or null. */
  public String archivedAs(String source) {
    return archived.get(source);
  }

  /** Fetches each URL, and every page the feeds and sitemaps among them list, handing pages and failures to {@code sink}. */
  public void fetch(List<String> urls, Consumer<ReadResult> sink) {
    List<Queued> queue = new ArrayList<>();
    for (String u : urls) {
      URI uri = parse(u, sink);
      if (uri == null || !seen.add(uri)) continue;
      start(uri, 0, queue, sink);
    }
    for (Queued q : byHostInTurn(queue)) page(q, sink);
  }

  private void start(URI uri, int depth, List<Queued> queue, Consumer<ReadResult> sink) {
    switch (fetcher.get(uri)) {
      case Fetch.Failed f -> sink.accept(new ReadResult.Failure(uri.toString(), f.reason()));
      case Fetch.NotModified n -> events.unchanged(uri);
      case Fetch.Ok ok -> {
        switch (Listings.kindOf(ok.body())) {
          case PAGE -> sink.accept(toPage(ok, null, null));
          case FEED, SITEMAP -> {
            Listings.Parsed p;
            try {
              p = parse(ok);
            } catch (Listings.BadListing e) {
              sink.accept(new ReadResult.Failure(uri.toString(), e.getMessage()));
              return;
            }
            events.listed(uri, p.format(), p.pages().size() + p.sitemaps().size());
            for (Listing l : p.pages()) if (seen.add(l.url())) queue.add(new Queued(l, uri));
            for (URI s : p.sitemaps()) {
              if (depth >= SITEMAP_DEPTH) {
                sink.accept(new ReadResult.Failure(s.toString(), "sitemap index nested more than " + SITEMAP_DEPTH + " deep"));
              } else if (seen.add(s)) {
                start(s, depth + 1, queue, sink);
              }
            }
          }
        }
      }
    }
  }

  /** Reads a feed or sitemap for the watcher: its pages, "unchanged" (304), or why it failed. */
  public Listed list(URI listing) {
    return switch (fetcher.get(listing)) {
      case Fetch.Failed f -> new Listed.Failed(f.reason(), f.problem().isTransient());
      case Fetch.NotModified n -> new Listed.Unchanged();
      case Fetch.Ok ok -> {
        if (Listings.kindOf(ok.body()) == Listings.Kind.PAGE)
          yield new Listed.Failed("not a feed or sitemap (Content-Type: " + ok.contentType() + ")", false);
        try {
          Listings.Parsed p = parse(ok);
          List<Listing> pages = new ArrayList<>(p.pages());
          // a sitemap index read by the watcher: its sitemaps' pages, one level down
          for (URI s : p.sitemaps()) if (list(s) instanceof Listed.Pages sub) pages.addAll(sub.pages());
          events.listed(listing, p.format(), pages.size());
          yield new Listed.Pages(p.format(), pages);
        } catch (Listings.BadListing e) {
          yield new Listed.Failed(e.getMessage(), false);
        }
      }
    };
  }

  /**
   * Fetches one listed page; the page or failure goes to {@code sink}. Returns what the fetch gave, so the watcher can
   * tell a failure worth retrying from one that is final.
   */
  public Fetch page(Queued q, Consumer<ReadResult> sink) {
    URI url = q.listing().url();
    Fetch f = fetcher.get(url);
    switch (f) {
      case Fetch.Failed x -> sink.accept(new ReadResult.Failure(url.toString(), x.reason()));
      case Fetch.NotModified n -> events.unchanged(url);
      case Fetch.Ok ok -> {
        ReadResult r = toPage(ok, q.listing().date(), q.listedIn());
        sink.accept(r);
        if (r instanceof ReadResult.Failure x && x.reason().startsWith("not HTML"))
          return new Fetch.Failed(url, Fetch.Problem.NOT_HTML, x.reason());
      }
    }
    return f;
  }

  private static Listings.Parsed parse(Fetch.Ok ok) throws Listings.BadListing {
    return Listings.kindOf(ok.body()) == Listings.Kind.SITEMAP ? Listings.sitemap(ok.url(), ok.body(), ok.contentType())
        : Listings.feed(ok.url(), ok.body());
  }

  /**
   * The page as the WARC reader would give it from the archive: the same decoding, the same fetch time, the listing's
   * date noted in the archive right after the response.
   */
  private ReadResult toPage(Fetch.Ok ok, String listedDate, URI listedIn) {
    String source = ok.url().toString();
    if (!Fetcher.isHtml(ok.contentType()))
      return new ReadResult.Failure(source, "not HTML (Content-Type: " + (ok.contentType() == null ? "none" : ok.contentType()) + ")");
    ReadResult r = Inputs.fromBytes(source, RawPage.Format.HTML, ok.body(), Archive.type(ok.contentType()).parameters().get("charset"),
        source, Inputs.fetchedAt(ok.captured(), ok.dateHeader()));
    if (!(r instanceof ReadResult.Page p)) return r;
    archived.put(source, ok.archived().toString());
    if (listedDate == null) return r;
    try {
      fetcher.archive().listed(ok.archived(), ok.url(), ok.captured(), listedDate, listedIn);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the archive " + ok.archived().file(), e);
    }
    return new ReadResult.Page(p.page().withListedDate(listedDate));
  }

  /** The queue reordered so consecutive requests go to different hosts where they can, each host's order kept. */
  public static List<Queued> byHostInTurn(List<Queued> queue) {
    Map<String, Deque<Queued>> hosts = new LinkedHashMap<>();
    for (Queued q : queue)
      hosts.computeIfAbsent(String.valueOf(q.listing().url().getHost()).toLowerCase(Locale.ROOT), h -> new ArrayDeque<>()).add(q);
    List<Queued> out = new ArrayList<>(queue.size());
    while (out.size() < queue.size())
      for (Deque<Queued> d : hosts.values()) if (!d.isEmpty()) out.add(d.poll());
    return out;
  }

  private static URI parse(String u, Consumer<ReadResult> sink) {
    try {
      URI uri = new URI(u.strip());
      if (!uri.isAbsolute()) {
        sink.accept(new ReadResult.Failure(u, "not an absolute URL"));
        return null;
      }
      return Listings.withoutFragment(uri);
    } catch (URISyntaxException e) {
      sink.accept(new ReadResult.Failure(u, "bad URL: " + e.getReason()));
      return null;
    }
  }
}
