package org.dateline.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

/**
 * Cleans an HTML page. The visible text (block elements separated by blank lines) becomes the source text; blocks
 * are scored by text length, commas, link density and class/id hints, the scores flow up to their containers, and
 * the best container is the article. Its blocks are kept unless they look like chrome (a chrome class on the way
 * up, mostly links, a known chrome shape); everything else on the page is removed with a reason. In order: the
 * visible blocks ({@link HtmlBlock}), the article's container ({@link MainContainer}, over {@link HtmlHints}), each
 * block's reason, the standfirst, the closing notices, the JSON-LD body where the page shows none.
 */
public final class HtmlCleaner implements Cleaner {
  private static final boolean DEBUG = Boolean.getBoolean("dateline.clean.debug");

  @Override
  public CleanArticle clean(RawPage page) {
    HtmlHints.forget();
    try {
      return cleanPage(page);
    } finally {
      HtmlHints.forget();
    }
  }

  private CleanArticle cleanPage(RawPage page) {
    Document doc = Jsoup.parse(page.content(), page.url() == null ? "" : page.url());
    HtmlMetadata meta = HtmlMetadata.of(doc, page.url());
    Element body = doc.body();
    StringBuilder visible = new StringBuilder();
    List<HtmlBlock> blocks = HtmlBlock.read(body, visible);
    String source = visible.toString();

    Element main = MainContainer.of(blocks);
    if (DEBUG && main != null) System.err.println("main: " + main.cssSelector());
    List<RemovalReason> reasons = new ArrayList<>(blocks.size());
    String headlineNorm = meta.headline() == null ? null : Chrome.norm(meta.headline());
    Set<String> seen = new HashSet<>();
    int first = -1;
    for (HtmlBlock b : blocks) {
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
      HtmlBlock b = blocks.get(i);
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
  private static int standfirst(List<HtmlBlock> blocks, List<RemovalReason> reasons, int first, Set<String> descriptions) {
    if (descriptions.isEmpty()) return -1;
    int gapChars = 0;
    for (int i = first - 1; i >= 0 && first - 1 - i <= STANDFIRST_GAP_BLOCKS; i--) {
      HtmlBlock b = blocks.get(i);
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
  private static void trailingNotices(List<HtmlBlock> blocks, List<RemovalReason> reasons) {
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
  private static RemovalReason reason(HtmlBlock b, Element main, String headlineNorm) {
    if (!inside(b.owner(), main)) return RemovalReason.OTHER;
    String tag = b.owner().tagName();
    if (tag.equals("h1")) return RemovalReason.HEADLINE;
    if (headlineNorm != null && Chrome.norm(b.text()).equals(headlineNorm)) return RemovalReason.HEADLINE;
    for (Element e = b.owner(); e != null && e != main; e = e.parent()) {
      String t = e.tagName();
      if (HtmlHints.CHROME_TAGS.contains(t) || t.equals("header")) return RemovalReason.NAVIGATION;
      if (t.equals("figcaption") || t.equals("figure")) return RemovalReason.CAPTION;
      if (HtmlHints.negative(e)) return HtmlHints.hintReason(e);
    }
    RemovalReason shape = Chrome.reason(b.text());
    if (shape != null) return shape;
    int len = b.text().length();
    if (len > 0 && b.linkChars() * 2 > len && (len < 200 || b.linkChars() * 10 > len * 9)) return RemovalReason.LINK_LIST;
    return null;
  }


  private static boolean inside(Element e, Element container) {
    for (Element x = e; x != null; x = x.parent()) if (x == container) return true;
    return false;
  }
}
