package org.dateline.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.model.RemovalReason;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, class and id say about the text under it: chrome tags, negative hints (a share bar, a
 * comment list), strong negative hints (a whole subtree that is not the article), positive hints (an article body).
 * Verdicts are kept per page ({@link #forget} between pages), as each element is asked once per block below it.
 */
final class HtmlHints {
  private HtmlHints() {}

  static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "form", "menu");
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

  static RemovalReason hintReason(Element e) {
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

  static boolean negative(Element e) {
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

  static boolean underStrongNegative(Element e) {
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

  static int weight(Element e) {
    int w = 0;
    String hint = e.className() + " " + e.id();
    if (NEGATIVE.matcher(hint).find()) w -= 25;
    if (POSITIVE.matcher(hint).find()) w += 25;
    if (e.tagName().equals("article") || e.tagName().equals("main")) w += 25;
    if (e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) w += 50;
    return w;
  }

  /** Forgets the verdicts of the last page. */
  static void forget() {
    NEGATIVE_MEMO.get().clear();
    STRONG_MEMO.get().clear();
  }
}
