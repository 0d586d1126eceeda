package org.dateline.clean;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.BodyText;
import org.dateline.model.Span;
import org.dateline.read.RawPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Cleans an HTML page: the visible text of its block elements, keeping paragraph blocks as the body. */
public final class HtmlCleaner implements Cleaner {

  @Override
  public CleanArticle clean(RawPage page) {
    Document doc = Jsoup.parse(page.content(), page.url() == null ? "" : page.url());
    StringBuilder visible = new StringBuilder();
    List<Span> paragraphs = new ArrayList<>();
    for (Element p : doc.select("h1, h2, h3, p, li, blockquote")) {
      String t = p.text().strip();
      if (t.isEmpty() || !p.select("p, li").isEmpty()) continue;
      if (!visible.isEmpty()) visible.append("\n\n");
      int start = visible.length();
      visible.append(t);
      if (p.tagName().equals("p")) paragraphs.add(new Span(start, visible.length()));
    }
    String text = visible.toString();
    Element h1 = doc.selectFirst("h1");
    String headline = h1 != null ? h1.text().strip() : doc.title().strip();
    return new CleanArticle(page.source(), page.url(), text, true, new BodyText(text, paragraphs), List.of(),
        new ArticleMeta(null, headline.isEmpty() ? null : headline, null, null, null, null, List.of()),
        page.fetched(), page.warnings());
  }
}
