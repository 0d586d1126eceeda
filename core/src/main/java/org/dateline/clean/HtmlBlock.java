package org.dateline.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.BodyText;
import org.dateline.model.Span;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** One run of visible text of an HTML page, owned by its nearest block element, with its span on the visible text. */
record HtmlBlock(Element owner, String text, int linkChars, Span span) {
  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "center", "dd", "details",
      "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
      "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
      "tfoot", "thead", "tr", "ul", "br", "caption", "menu", "body", "html", "picture");
  private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "iframe",
      "button", "select", "option", "textarea", "input", "head", "title", "meta", "link", "object", "embed", "canvas",
      "video", "audio", "map", "dialog");

  /** The visible blocks under {@code body} (hidden elements removed first), their text appended to {@code visible}. */
  static List<HtmlBlock> read(Element body, StringBuilder visible) {
    prune(body);
    List<HtmlBlock> blocks = new ArrayList<>();
    new Walker(visible, blocks).walk(body);
    return blocks;
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
    private final List<HtmlBlock> blocks;
    private final StringBuilder current = new StringBuilder();
    /** The owners of the enclosing blocks, innermost first: restored as each block closes. */
    private final Deque<Element> owners = new ArrayDeque<>();
    private int linkChars;
    private int linkDepth;
    private Element owner;

    Walker(StringBuilder out, List<HtmlBlock> blocks) {
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
      blocks.add(new HtmlBlock(owner, text, Math.min(links, text.length()), new Span(start, out.length())));
    }
  }
}
