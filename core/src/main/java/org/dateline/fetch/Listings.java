package org.dateline.fetch;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.filter.Filters;
import org.jdom2.input.SAXBuilder;

/**
 * Reads what a listing lists. Feeds (RSS 0.9x/1.0/2.0, Atom) are parsed by Rome; sitemaps, sitemap indexes and news
 * sitemaps by crawler-commons. A page's date is the listing's publication date for it (RSS pubDate, dc:date, Atom
 * published; a news sitemap's publication_date), never an update time (Atom updated, a sitemap's lastmod), and is kept
 * with the offset it was written with: Rome and the sitemap parser give instants, so for feeds the date is read from
 * the same parsed document, item by item.
 */
public final class Listings {
  /** What a fetched body is, by its root element. */
  public enum Kind { FEED, SITEMAP, PAGE }

  /** A parsed listing: the pages it lists and, for a sitemap index, the sitemaps it names. */
  public record Parsed(String format, List<Listing> pages, List<URI> sitemaps) {
    public Parsed {
      pages = List.copyOf(pages);
      sitemaps = List.copyOf(sitemaps);
    }
  }

  /** A body that is not the listing it claims to be, with the reason. */
  public static final class BadListing extends Exception {
    BadListing(String reason) {
      super(reason);
    }
  }

  private static final Pattern ROOT = Pattern.compile("<(?![?!])([A-Za-z_][\\w.:-]*)");
  private static final Pattern ISO = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}.*)?$");
  private static final Pattern UTC_NAME = Pattern.compile("(?i).*\\b(GMT|UTC|UT|Z)$");
  /** RFC 822 dates: weekday optional, seconds optional, a numeric offset. */
  private static final DateTimeFormatter RFC822 = new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("[EEE, ][EEE ]d MMM ").appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 4, 1970)
      .appendPattern(" HH:mm[:ss] xx").toFormatter(Locale.ENGLISH);
  private static final Pattern RFC822_ZONE = Pattern.compile("(?i)\\s(UT|GMT|UTC|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT)$");
  private static final java.util.Map<String, String> ZONES = java.util.Map.ofEntries(java.util.Map.entry("UT", "+0000"),
      java.util.Map.entry("GMT", "+0000"), java.util.Map.entry("UTC", "+0000"), java.util.Map.entry("Z", "+0000"),
      java.util.Map.entry("EST", "-0500"), java.util.Map.entry("EDT", "-0400"), java.util.Map.entry("CST", "-0600"),
      java.util.Map.entry("CDT", "-0500"), java.util.Map.entry("MST", "-0700"), java.util.Map.entry("MDT", "-0600"),
      java.util.Map.entry("PST", "-0800"), java.util.Map.entry("PDT", "-0700"));
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
  /** Publication dates of an item, strongest first; update times ("updated", "modified") are not among them. */
  private static final List<String> DATE_ELEMENTS = List.of("published", "pubDate", "date", "issued", "created");

  private Listings() {}

  /** The kind of body by its first element: a feed, a sitemap (or index, gzipped or not), else a page. */
  public static Kind kindOf(byte[] body) {
    byte[] start = body;
    if (gzipped(body)) {
      try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(body))) {
        start = in.readNBytes(4096);
      } catch (IOException e) {
        return Kind.PAGE;
      }
      // sitemaps are served gzipped (sitemap.xml.gz); a gzipped feed or page is not read
      return kindOf(start) == Kind.SITEMAP ? Kind.SITEMAP : Kind.PAGE;
    }
    String head = new String(start, 0, Math.min(start.length, 4096), StandardCharsets.ISO_8859_1);
    // comments may hold anything, elements included
    head = head.replaceAll("(?s)<!--.*?-->", "");
    Matcher m = ROOT.matcher(head);
    if (!m.find()) return Kind.PAGE;
    String name = m.group(1).toLowerCase(Locale.ROOT);
    name = name.substring(name.indexOf(':') + 1);
    return switch (name) {
      case "rss", "feed", "rdf" -> Kind.FEED;
      case "urlset", "sitemapindex" -> Kind.SITEMAP;
      default -> Kind.PAGE;
    };
  }

  public static Parsed feed(URI base, byte[] body) throws BadListing {
    Document doc;
    try {
      doc = builder().build(new ByteArrayInputStream(body));
    } catch (JDOMException | IOException e) {
      throw new BadListing("bad feed XML: " + message(e));
    }
    SyndFeed feed;
    try {
      WireFeed wire = new WireFeedInput().build(doc);
      feed = new SyndFeedImpl(wire);
    } catch (FeedException | IllegalArgumentException e) {
      throw new BadListing("not a feed Rome knows: " + message(e));
    }
    List<Element> items = new ArrayList<>();
    for (Element e : doc.getRootElement().getDescendants(Filters.element()))
      if (e.getName().equals("item") || e.getName().equals("entry")) items.add(e);
    List<SyndEntry> entries = feed.getEntries();
    // Rome keeps the document's order: item i is entry i, unless the feed nests items where Rome does not look
    boolean paired = items.size() == entries.size();
    List<Listing> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      URI url = link(base, entry);
      if (url == null) continue;
      String date = paired ? rawDate(items.get(i)) : null;
      if (date == null && entry.getPublishedDate() != null)
        date = entry.getPublishedDate().toInstant().atOffset(java.time.ZoneOffset.UTC).format(LOCAL) + "Z";
      out.add(new Listing(url, entry.getTitle() == null ? null : entry.getTitle().strip(), date));
    }
    return new Parsed(formatName(feed.getFeedType()), out, List.of());
  }

  public static Parsed sitemap(URI base, byte[] body, String contentType) throws BadListing {
    SiteMapParser parser = new SiteMapParser(false);
    parser.enableExtension(Extension.NEWS);
    AbstractSiteMap map;
    try {
      // the parser unzips what it is told is gzip, within its own size limit
      map = parser.parseSiteMap(gzipped(body) ? "application/gzip" : contentType == null ? "text/xml" : contentType, body, base.toURL());
    } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
      throw new BadListing("bad sitemap: " + message(e));
    }
    if (map.isIndex()) {
      List<URI> maps = new ArrayList<>();
      for (AbstractSiteMap m : ((SiteMapIndex) map).getSitemaps()) {
        URI u = uri(m.getUrl().toString());
        if (u != null) maps.add(u);
      }
      return new Parsed("sitemap index", List.of(), maps);
    }
    List<Listing> out = new ArrayList<>();
    boolean news = false;
    for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
      URI url = uri(u.getUrl().toString());
      if (url == null) continue;
      String title = null, date = null;
      ExtensionMetadata[] ext = u.getAttributesForExtension(Extension.NEWS);
      if (ext != null) for (ExtensionMetadata x : ext) {
        if (x instanceof NewsAttributes n) {
          news = true;
          title = n.getTitle();
          if (n.getPublicationDateTime() != null) date = iso(n.getPublicationDateTime(), null);
        }
      }
      out.add(new Listing(url, title, date));
    }
    return new Parsed(news ? "news sitemap" : "sitemap", out, List.of());
  }

  static boolean gzipped(byte[] b) {
    return b.length > 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
  }

  /** The entry's page: its link, else an http(s) id, resolved against the feed; the fragment dropped. */
  private static URI link(URI base, SyndEntry e) {
    String link = e.getLink();
    if ((link == null || link.isBlank()) && e.getUri() != null && e.getUri().startsWith("http")) link = e.getUri();
    if (link == null || link.isBlank()) return null;
    try {
      return withoutFragment(base.resolve(link.strip()));
    } catch (IllegalArgumentException ex) {
      return null;
    }
  }

  /** The URL without its fragment: one page however many anchors point into it. */
  static URI withoutFragment(URI u) {
    if (u.getRawFragment() == null) return u;
    String s = u.toString();
    return URI.create(s.substring(0, s.indexOf('#')));
  }

  private static URI uri(String s) {
    try {
      return withoutFragment(new URI(s.strip()));
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /**
   * An item's publication date as written, made ISO 8601 with its own offset: RSS's RFC 822 dates are converted
   * ("Tue, 10 Feb 2026 09:30:00 -0500" is 2026-02-10T09:30:00-05:00); W3C dates are kept as they are. Null when
   * the item gives none that reads as a date.
   */
  static String rawDate(Element item) {
    for (String name : DATE_ELEMENTS) {
      for (Element c : item.getChildren()) {
        if (!c.getName().equals(name)) continue;
        String v = c.getTextNormalize();
        String d = normalise(v);
        if (d != null) return d;
      }
    }
    return null;
  }

  static String normalise(String v) {
    if (v == null || v.isBlank()) return null;
    v = v.strip().replaceAll("\\s+", " ");
    if (ISO.matcher(v).matches()) return v;
    // RFC 822's zone names, as feeds still write them, become offsets; other names are not guessed at
    Matcher named = RFC822_ZONE.matcher(v);
    String numeric = named.find() ? v.substring(0, named.start(1)) + ZONES.get(named.group(1).toUpperCase(Locale.ROOT)) : v;
    try {
      return iso(ZonedDateTime.parse(numeric, RFC822), v);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** ISO 8601 with the offset as written: "Z" for a value that named GMT or UTC, "+00:00" for a written zero offset. */
  private static String iso(ZonedDateTime z, String written) {
    OffsetDateTime o = z.toOffsetDateTime();
    String offset = o.getOffset().getTotalSeconds() == 0
        ? (written == null || UTC_NAME.matcher(written).matches() ? "Z" : "+00:00")
        : o.getOffset().getId();
    return o.toLocalDateTime().format(LOCAL) + offset;
  }

  private static String formatName(String feedType) {
    if (feedType == null) return "feed";
    if (feedType.startsWith("atom")) return "Atom";
    if (feedType.equals("rss_1.0")) return "RSS 1.0";
    if (feedType.startsWith("rss_")) return "RSS " + feedType.substring(4);
    return feedType;
  }

  /** A parser that reads no DTD and expands no entity: a feed must not make Dateline read files or other URLs. */
  private static SAXBuilder builder() {
    SAXBuilder b = new SAXBuilder();
    b.setExpandEntities(false);
    b.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    b.setFeature("http://xml.org/sax/features/external-general-entities", false);
    b.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    return b;
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip().replaceAll("\\s+", " ");
  }
}
