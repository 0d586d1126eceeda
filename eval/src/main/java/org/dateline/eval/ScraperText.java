package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An HTML page as a naive scraper saves it, the way the news-text set's README says it was built: the whole visible
 * text of the body (script, style, noscript, template, svg, title, comments and the head dropped, nothing judged, no
 * CSS), a line break at each start and end of a block-level element, a space between table cells, whitespace inside
 * a line collapsed (kept inside {@code <pre>}), lines trimmed, runs of more than two blank lines cut to two. Also the
 * texts of the page's {@code <h1>} elements, the headline label where no gold headline exists. Training data only.
 */
public final class ScraperText {
  /** The page's text and its h1 texts. */
  public record Result(String text, List<String> h1) {}

  private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "title", "head");
  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "caption", "center",
      "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
      "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
      "summary", "table", "tbody", "thead", "tfoot", "tr", "time", "ul", "option", "select", "textarea", "iframe", "video",
      "audio", "picture", "button", "label");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\f\\r\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

  private ScraperText() {}

  public static Result of(String html) {
    Document doc = Jsoup.parse(html);
    StringBuilder sb = new StringBuilder();
    walk(doc.body(), sb, false);
    List<String> h1 = new ArrayList<>();
    for (Element e : doc.body().select("h1")) if (!e.text().isBlank()) h1.add(e.text().strip());
    return new Result(tidy(sb.toString()), h1);
  }

  private static void walk(Node node, StringBuilder sb, boolean pre) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        String s = t.getWholeText();
        // a newline is only a space, except inside <pre>
        sb.append(pre ? s.replace('\u0001', ' ') : s.replaceAll("\\s+", " "));
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (DROPPED.contains(tag)) continue;
        boolean block = BLOCKS.contains(tag);
        if (block) sb.append('\n');
        if (tag.equals("td") || tag.equals("th")) sb.append(' ');
        walk(e, sb, pre || tag.equals("pre"));
        if (block) sb.append('\n');
      }
    }
  }

  private static String tidy(String raw) {
    StringBuilder out = new StringBuilder();
    int blanks = 0;
    boolean started = false;
    for (String line : raw.split("\n", -1)) {
      String t = SPACES.matcher(line).replaceAll(" ").strip();
      if (t.isEmpty()) {
        if (started) blanks++;
        continue;
      }
      if (started) out.append("\n".repeat(Math.min(blanks, 2) + 1));
      out.append(t);
      started = true;
      blanks = 0;
    }
    return out.append('\n').toString();
  }
}
