package org.dateline.clean;

import org.dateline.read.RawPage;

/** Routes each page to the cleaner for its format. */
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
    return switch (page.format()) {
      case TEXT -> text.clean(page);
      case HTML -> html.clean(page);
    };
  }
}
