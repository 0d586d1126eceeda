package org.dateline.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dateline.json.Json;
import org.dateline.store.Views.ArticleMeta;
import org.dateline.store.Views.StatementView;
import org.dateline.store.Views.StoryView;
import org.dateline.store.Views.Variant;

/**
 * Writes the record out: JSON Lines (one merged statement a line), CSV (one row per outlet's version), TimelineJS.
 * Columns and fields are described in docs/exports.md.
 */
public final class Exports {
  public enum Format { jsonl, csv, timelinejs }

  public static final List<String> CSV_COLUMNS = List.of("statement", "speaker", "role", "outlet", "headline", "published",
      "date", "kind", "text", "article", "url", "offsets", "story");
  private static final int PAGE = 1000;

  /**
   * What an export wrote: statements, and those a format could not place (TimelineJS needs a start date: a statement
   * with neither a date nor a publication range behind it), which the caller reports; {@code versions} counts the
   * statements' versions in articles (CSV's rows).
   */
  public record Written(int statements, int versions, int leftOut) {}

  private Exports() {}

  /** Writes every non-rejected statement (of {@code story} when given); returns how many statements. */
  public static int write(Queries q, Format format, String story, Writer out) throws IOException {
    return write(q, format, story, false, out).statements();
  }

  /**
   * Writes every non-rejected statement (of {@code story} when given). {@code excel} shapes CSV for spreadsheets: a
   * byte-order mark (else Excel reads UTF-8 as a legacy code page) and no cell a spreadsheet would run as a formula.
   */
  public static Written write(Queries q, Format format, String story, boolean excel, Writer out) throws IOException {
    StoryView only = story == null ? null : q.story(story); // unknown ids fail before anything is written
    int n = 0, versions = 0, leftOut = 0;
    ArrayNode events = Json.mapper().createArrayNode();
    Map<String, String> labels = new LinkedHashMap<>();
    for (StoryView s : q.stories()) labels.put(s.id(), s.label() == null || s.label().isBlank() ? s.id() : s.label());
    Set<String> outlets = new LinkedHashSet<>();
    LocalDate first = null, last = null;
    if (format == Format.csv) out.write((excel ? "\uFEFF" : "") + String.join(",", CSV_COLUMNS) + "\r\n");
    for (int offset = 0; ; offset += PAGE) {
      var page = q.statements(new StatementQuery(null, null, null, story, null, null, null, PAGE, offset));
      Map<Long, ArticleMeta> articles = format == Format.jsonl ? Map.of()
          : q.articleMeta(page.items().stream().flatMap(s -> s.variants().stream()).map(Variant::articleId).collect(Collectors.toSet()));
      for (StatementView s : page.items()) {
        n++;
        versions += s.variants().size();
        switch (format) {
          case jsonl -> out.write(Json.mapper().writeValueAsString(s) + "\n");
          case csv -> {
            for (Variant v : s.variants()) out.write(csvRow(s, v, articles.get(v.articleId()), excel));
          }
          case timelinejs -> {
            ObjectNode e = event(s, articles, labels);
            if (e == null) leftOut++;
            else {
              events.add(e);
              outlets.addAll(s.outlets());
              LocalDate d = startOf(e);
              if (first == null || d.isBefore(first)) first = d;
              if (last == null || d.isAfter(last)) last = d;
            }
          }
        }
      }
      if (page.items().size() < PAGE) break;
    }
    if (format == Format.timelinejs) {
      ObjectNode root = Json.mapper().createObjectNode();
      // the title slide: what this is, how much of it, from whom and over when
      ObjectNode title = root.putObject("title").putObject("text");
      title.put("headline", html(only != null ? labels.getOrDefault(only.id(), only.id()) : "Statements in the Dateline store"));
      title.put("text", "%d statements from %d outlets%s%s. Each event links to the articles that report it.".formatted(
          events.size(), outlets.size(), first == null ? "" : ", " + first + " to " + last,
          leftOut == 0 ? "" : "; %d with no date or date range are not shown".formatted(leftOut)));
      root.set("events", events);
      out.write(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }
    out.flush();
    return new Written(n, versions, leftOut);
  }

  /** The statements as CSV, one row per outlet's version, with the header row. */
  public static void csv(Queries q, List<StatementView> statements, Writer out) throws IOException {
    csv(q, statements, false, out);
  }

  /** As {@link #csv(Queries, List, Writer)}; {@code excel} as {@link #write(Queries, Format, String, boolean, Writer)}. */
  public static void csv(Queries q, List<StatementView> statements, boolean excel, Writer out) throws IOException {
    Map<Long, ArticleMeta> articles = q.articleMeta(statements.stream().flatMap(s -> s.variants().stream()).map(Variant::articleId).collect(Collectors.toSet()));
    out.write((excel ? "\uFEFF" : "") + String.join(",", CSV_COLUMNS) + "\r\n");
    for (StatementView s : statements) for (Variant v : s.variants()) out.write(csvRow(s, v, articles.get(v.articleId()), excel));
  }

  static String csvRow(StatementView s, Variant v, ArticleMeta a, boolean excel) {
    List<String> cells = List.of(s.id(), s.speaker() == null ? "" : nz(s.speaker().name()), String.join("; ", s.roles()),
        nz(v.outlet()), a == null ? "" : nz(a.headline()),
        a == null ? (v.published() == null ? "" : v.published().toString()) : a.dateOrRange(),
        v.date() != null ? v.date().toString() : s.date() == null ? "" : s.date().toString(), s.kind(),
        nz(v.textOr(s.text())), nz(v.source()), nz(v.url()),
        v.spans().stream().map(sp -> sp.start() + "-" + sp.end()).collect(Collectors.joining(" ")), nz(s.story()));
    return cells.stream().map(c -> csv(excel ? formulaSafe(c) : c)).collect(Collectors.joining(",")) + "\r\n";
  }

  /** RFC 4180: quote a cell holding a comma, quote or line break, doubling its quotes. */
  static String csv(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) return cell;
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  /**
   * A cell a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return: OWASP's CSV
   * injection list) gets a leading apostrophe, which spreadsheets show as text and do not display.
   */
  static String formulaSafe(String cell) {
    if (cell.isEmpty()) return cell;
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /**
   * A TimelineJS event, or null when there is no date to place it at. A statement without a date of its own but
   * reported by articles whose publication is known only as a range is placed over the range its versions were said
   * in (each article's, moved back to the cue's weekday): it was said by the time the first report appeared, so the
   * range runs from the earliest start to the earliest end.
   */
  static ObjectNode event(StatementView s, Map<Long, ArticleMeta> articles, Map<String, String> labels) {
    ObjectNode e = Json.mapper().createObjectNode();
    if (s.date() != null) date(e.putObject("start_date"), s.date());
    else {
      LocalDate from = null, to = null;
      for (Variant v : s.variants()) {
        if (articles.get(v.articleId()) == null) continue;
        // the version's own range: its article's, moved back to its cue's weekday (Variant)
        LocalDate lo = v.published() != null ? v.published() : v.earliest(), hi = v.published() != null ? v.published() : v.latest();
        if (lo != null && (from == null || lo.isBefore(from))) from = lo;
        if (hi != null && (to == null || hi.isBefore(to))) to = hi;
      }
      if (from == null) return null;
      date(e.putObject("start_date"), from);
      if (to != null && to.isAfter(from)) {
        date(e.putObject("end_date"), to);
        e.put("display_date", "between %s and %s".formatted(from, to));
      }
    }
    ObjectNode t = e.putObject("text");
    t.put("headline", html(s.speaker() == null ? "Unattributed" : s.speaker().name()));
    // TimelineJS renders these fields as HTML: every piece of article text is escaped, links are http(s) only
    List<String> sources = new ArrayList<>();
    for (Variant v : s.variants()) {
      ArticleMeta a = articles.get(v.articleId());
      String name = html(v.outlet() != null ? v.outlet() : "an article") + (a != null && a.headline() != null ? ": " + html(a.headline()) : "");
      String url = webUrl(v.url());
      String item = url == null ? name : "<a href=\"" + html(url) + "\" target=\"_blank\" rel=\"noopener\">" + name + "</a>";
      if (!sources.contains(item)) sources.add(item);
    }
    t.put("text", "<p>" + html(s.text()) + "</p><p>Reported by " + String.join("; ", sources) + "</p>");
    if (s.story() != null) e.put("group", html(labels.getOrDefault(s.story(), s.story())));
    e.put("unique_id", s.id());
    return e;
  }

  private static void date(ObjectNode d, LocalDate date) {
    d.put("year", date.getYear()).put("month", date.getMonthValue()).put("day", date.getDayOfMonth());
  }

  private static LocalDate startOf(ObjectNode e) {
    var d = e.get("start_date");
    return LocalDate.of(d.get("year").asInt(), d.get("month").asInt(), d.get("day").asInt());
  }

  /** The URL when it is an absolute http(s) one (never a javascript: link from an article). */
  static String webUrl(String url) {
    if (url == null) return null;
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme();
      return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && u.getHost() != null ? u.toString() : null;
    } catch (Exception e) {
      return null;
    }
  }

  static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}
