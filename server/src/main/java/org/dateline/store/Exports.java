package org.dateline.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.dateline.json.Json;
import org.dateline.store.Views.StatementView;
import org.dateline.store.Views.Variant;

/** Writes the record out: JSON Lines (one merged statement a line), CSV (one row per outlet's version), TimelineJS. */
public final class Exports {
  public enum Format { jsonl, csv, timelinejs }

  public static final List<String> CSV_COLUMNS = List.of("statement", "speaker", "role", "outlet", "date", "kind", "text",
      "article", "url", "offsets", "story");
  private static final int PAGE = 1000;

  private Exports() {}

  /** Writes every non-rejected statement (of {@code story} when given); returns how many statements. */
  public static int write(Queries q, Format format, String story, Writer out) throws IOException {
    if (story != null) q.story(story); // unknown ids fail before anything is written
    int n = 0;
    ArrayNode events = Json.mapper().createArrayNode();
    if (format == Format.csv) out.write(String.join(",", CSV_COLUMNS) + "\r\n");
    for (int offset = 0; ; offset += PAGE) {
      var page = q.statements(new StatementQuery(null, null, null, story, null, null, null, PAGE, offset));
      for (StatementView s : page.items()) {
        n++;
        switch (format) {
          case jsonl -> out.write(Json.mapper().writeValueAsString(s) + "\n");
          case csv -> {
            for (Variant v : s.variants()) out.write(csvRow(s, v));
          }
          case timelinejs -> {
            if (s.date() != null) events.add(event(s)); // TimelineJS needs a start date
          }
        }
      }
      if (page.items().size() < PAGE) break;
    }
    if (format == Format.timelinejs) {
      ObjectNode root = Json.mapper().createObjectNode();
      if (story != null) root.putObject("title").putObject("text").put("headline", q.story(story).label());
      root.set("events", events);
      out.write(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }
    out.flush();
    return n;
  }

  /** The statements as CSV, one row per outlet's version, with the header row. */
  public static void csv(List<StatementView> statements, Writer out) throws IOException {
    out.write(String.join(",", CSV_COLUMNS) + "\r\n");
    for (StatementView s : statements) for (Variant v : s.variants()) out.write(csvRow(s, v));
  }

  static String csvRow(StatementView s, Variant v) {
    List<String> cells = List.of(s.id(), s.speaker() == null ? "" : nz(s.speaker().name()), String.join("; ", s.roles()),
        nz(v.outlet()), v.date() != null ? v.date().toString() : s.date() == null ? "" : s.date().toString(), s.kind(),
        nz(v.textOr(s.text())), nz(v.source()), nz(v.url()),
        v.spans().stream().map(sp -> sp.start() + "-" + sp.end()).collect(Collectors.joining(" ")), nz(s.story()));
    return cells.stream().map(Exports::csv).collect(Collectors.joining(",")) + "\r\n";
  }

  /** RFC 4180: quote a cell holding a comma, quote or line break, doubling its quotes. */
  static String csv(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) return cell;
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static ObjectNode event(StatementView s) {
    ObjectNode e = Json.mapper().createObjectNode();
    if (s.date() != null) {
      ObjectNode d = e.putObject("start_date");
      d.put("year", s.date().getYear()).put("month", s.date().getMonthValue()).put("day", s.date().getDayOfMonth());
    }
    ObjectNode t = e.putObject("text");
    t.put("headline", s.speaker() == null ? "Unattributed" : s.speaker().name());
    // TimelineJS renders this field as HTML: escape it
    t.put("text", html(s.text()) + " <i>(" + html(String.join(", ", s.outlets())) + ")</i>");
    if (s.story() != null) e.put("group", s.story());
    e.put("unique_id", s.id());
    return e;
  }

  static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}
