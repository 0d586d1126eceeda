package org.dateline.clean;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Dates a reader sees on an HTML page: {@code <time>} elements and short date lines by the headline, never an update's. */
final class VisibleDates {
  private VisibleDates() {}

  private static final Pattern UPDATED = Pattern.compile("(?i)updat|modif|edited|revised");
  /** Class names are looser than words ("update-date" holds the published date too): only the past participle. */
  private static final Pattern UPDATED_MARK = Pattern.compile("(?i)updated|modified");

  /** The first {@code <time datetime>} that is not an update time: an update never dates a story's publication. */
  static Element publishedTime(Document doc) {
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
  private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}{2}\\.\\s+\\p{Lu}|\\d{4}\\.\\s+\\p{Lu}");
  private static final String ASIDE = "nav, aside, footer, figure, figcaption, [class~=(?i)related|teaser|promo|recirc|caption]";

  /**
   * The date a reader sees by the headline and byline ("Published Dec. 22, 2023 10:08 p.m. ET"), written in the
   * page's own local day: the short date-bearing element nearest the h1, not an update line, not in navigation,
   * asides or footers.
   */
  static DateHint nearHeadline(Document doc, String headline) {
    Element h1 = null;
    for (Element h : doc.select("h1")) {
      if (h1 == null || (headline != null && headline.equals(HtmlMetadata.clean(h.text())))) h1 = h;
      if (headline != null && headline.equals(HtmlMetadata.clean(h.text()))) break;
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
      String t = HtmlMetadata.clean(e.text());
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
}
