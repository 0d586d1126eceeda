package org.dateline.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's JSON-LD article objects say (also inside {@code @graph}, {@code mainEntity} and arrays); the first
 * article object wins for each field.
 */
final class JsonLdArticle {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
      "blogposting", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
      "socialmediaposting", "liveblogposting", "webpage", "techarticle", "scholarlyarticle", "report");
  String headline, published, modified, publisher, section, description, articleBody;
  final List<String> authors = new ArrayList<>();
  private boolean sawArticle;

  /** Every JSON-LD block of the page, read in order; a broken block is skipped. */
  static JsonLdArticle of(Document doc) {
    JsonLdArticle ld = new JsonLdArticle();
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        ld.visit(JSON.readTree(s.data()), 0);
      } catch (Exception e) {
        // a broken JSON-LD block is common; other evidence remains
      }
    }
    return ld;
  }

  private void visit(JsonNode n, int depth) {
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
