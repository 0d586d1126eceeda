package org.dateline.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.model.BodyText;
import org.dateline.model.Removal;
import org.dateline.model.RemovalReason;
import org.dateline.model.Span;
import org.dateline.read.RawPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cleans an HTML page. The visible text (block elements separated by blank lines) becomes the source text; blocks
 * are scored by text length, commas, link density and class/id hints, the scores flow up to their containers, and
 * the best container is the article. Its blocks are kept unless they look like chrome (a chrome class on the way
 * up, mostly links, a known chrome shape); everything else on the page is removed with a reason.
 */
public final class HtmlCleaner implements Cleaner {
  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "center", "dd", "details",
      "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
      "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
      "tfoot", "thead", "tr", "ul", "br", "caption", "menu", "body", "html", "picture");
  private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "iframe",
      "button", "select", "option", "textarea", "input", "head", "title", "meta", "link", "object", "embed", "canvas",
      "video", "audio", "map", "dialog");
  private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "form", "menu");
  private static final Pattern NEGATIVE = Pattern.compile(
      "(^|[-_ ])(comment|comments|footer|foot|nav|navbar|navigation|menu|share|sharing|social|related|promo|cookie|cookies|"
          + "subscribe|subscription|newsletter|sidebar|widget|sponsor|sponsored|advert|advertisement|ad|ads|adslot|banner|"
          + "breadcrumb|breadcrumbs|masthead|popup|modal|recommend|recommended|recommendation|trending|popular|mostread|"
          + "most-read|tags|tag-list|taglist|outbrain|taboola|signup|rail|teaser|teasers|more-stories|"
          + "newsfeed|toolbar|skip|hidden|print-only|meta-data|byline|author-bio|bio|disclaimer|caption|credit|"
          + "read-more|readmore|next|prev|pagination|jump|inline-related|related-content|linkbox|site-header|header)"
          + "($|[-_ ])",
      Pattern.CASE_INSENSITIVE);
  /** Hints that a whole subtree is not the article: its paragraphs barely count towards any container above. */
  private static final Pattern STRONG_NEGATIVE = Pattern.compile(
      "comment|sidebar|related|footer|recommend|promo|newsletter|outbrain|taboola|popular|trending|disqus|respond|reply|"
          + "modal|privacy|consent|gdpr|cookie",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern POSITIVE = Pattern.compile(
      "(article|body|content|entry|main|post|story|text|blog|prose|rich-text|richtext|markdown)", Pattern.CASE_INSENSITIVE);

  private static final boolean DEBUG = Boolean.getBoolean("dateline.clean.debug");

  /** One run of visible text owned by its nearest block element. */
  private record Block(Element owner, String text, int linkChars, Span span) {}

  @Override
  public CleanArticle clean(RawPage page) {
    NEGATIVE_MEMO.get().clear();
    STRONG_MEMO.get().clear();
    try {
      return cleanPage(page);
    } finally {
      NEGATIVE_MEMO.get().clear();
      STRONG_MEMO.get().clear();
    }
  }

  private CleanArticle cleanPage(RawPage page) {
    Document doc = Jsoup.parse(page.content(), page.url() == null ? "" : page.url());
    HtmlMetadata meta = HtmlMetadata.of(doc, page.url());
    Element body = doc.body();
    prune(body);
    List<Block> blocks = new ArrayList<>();
    StringBuilder visible = new StringBuilder();
    new Walker(visible, blocks).walk(body);
    String source = visible.toString();

    Element main = mainContainer(blocks);
    if (DEBUG && main != null) System.err.println("main: " + main.cssSelector());
    List<RemovalReason> reasons = new ArrayList<>(blocks.size());
    String headlineNorm = meta.headline() == null ? null : Chrome.norm(meta.headline());
    Set<String> seen = new HashSet<>();
    int first = -1;
    for (Block b : blocks) {
      RemovalReason reason = main == null ? RemovalReason.OTHER : reason(b, main, headlineNorm);
      if (reason == null && !seen.add(Chrome.norm(b.text())) && b.text().length() > 20) reason = RemovalReason.REPEATED;
      if (reason == null && first < 0) first = reasons.size();
      reasons.add(reason);
    }
    int standfirst = first < 0 ? -1 : standfirst(blocks, reasons, first, meta.descriptions());
    if (standfirst >= 0) reasons.set(standfirst, null);
    trailingNotices(blocks, reasons);
    List<Span> kept = new ArrayList<>();
    List<Removal> removed = new ArrayList<>();
    List<String> warnings = new ArrayList<>(page.warnings());
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (reasons.get(i) == null) kept.add(b.span());
      else removed.add(new Removal(b.text(), reasons.get(i)));
    }
    // the dateline opens the article's first paragraph, not the standfirst above it
    Span lead = first < 0 ? null : blocks.get(first).span();
    String articleBody = meta.articleBody();
    if (articleBody != null && structuredBodyWins(kept, articleBody)) {
      // the visible page holds next to nothing of the article (rendered by a script from the page's own JSON-LD):
      // the JSON-LD articleBody, appended to the source text after the visible text, is the body, so every kept
      // paragraph is still a slice of the source text
      StringBuilder sb = new StringBuilder(source);
      for (Span k : kept) removed.add(new Removal(k.of(source), RemovalReason.STRUCTURED_BODY));
      kept.clear();
      for (String para : articleBody.split("\\s*\\n\\s*")) {
        String t = para.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) continue;
        if (!sb.isEmpty()) sb.append(BodyText.SEPARATOR);
        kept.add(new Span(sb.length(), sb.length() + t.length()));
        sb.append(t);
      }
      source = sb.toString();
      lead = kept.get(0);
      warnings.add("body taken from the page's JSON-LD articleBody: the visible text holds next to none of it");
    }
    if (kept.isEmpty()) warnings.add("no article text found in the page");
    var dateline = lead == null ? null : Datelines.dateline(lead.of(source), lead.start());
    ArticleMeta am = new ArticleMeta(meta.outlet() != null ? meta.outlet() : dateline == null ? null : dateline.outlet(),
        dateline == null ? null : dateline.outlet(), meta.headline(), meta.section(), meta.byline(), dateline == null ? null : dateline.dateline(),
        dateline == null ? null : dateline.span(), meta.dateHints());
    String url = page.url() != null ? page.url() : meta.canonicalUrl();
    return new CleanArticle(page.source(), url, source, true, new BodyText(source, kept), removed, am, page.fetched(),
        warnings);
  }

  /** Blocks that may stand between a standfirst and the article's first paragraph (byline, date, picture credit). */
  private static final int STANDFIRST_GAP_BLOCKS = 5;
  private static final int STANDFIRST_GAP_CHARS = 400;

  /**
   * The standfirst (dek, summary) printed above the article container, or -1: the nearest block before the first
   * kept paragraph whose text is the page's own description of itself (og:description, meta description, JSON-LD
   * description), with only a few short blocks (byline, date, credit) between it and the article. The description
   * marks it as the article's summary rather than a teaser for another page; the nearness keeps a summary printed
   * elsewhere on the page (a sidebar card, a share dialog) out.
   */
  private static int standfirst(List<Block> blocks, List<RemovalReason> reasons, int first, Set<String> descriptions) {
    if (descriptions.isEmpty()) return -1;
    int gapChars = 0;
    for (int i = first - 1; i >= 0 && first - 1 - i <= STANDFIRST_GAP_BLOCKS; i--) {
      Block b = blocks.get(i);
      RemovalReason reason = reasons.get(i);
      // a description that is the headline's own text, or sits in a menu, caption or link list, is not a standfirst
      boolean chrome = RemovalReason.NAVIGATION.equals(reason) || RemovalReason.CAPTION.equals(reason) || RemovalReason.LINK_LIST.equals(reason)
          || RemovalReason.HEADLINE.equals(reason);
      if (!chrome && b.text().length() >= 40 && describes(b.text(), descriptions)) return i;
      gapChars += b.text().length();
      if (gapChars > STANDFIRST_GAP_CHARS) return -1;
    }
    return -1;
  }

  /** Whether a block's words are those of one of the page's descriptions (punctuation and case aside). */
  private static boolean describes(String text, Set<String> descriptions) {
    String t = words(text);
    for (String d : descriptions) if (words(d).equals(t)) return true;
    return false;
  }

  private static String words(String s) {
    return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The site's legal notice (affiliate disclosure, user agreement, reproduction rights) printed at the foot of the
   * article inside its container. Long enough to escape {@link Chrome#reason}'s short-line shapes, but it speaks of
   * the site and its policies, not of the story; a wire credit ("All Rights Reserved" after the agency's name) is not
   * matched, as it names the story's rights.
   */
  private static final Pattern NOTICE = Pattern.compile(
      "privacy policy|user agreement|terms of (use|service)|cookie policy|subject to copyright|no part (of this \\w+ )?may be "
          + "reproduced|rights reserved for|no rights or credit claimed",
      Pattern.CASE_INSENSITIVE);
  private static final int NOTICE_MAX_CHARS = 600;

  /** Marks the run of legal notices that ends the kept text; article text before them stays. */
  private static void trailingNotices(List<Block> blocks, List<RemovalReason> reasons) {
    for (int i = blocks.size() - 1; i >= 0; i--) {
      if (reasons.get(i) != null) continue;
      String t = blocks.get(i).text();
      if (t.length() > NOTICE_MAX_CHARS || !NOTICE.matcher(t).find()) return;
      reasons.set(i, RemovalReason.COPYRIGHT);
    }
  }

  /** Characters a JSON-LD articleBody needs, and how many times the visible kept text it must outweigh, to replace it. */
  private static final int STRUCTURED_MIN_CHARS = 1000;
  private static final int STRUCTURED_RATIO = 3;

  /**
   * Whether the page's JSON-LD articleBody should stand for the body: it is plain text (no markup), long, and several
   * times the visible article text, as on pages whose article a script renders from that data.
   */
  private static boolean structuredBodyWins(List<Span> kept, String articleBody) {
    int visible = 0;
    for (Span s : kept) visible += s.length();
    String t = articleBody.strip();
    return t.length() >= STRUCTURED_MIN_CHARS && t.length() > STRUCTURED_RATIO * visible && !t.matches("(?s).*<[a-zA-Z/][^>]*>.*");
  }

  /** Why a block inside or outside the main container is not article text, or null to keep it. */
  private static RemovalReason reason(Block b, Element main, String headlineNorm) {
    if (!inside(b.owner(), main)) return RemovalReason.OTHER;
    String tag = b.owner().tagName();
    if (tag.equals("h1")) return RemovalReason.HEADLINE;
    if (headlineNorm != null && Chrome.norm(b.text()).equals(headlineNorm)) return RemovalReason.HEADLINE;
    for (Element e = b.owner(); e != null && e != main; e = e.parent()) {
      String t = e.tagName();
      if (CHROME_TAGS.contains(t) || t.equals("header")) return RemovalReason.NAVIGATION;
      if (t.equals("figcaption") || t.equals("figure")) return RemovalReason.CAPTION;
      if (negative(e)) return hintReason(e);
    }
    RemovalReason shape = Chrome.reason(b.text());
    if (shape != null) return shape;
    int len = b.text().length();
    if (len > 0 && b.linkChars() * 2 > len && (len < 200 || b.linkChars() * 10 > len * 9)) return RemovalReason.LINK_LIST;
    return null;
  }

  private static RemovalReason hintReason(Element e) {
    String h = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (h.contains("comment")) return RemovalReason.COMMENTS;
    if (h.contains("share") || h.contains("social")) return RemovalReason.SHARE;
    if (h.contains("related") || h.contains("recommend") || h.contains("more")) return RemovalReason.RELATED;
    if (h.contains("subscri") || h.contains("newsletter") || h.contains("paywall")) return RemovalReason.SUBSCRIBE;
    if (h.contains("caption") || h.contains("credit")) return RemovalReason.CAPTION;
    if (h.contains("byline") || h.contains("author")) return RemovalReason.BYLINE;
    return RemovalReason.BOILERPLATE;
  }

  /** Per-page memo of class/id verdicts: each element's hints are read once, not once per block below it. */
  private static final ThreadLocal<Map<Element, Boolean>> NEGATIVE_MEMO = ThreadLocal.withInitial(IdentityHashMap::new);
  private static final ThreadLocal<Map<Element, Boolean>> STRONG_MEMO = ThreadLocal.withInitial(IdentityHashMap::new);

  private static boolean negative(Element e) {
    Map<Element, Boolean> memo = NEGATIVE_MEMO.get();
    Boolean v = memo.get(e);
    if (v == null) memo.put(e, v = negativeUncached(e));
    return v;
  }

  private static boolean negativeUncached(Element e) {
    String hint = e.className() + " " + e.id();
    if (hint.isBlank()) return false;
    if (!NEGATIVE.matcher(hint).find()) return false;
    // "article-body has-comments" style classes: an explicit content hint on the same element wins
    return !(e.tagName().equals("article") || e.tagName().equals("main") || POSITIVE.matcher(e.id()).find()
        && !NEGATIVE.matcher(e.id()).find());
  }

  private static boolean inside(Element e, Element container) {
    for (Element x = e; x != null; x = x.parent()) if (x == container) return true;
    return false;
  }

  /** Readability-style scoring: each paragraph feeds its container and, halved, the container's parent. */
  private static Element mainContainer(List<Block> blocks) {
    Map<Element, Double> score = new IdentityHashMap<>();
    for (Block b : blocks) {
      int len = b.text().length();
      if (len < 25) continue;
      double density = len == 0 ? 0 : (double) b.linkChars() / len;
      if (density > 0.5) continue;
      double s = 1 + commas(b.text()) + Math.min(len / 100.0, 3);
      if (Chrome.endsSentence(b.text())) s += 1;
      s *= (1 - density);
      if (underStrongNegative(b.owner())) s *= 0.1;
      Element owner = b.owner();
      boolean paragraph = owner.tagName().equals("p") || owner.tagName().equals("li") || owner.tagName().equals("br")
          || owner.tagName().matches("h[2-6]") || owner.tagName().equals("blockquote") || owner.tagName().equals("pre");
      Element parent = paragraph ? owner.parent() : owner;
      if (parent == null) continue;
      score.merge(parent, s, Double::sum);
      Element grand = parent.parent();
      if (grand != null) score.merge(grand, s / 2, Double::sum);
      Element great = grand == null ? null : grand.parent();
      if (great != null) score.merge(great, s / 6, Double::sum);
    }
    Element best = null;
    double bestScore = 0;
    Map<Element, Double> adjusted = new HashMap<>();
    for (var e : score.entrySet()) {
      double s = e.getValue() * (1 + weight(e.getKey()) / 100.0);
      adjusted.put(e.getKey(), s);
      if (s > bestScore) {
        bestScore = s;
        best = e.getKey();
      }
    }
    if (best == null) return null;
    // articles split into several sections (ads, players between them): climb to the ancestor that holds clearly
    // more link-poor sentence text than the best container, through wrappers that add nothing
    Map<Element, Double> sentences = sentenceText(blocks);
    // a body cut into sibling parts of one class (a paragraph each, players and ads between): the parts' parent
    // is the body, however little text the other parts add
    Element part = best;
    for (int level = 0; level < 3 && part.parent() != null && !part.parent().tagName().equals("body"); level++) {
      Element up = part.parent();
      if (negative(up) || CHROME_TAGS.contains(up.tagName())) break;
      boolean split = false;
      for (Element sib : up.children())
        if (sib != part && !part.className().isBlank() && sib.className().equals(part.className()) && sentences.getOrDefault(sib, 0.0) > 0)
          split = true;
      if (split) best = up;
      else if (up.childrenSize() > 1) break;
      part = up;
    }
    double chosenText = sentences.getOrDefault(best, 0.0);
    for (Element a = best.parent(); a != null && !a.tagName().equals("body") && !a.tagName().equals("html"); a = a.parent()) {
      if (negative(a) || CHROME_TAGS.contains(a.tagName())) break;
      double t = sentences.getOrDefault(a, 0.0);
      if (t > chosenText * 1.25 + 50) {
        best = a;
        chosenText = t;
      }
    }
    return best;
  }

  /**
   * Characters of sentence-like, link-poor text under each element, not counting text below a chrome element
   * (a comment list's paragraphs count for the list, not for the page around it).
   */
  private static Map<Element, Double> sentenceText(List<Block> blocks) {
    Map<Element, Double> out = new IdentityHashMap<>();
    for (Block b : blocks) {
      int len = b.text().length();
      if (len < 60 || b.linkChars() * 3 > len || !Chrome.endsSentence(b.text())) continue;
      for (Element x = b.owner(); x != null; x = x.parent()) {
        out.merge(x, (double) len, Double::sum);
        if (negative(x) || CHROME_TAGS.contains(x.tagName())) break;
      }
    }
    return out;
  }

  private static boolean underStrongNegative(Element e) {
    Map<Element, Boolean> memo = STRONG_MEMO.get();
    // up to the first element with a verdict, then the verdicts down again: a loop, as pages nest thousands deep
    List<Element> path = new ArrayList<>();
    boolean v = false;
    for (Element x = e; x != null && !x.tagName().equals("body"); x = x.parent()) {
      Boolean known = memo.get(x);
      if (known != null) {
        v = known;
        break;
      }
      path.add(x);
    }
    for (int i = path.size() - 1; i >= 0; i--) {
      v = v || strongNegative(path.get(i));
      memo.put(path.get(i), v);
    }
    return v;
  }

  private static boolean strongNegative(Element x) {
    String hint = x.className() + " " + x.id();
    if (hint.isBlank() || positiveToken(x)) return false;
    // per class word: "content-with-sidebar" is a content wrapper, "sidebar-widget" is not
    for (String t : hint.split("\\s+"))
      if (!t.isEmpty() && STRONG_NEGATIVE.matcher(t).find() && !POSITIVE.matcher(t).find()) return true;
    return false;
  }

  /** A class or id word that says content and nothing against it ("post-entry" beside "comment-entry"). */
  private static boolean positiveToken(Element e) {
    for (String t : (e.className() + " " + e.id()).split("\\s+"))
      if (!t.isEmpty() && POSITIVE.matcher(t).find() && !STRONG_NEGATIVE.matcher(t).find() && !NEGATIVE.matcher(t).find()) return true;
    return false;
  }

  private static int weight(Element e) {
    int w = 0;
    String hint = e.className() + " " + e.id();
    if (NEGATIVE.matcher(hint).find()) w -= 25;
    if (POSITIVE.matcher(hint).find()) w += 25;
    if (e.tagName().equals("article") || e.tagName().equals("main")) w += 25;
    if (e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) w += 50;
    return w;
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ',' || s.charAt(i) == '\uFF0C' || s.charAt(i) == '\u3001') n++;
    return n;
  }

  /** Removes what a reader never sees: scripts, styles, hidden elements. */
  private static void prune(Element root) {
    List<Element> drop = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root) continue;
      if (INVISIBLE.contains(e.tagName())) drop.add(e);
      else if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden")) && e.text().length() < 200) drop.add(e);
      else {
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if ((style.contains("display:none") || style.contains("visibility:hidden")) && !heldBack(e)) drop.add(e);
      }
    }
    for (Element e : drop) e.remove();
  }

  /** Paragraphs of prose a hidden block must hold to be the article's held-back rest. */
  private static final int HELD_BACK_PARAGRAPHS = 3;

  /**
   * Whether a block hidden by style is the rest of the article that a script reveals (to subscribers, after "read
   * more"): it, with its hidden siblings of the same class, holds several paragraphs of prose, few of them links, and
   * sits beside the article's visible paragraphs.
   * Menus, dialogs and templates hidden the same way hold no such run of prose.
   */
  private static boolean heldBack(Element e) {
    if (e.parent() == null) return false;
    int prose = 0;
    // the rest often comes as a run of hidden siblings of one class, a paragraph each, with ads between
    for (Element part : e.parent().children()) {
      if (part != e && !(part.className().equals(e.className()) && part.attr("style").equals(e.attr("style")))) continue;
      for (Element p : part.select("p")) {
        String t = p.text();
        if (t.length() >= 100 && p.select("a").text().length() * 5 < t.length()) prose++;
      }
    }
    if (prose < HELD_BACK_PARAGRAPHS) return false;
    for (Element sib : e.parent().children())
      if (sib != e && (sib.tagName().equals("p") || !sib.select("> p").isEmpty()) && sib.text().length() >= 100) return true;
    return false;
  }

  /**
   * Builds the visible text: a new block at every block element, whitespace collapsed inside a block. Walks with
   * jsoup's traversor, not by recursion: a page of 10,000 nested elements would overflow the stack.
   */
  private static final class Walker implements NodeVisitor {
    private final StringBuilder out;
    private final List<Block> blocks;
    private final StringBuilder current = new StringBuilder();
    /** The owners of the enclosing blocks, innermost first: restored as each block closes. */
    private final Deque<Element> owners = new ArrayDeque<>();
    private int linkChars;
    private int linkDepth;
    private Element owner;

    Walker(StringBuilder out, List<Block> blocks) {
      this.out = out;
      this.blocks = blocks;
    }

    void walk(Element root) {
      owner = root;
      NodeTraversor.traverse(this, root);
      flush();
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
        return;
      }
      if (!(node instanceof Element e)) return;
      String tag = e.tagName();
      if (tag.equals("br")) {
        flush();
        return;
      }
      // a table row reads as one line, its cells apart by a space: a cell alone ("5040") means nothing
      if (tag.equals("td") || tag.equals("th")) append(" ");
      if (tag.equals("a")) linkDepth++;
      if (BLOCKS.contains(tag)) {
        flush();
        owners.push(owner);
        owner = e;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) return;
      String tag = e.tagName();
      if (tag.equals("br")) return;
      if (tag.equals("a")) linkDepth--;
      if (BLOCKS.contains(tag)) {
        flush();
        owner = owners.pop();
      }
    }

    private void append(String raw) {
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF') {
          if (!current.isEmpty() && current.charAt(current.length() - 1) != ' ') current.append(' ');
        } else {
          current.append(c);
          if (linkDepth > 0) linkChars++;
        }
      }
    }

    private void flush() {
      int end = current.length();
      while (end > 0 && current.charAt(end - 1) == ' ') end--;
      String text = current.substring(0, end);
      current.setLength(0);
      int links = linkChars;
      linkChars = 0;
      if (text.isEmpty()) return;
      if (!out.isEmpty()) out.append(BodyText.SEPARATOR);
      int start = out.length();
      out.append(text);
      blocks.add(new Block(owner, text, Math.min(links, text.length()), new Span(start, out.length())));
    }
  }
}
