package org.dateline.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.read.RawPage;

/** Routes each page to the cleaner for its format; a date a feed or sitemap listed the page with joins its own. */
public final class PageCleaner implements Cleaner {
  private final TextCleaner text;
  private final HtmlCleaner html;

  public PageCleaner(TextCleaner text, HtmlCleaner html) {
    this.text = text;
    this.html = html;
  }

  public static PageCleaner standard() {
    return new PageCleaner(new TextCleaner(), new HtmlCleaner());
  }

  @Override
  public CleanArticle clean(RawPage page) {
    CleanArticle a = switch (page.format()) {
      case TEXT -> text.clean(page);
      case HTML -> html.clean(page);
    };
    return page.listedDate() == null ? a : listed(a, page.listedDate());
  }

  /**
   * The article with its listing's date as one more hint. The hints are localised again together: a feed's local
   * time may be the twin that tells which day a page's UTC value fell on where it was written, and the other way round.
   */
  static CleanArticle listed(CleanArticle a, String listedDate) {
    LocalDate d = Dates.machine(listedDate.strip());
    if (d == null) return a;
    List<DateHint> hints = new ArrayList<>(a.meta().dateHints());
    hints.add(new DateHint(d, DateHint.Kind.FEED, listedDate.strip()));
    ArticleMeta m = a.meta();
    ArticleMeta withListing = new ArticleMeta(m.outlet(), m.agency(), m.headline(), m.section(), m.byline(), m.dateline(),
        m.datelineSpan(), LocalDays.of(hints));
    return new CleanArticle(a.source(), a.url(), a.sourceText(), a.visibleText(), a.body(), a.removed(), withListing,
        a.fetched(), a.warnings());
  }
}
