package org.dateline.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
  private static final ObjectMapper JSON = new ObjectMapper();

  static HtmlMetadata of(Document doc, String pageUrl) {
    Map<String, String> metas = metas(doc);
    Ld ld = new Ld();
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        ld.visit(JSON.readTree(s.data()), 0);
      } catch (Exception e) {
        // a broken JSON-LD block is common; other evidence remains
      }
    }
    String siteName = first(metas.get("og:site_name"), ld.publisher, metas.get("application-name"), brand(doc));
    String canonical = first(attr(doc, "link[rel=canonical]", "abs:href"), metas.get("og:url"), pageUrl);

    String headline = headline(doc, metas, ld, siteName);

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
    String byline = authors.isEmpty() ? null : String.join(", ", new LinkedHashSet<>(authors));

    List<DateHint> hints = new ArrayList<>();
    add(hints, ld.published, DateHint.Kind.JSON_LD);
    for (String name : List.of("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date", "dc.date.issued", "dcterms.created",
        "date", "article.published", "published_time", "cxenseparse:recs:publishtime", "og:article:published_time")) {
      add(hints, metas.get(name), DateHint.Kind.META);
    }
    for (Element e : doc.select("[itemprop=datePublished]"))
      add(hints, e.hasAttr("content") ? e.attr("content") : e.attr("datetime"), DateHint.Kind.META);
    Element time = publishedTime(doc);
    if (time != null) add(hints, time.attr("datetime"), DateHint.Kind.TIME_ELEMENT);
    DateHint visible = visibleDate(doc, headline);
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
    hints = localised(hints);
    String section = first(metas.get("article:section"), ld.section);
    if (section == null) {
      for (Element e : doc.select("[class~=(?i)^(section|section-label|section-title|rubric|kicker|category|cat)$]")) {
        String t = clean(e.text());
        if (t != null && Chrome.words(t) <= 3) {
          section = t;
          break;
        }
      }
    }
    // the page's summary of itself, as the cleaner compares it with blocks (Chrome.norm): a standfirst printed above
    // the article is the same sentence
    Set<String> descriptions = new LinkedHashSet<>();
    for (String d : new String[] {metas.get("og:description"), metas.get("description"), metas.get("twitter:description"), ld.description})
      if (d != null && !d.isBlank()) descriptions.add(Chrome.norm(org.jsoup.parser.Parser.unescapeEntities(d, false)));
    return new HtmlMetadata(headline, byline, siteName, section, canonical, hints, Set.copyOf(descriptions), ld.articleBody);
  }

  private static final java.util.regex.Pattern UPDATED = java.util.regex.Pattern.compile("(?i)updat|modif|edited|revised");
  /** Class names are looser than words ("update-date" holds the published date too): only the past participle. */
  private static final java.util.regex.Pattern UPDATED_MARK = java.util.regex.Pattern.compile("(?i)updated|modified");

  /** The first {@code <time datetime>} that is not an update time: an update never dates a story's publication. */
  private static Element publishedTime(Document doc) {
    for (Element t : doc.select("time[datetime]")) if (!updated(t)) return t;
    return null;
  }

  /**
   * Whether an element states an update time: it or its parent is marked as one (itemprop dateModified, a class
   * "updated"), says so in a short own text, or follows a short label that does ("Updated:").
   */
  private static boolean updated(Element el) {
    Element e = el;
    for (int up = 0; up < 2 && e != null; up++, e = e.parent()) {
      if (UPDATED_MARK.matcher(e.attr("itemprop") + " " + e.className() + " " + e.id()).find()) return true;
      if (e.ownText().length() < 40 && UPDATED.matcher(e.ownText()).find()) return true;
      Element label = up == 0 ? e.previousElementSibling() : null;
      if (label != null && label.text().length() < 20 && UPDATED.matcher(label.text()).find()) return true;
    }
    return false;
  }

  /** How far from the headline, in elements, a date line still belongs to it rather than to a teaser. */
  private static final int NEAR_HEADLINE = 60;
  /** A date line is short: a date, a time, a word or two ("Published"). */
  private static final int DATE_LINE = 80;
  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("\\p{Ll}{2}\\.\\s+\\p{Lu}|\\d{4}\\.\\s+\\p{Lu}");
  private static final String ASIDE = "nav, aside, footer, figure, figcaption, [class~=(?i)related|teaser|promo|recirc|caption]";

  /**
   * The date a reader sees by the headline and byline ("Published Dec. 22, 2023 10:08 p.m. ET"), written in the
   * page's own local day: the short date-bearing element nearest the h1, not an update line, not in navigation,
   * asides or footers.
   */
  private static DateHint visibleDate(Document doc, String headline) {
    Element h1 = null;
    for (Element h : doc.select("h1")) {
      if (h1 == null || (headline != null && headline.equals(clean(h.text())))) h1 = h;
      if (headline != null && headline.equals(clean(h.text()))) break;
    }
    if (h1 == null) return null;
    var all = doc.getAllElements();
    int at = all.indexOf(h1);
    DateHint best = null;
    int bestDistance = NEAR_HEADLINE + 1;
    for (int i = Math.max(0, at - NEAR_HEADLINE); i < Math.min(all.size(), at + NEAR_HEADLINE); i++) {
      Element e = all.get(i);
      // above the headline sits the masthead's date of the day's edition, below it the story's: ahead counts double
      int distance = i < at ? 2 * (at - i) : i - at;
      if (distance >= bestDistance || e.childrenSize() > 3) continue;
      String t = clean(e.text());
      if (t == null || t.length() > DATE_LINE || UPDATED.matcher(t).find() || updated(e)) continue;
      // a caption dates its photo in a sentence ("... in Rome on December 15, 2023. Jo Lens/Agency"), a date line
      // is no sentence
      if (SENTENCE_END.matcher(t).find()) continue;
      LocalDate d = Dates.text(t);
      if (d == null || e.parents().stream().anyMatch(p -> p.is(ASIDE))) continue;
      best = new DateHint(d, DateHint.Kind.TEXT_LINE, t);
      bestDistance = distance;
    }
    return best;
  }

  private static String headline(Document doc, Map<String, String> metas, Ld ld, String siteName) {
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

  private static final java.util.regex.Pattern STAMP = java.util.regex.Pattern.compile(
      "^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?\\b?.*$");

  /** Offsets news is written in, from UTC-10 (Hawaii) to UTC+13 (New Zealand summer), in hours. */
  private static final int WEST = 10, EAST = 13;

  /**
   * A page often states one instant twice: in UTC for machines and with its own offset (or as naive local time)
   * for readers. The local form gives the page's calendar day; a UTC value of the same instant takes that day. A "Z"
   * value with no local twin keeps the local days its hour allows: the day before when written at 09:59 UTC or
   * earlier (still the previous evening in the Americas), the day after from 11:00 UTC (already the next morning in
   * Asia and Oceania). A naive value that is the same wall time as a UTC one is that UTC value, not local time.
   */
  static List<DateHint> localised(List<DateHint> hints) {
    List<java.time.OffsetDateTime> local = new ArrayList<>();
    List<java.time.LocalDateTime> naive = new ArrayList<>(), utc = new ArrayList<>();
    for (DateHint h : hints) {
      var m = STAMP.matcher(h.raw());
      if (!m.matches()) continue;
      java.time.LocalDateTime t = stamp(m);
      if (t == null) continue;
      String off = m.group(5);
      if (off == null) naive.add(t);
      else if (isUtc(off)) utc.add(t);
      else local.add(t.atOffset(java.time.ZoneOffset.of(off.length() == 5 ? off.substring(0, 3) + ":" + off.substring(3) : off)));
    }
    List<DateHint> out = new ArrayList<>(hints.size());
    for (DateHint h : hints) {
      var m = STAMP.matcher(h.raw());
      java.time.LocalDateTime t = m.matches() ? stamp(m) : null;
      boolean utcValue = t != null && (m.group(5) != null ? isUtc(m.group(5)) : utc.contains(t));
      if (!utcValue) {
        out.add(h);
        continue;
      }
      LocalDate day = null;
      java.time.Instant instant = t.toInstant(java.time.ZoneOffset.UTC);
      for (var l : local) if (Math.abs(l.toInstant().getEpochSecond() - instant.getEpochSecond()) <= 120) day = l.toLocalDate();
      for (var n : naive) {
        long diff = java.time.Duration.between(n, t).toSeconds();
        // the same wall-clock minutes a whole number of hours away: the naive value is local time
        if (diff != 0 && Math.abs(diff) <= 14 * 3600 && Math.abs(diff) % 1800 == 0) day = n.toLocalDate();
      }
      if (day != null) out.add(new DateHint(day, h.kind(), h.raw()));
      else out.add(new DateHint(t.toLocalDate(), h.kind(), h.raw(),
          t.getHour() < WEST ? t.toLocalDate().minusDays(1) : t.toLocalDate(),
          t.getHour() + EAST >= 24 ? t.toLocalDate().plusDays(1) : t.toLocalDate()));
    }
    return out;
  }

  private static boolean isUtc(String off) {
    return off.equals("Z") || off.equals("UTC") || off.equals("GMT") || off.replace(":", "").equals("+0000") || off.replace(":", "").equals("-0000");
  }

  private static java.time.LocalDateTime stamp(java.util.regex.Matcher m) {
    try {
      return LocalDate.parse(m.group(1)).atTime(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
          m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
    } catch (RuntimeException e) {
      return null;
    }
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

  private static String clean(String s) {
    if (s == null) return null;
    String t = s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) if (v != null && !(v instanceof String s && s.isBlank())) return v;
    return null;
  }

  /** What the JSON-LD article objects say; the first article object wins for each field. */
  private static final class Ld {
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
        "blogposting", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
        "socialmediaposting", "liveblogposting", "webpage", "techarticle", "scholarlyarticle", "report");
    String headline, published, modified, publisher, section, description, articleBody;
    final List<String> authors = new ArrayList<>();
    boolean sawArticle;

    void visit(JsonNode n, int depth) {
      if (n == null || depth > 6) return;
      if (n.isArray()) {
        for (JsonNode c : n) visit(c, depth + 1);
        return;
      }
      if (!n.isObject()) return;
      if (n.has("@graph")) visit(n.get("@graph"), depth + 1);
      boolean article = false, webPage = false;
      for (String t : types(n)) {
        String lt = t.toLowerCase(Locale.ROOT);
        if (lt.equals("webpage")) webPage = true;
        else if (ARTICLE_TYPES.contains(lt) || lt.endsWith("article")) article = true;
      }
      if (article && !sawArticle) {
        sawArticle = true;
        headline = text(n.get("headline"));
        if (headline == null) headline = text(n.get("name"));
        published = text(n.get("datePublished"));
        modified = text(n.get("dateModified"));
        section = text(n.get("articleSection"));
        description = text(n.get("description"));
        JsonNode body = n.get("articleBody");
        // paragraph breaks kept: they become the body's paragraphs
        if (body != null && body.isTextual() && !body.asText().isBlank())
          articleBody = org.jsoup.parser.Parser.unescapeEntities(body.asText(), false);
        JsonNode pub = n.get("publisher");
        if (pub != null) publisher = pub.isObject() ? text(pub.get("name")) : pub.isArray() && pub.size() > 0 ? text(pub.get(0).get("name")) : text(pub);
        authors(n.get("author"));
      } else if (authors.isEmpty() && n.has("author")) {
        // the article object named no one; another object of the page (video, web page) often does
        authors(n.get("author"));
      } else if (webPage && published == null) {
        // a WebPage's date is weaker than an article's: kept only until an article object says otherwise
        String p = text(n.get("datePublished"));
        if (p != null && !sawArticle) published = p;
      }
      if (n.has("mainEntity")) visit(n.get("mainEntity"), depth + 1);
    }

    private void authors(JsonNode a) {
      if (a == null) return;
      if (a.isArray()) {
        for (JsonNode x : a) authors(x);
      } else if (a.isObject()) {
        String name = text(a.get("name"));
        boolean organization = types(a).stream().anyMatch(t -> t.equalsIgnoreCase("Organization") || t.equalsIgnoreCase("NewsMediaOrganization"));
        // a named person beats the organisation credited beside them
        if (name != null && !name.startsWith(",") && !(organization && !authors.isEmpty())) authors.add(name);
      } else if (a.isTextual() && !a.asText().isBlank() && !a.asText().startsWith("http")) {
        authors.add(a.asText().strip());
      }
    }

    private static List<String> types(JsonNode n) {
      JsonNode t = n.get("@type");
      List<String> out = new ArrayList<>();
      if (t == null) return out;
      if (t.isArray()) for (JsonNode x : t) out.add(x.asText());
      else out.add(t.asText());
      return out;
    }

    private static String text(JsonNode n) {
      if (n == null || n.isNull()) return null;
      if (n.isArray()) return n.size() == 0 ? null : text(n.get(0));
      if (n.isObject()) return text(n.get("name"));
      String s = n.asText().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
      return s.isEmpty() ? null : org.jsoup.parser.Parser.unescapeEntities(s, false);
    }
  }
}
