package org.dateline.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Metadata a page states about itself: JSON-LD articles (also inside {@code @graph} and arrays), Open Graph and
 * article meta tags, {@code <time datetime>}, title and h1, canonical URL, a date in the URL path, bylines.
 * Read before the page is cleaned, from the whole document.
 */
record HtmlMetadata(String headline, String byline, String outlet, String section, String canonicalUrl,
    List<DateHint> dateHints, Set<String> descriptions, String articleBody) {
  static HtmlMetadata of(Document doc, String pageUrl) {
    Map<String, String> metas = metas(doc);
    JsonLdArticle ld = JsonLdArticle.of(doc);
    String siteName = first(metas.get("og:site_name"), ld.publisher, metas.get("application-name"), brand(doc));
    String canonical = first(attr(doc, "link[rel=canonical]", "abs:href"), metas.get("og:url"), pageUrl);

    String headline = headline(doc, metas, ld, siteName);
    String byline = byline(doc, metas, ld, siteName);
    List<DateHint> hints = dateHints(doc, metas, ld, headline, canonical, pageUrl);
    String section = first(metas.get("article:section"), ld.section);
    if (section == null) section = sectionLabel(doc);
    // the page's summary of itself, as the cleaner compares it with blocks (Chrome.norm): a standfirst printed above
    // the article is the same sentence
    Set<String> descriptions = new LinkedHashSet<>();
    for (String d : new String[] {metas.get("og:description"), metas.get("description"), metas.get("twitter:description"), ld.description})
      if (d != null && !d.isBlank()) descriptions.add(Chrome.norm(org.jsoup.parser.Parser.unescapeEntities(d, false)));
    return new HtmlMetadata(headline, byline, siteName, section, canonical, hints, Set.copyOf(descriptions), ld.articleBody);
  }

  /** A short kicker or section label printed on the page ("World", "Local News"). */
  private static String sectionLabel(Document doc) {
    for (Element e : doc.select("[class~=(?i)^(section|section-label|section-title|rubric|kicker|category|cat)$]")) {
      String t = clean(e.text());
      if (t != null && Chrome.words(t) <= 3) return t;
    }
    return null;
  }

  /** The authors the metadata credits, or the page's visible byline when it credits none or only the site. */
  private static String byline(Document doc, Map<String, String> metas, JsonLdArticle ld, String siteName) {
    List<String> authors = new ArrayList<>(ld.authors);
    if (authors.isEmpty()) {
      for (String name : List.of("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author")) {
        String a = metas.get(name);
        // ", USA TODAY": a template whose author name was left empty
        if (a != null && !a.startsWith("http") && !a.startsWith(",") && !a.contains("facebook.com")) {
          authors.add(a.replaceFirst("(?i)^by\\s+", ""));
          break;
        }
      }
    }
    boolean onlySite = !authors.isEmpty() && authors.stream().allMatch(a -> sameName(a, siteName) || sameName(a, ld.publisher));
    String firstSeen = null;
    if (authors.isEmpty() || onlySite) {
      // the page's visible byline; when the metadata credits only the site itself, a person named there wins
      for (Element by : doc.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline, .author-name, "
          + "[class*=byline], [class*=author-name], [class*=AuthorName], [class~=^(author|source|credit|article-source)$]")) {
        String t = clean(by.text());
        if (firstSeen == null && t != null && t.length() < 120) firstSeen = t.replaceFirst("(?i)^by\\s+", "");
        if (t == null || t.length() > 80 || Dates.text(t) != null || t.matches(".*\\d{1,2}:\\d{2}.*")) continue;
        t = t.replaceFirst("(?i)^by\\s+", "");
        if (sameName(t, siteName) || sameName(t, ld.publisher)) continue;
        authors.clear();
        authors.add(t);
        break;
      }
    }
    if (authors.isEmpty() && firstSeen != null) authors.add(firstSeen);
    return authors.isEmpty() ? null : String.join(", ", new LinkedHashSet<>(authors));
  }

  /** Every publication date the page states, in the readers' local days; update times dropped. */
  private static List<DateHint> dateHints(Document doc, Map<String, String> metas, JsonLdArticle ld, String headline,
      String canonical, String pageUrl) {
    List<DateHint> hints = new ArrayList<>();
    add(hints, ld.published, DateHint.Kind.JSON_LD);
    for (String name : List.of("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date", "dc.date.issued", "dcterms.created",
        "date", "article.published", "published_time", "cxenseparse:recs:publishtime", "og:article:published_time")) {
      add(hints, metas.get(name), DateHint.Kind.META);
    }
    for (Element e : doc.select("[itemprop=datePublished]"))
      add(hints, e.hasAttr("content") ? e.attr("content") : e.attr("datetime"), DateHint.Kind.META);
    Element time = VisibleDates.publishedTime(doc);
    if (time != null) add(hints, time.attr("datetime"), DateHint.Kind.TIME_ELEMENT);
    DateHint visible = VisibleDates.nearHeadline(doc, headline);
    if (visible != null) hints.add(visible);
    LocalDate inUrl = Dates.url(canonical);
    if (inUrl == null) inUrl = Dates.url(pageUrl);
    if (inUrl != null) hints.add(new DateHint(inUrl, DateHint.Kind.URL, canonical));

    // a page's update time, copied into a field named for publication (Arc pages' meta datePublished), is still an
    // update time: a value the page also gives as dateModified dates nothing, unless it is also the JSON-LD's
    // datePublished (a story never updated)
    Set<String> modified = new java.util.HashSet<>();
    if (ld.modified != null) modified.add(ld.modified.strip());
    for (String name : List.of("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "last-modified"))
      if (metas.get(name) != null) modified.add(metas.get(name).strip());
    for (Element e : doc.select("[itemprop=dateModified]")) modified.add((e.hasAttr("content") ? e.attr("content") : e.attr("datetime")).strip());
    modified.remove(ld.published == null ? "" : ld.published.strip());
    hints.removeIf(h -> modified.contains(h.raw()));
    return LocalDays.of(hints);
  }

  private static String headline(Document doc, Map<String, String> metas, JsonLdArticle ld, String siteName) {
    String og = clean(metas.get("og:title"));
    String title = clean(doc.title());
    Element h1el = doc.selectFirst("article h1, main h1, h1");
    String h1 = h1el == null ? null : clean(h1el.text());
    if (h1 == null && title != null) {
      // pages without an h1: the first h2 that the title repeats
      for (Element h2 : doc.select("h2")) {
        String t = clean(h2.text());
        if (t != null && Chrome.norm(title).contains(Chrome.norm(t))) {
          h1 = t;
          break;
        }
      }
    }
    List<String> candidates = new ArrayList<>();
    for (String c : new String[] {og, clean(ld.headline), metas.get("twitter:title"), title})
      if (c != null) candidates.add(stripSite(c, siteName));
    if (h1 != null && h1.length() >= 10) {
      // the h1 is the headline a reader sees when another source repeats it (or starts it, before a site suffix)
      String n = Chrome.norm(h1);
      for (String c : candidates) if (Chrome.norm(c).contains(n)) return h1;
    }
    if (!candidates.isEmpty()) return candidates.get(0);
    return h1;
  }

  private static boolean sameName(String a, String b) {
    if (a == null || b == null) return false;
    String x = Chrome.norm(a).replaceAll("[^\\p{L}\\p{N}]", ""), y = Chrome.norm(b).replaceAll("[^\\p{L}\\p{N}]", "");
    return !x.isEmpty() && !y.isEmpty() && (x.equals(y) || x.contains(y) || y.contains(x));
  }

  /** The site's name as its logo or brand link writes it, when short. */
  private static String brand(Document doc) {
    Element e = doc.selectFirst("[class~=(?i)^(logo|brand|site-name|sitename|site-title|masthead)$]");
    if (e == null) return null;
    String t = clean(e.text());
    return t != null && Chrome.words(t) <= 5 ? t : null;
  }

  /** Drops a " | Site", " - Site" suffix or "Site: " prefix when it names the site. */
  static String stripSite(String title, String siteName) {
    String t = title;
    for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " · ", " » "}) {
      int i = t.lastIndexOf(sep);
      if (i > 0) {
        String tail = t.substring(i + sep.length()).strip();
        boolean namesSite = siteName != null && (Chrome.norm(siteName).contains(Chrome.norm(tail))
            || Chrome.norm(tail).contains(Chrome.norm(siteName)));
        if (namesSite || (tail.length() <= 30 && Chrome.words(tail) <= 4 && i > 20 && sep.equals(" | "))) {
          t = t.substring(0, i).strip();
        }
      }
    }
    for (String sep : new String[] {" | ", " - ", " – ", " — ", ": "}) {
      int i = t.indexOf(sep);
      if (i > 0 && siteName != null && Chrome.norm(t.substring(0, i)).equals(Chrome.norm(siteName))) t = t.substring(i + sep.length()).strip();
    }
    return t;
  }

  private static void add(List<DateHint> hints, String value, DateHint.Kind kind) {
    if (value == null || value.isBlank()) return;
    LocalDate d = Dates.machine(value.strip());
    if (d != null) hints.add(new DateHint(d, kind, value.strip()));
  }

  /** All meta tags by property, name or itemprop (lower-cased), first non-empty content kept; read in one pass. */
  private static Map<String, String> metas(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element m : doc.getElementsByTag("meta")) {
      String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      String v = m.attr("content").strip();
      if (!key.isEmpty() && !v.isEmpty()) out.putIfAbsent(key.toLowerCase(Locale.ROOT), v);
    }
    return out;
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    if (e == null) return null;
    String v = e.attr(attr).strip();
    return v.isEmpty() ? null : v;
  }

  static String clean(String s) {
    if (s == null) return null;
    String t = s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) if (v != null && !(v instanceof String s && s.isBlank())) return v;
    return null;
  }


}
