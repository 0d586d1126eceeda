package org.dateline.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.dateline.json.Json;

/** Renders timelines: JSON, Markdown, TimelineJS JSON (the format TimelineJS reads) or one self-contained HTML page. */
public enum TimelineFormat {
  JSON {
    @Override
    public String render(List<Timeline> timelines) {
      try {
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(timelines) + "\n";
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write timeline JSON", e);
      }
    }
  },
  MARKDOWN {
    @Override
    public String render(List<Timeline> timelines) {
      StringBuilder b = new StringBuilder();
      for (Timeline t : timelines) {
        b.append("# ").append(md(t.label())).append(" (").append(span(t)).append(")\n\n");
        for (Timeline.Entry e : t.entries()) {
          b.append("- **").append(when(e)).append("** ");
          if (e.kind().equals("article")) {
            b.append("📰 ").append(md(e.outlet() == null ? e.source() : e.outlet())).append(": ")
                .append(md(e.headline() == null || e.headline().isBlank() ? e.source() : e.headline()));
          } else {
            b.append(md(e.speaker() == null ? "unknown speaker" : e.speaker())).append(": “").append(md(e.text()))
                .append("” — ").append(md(String.join(", ", e.outlets())));
          }
          if (e.evidence() != null) b.append(" _(").append(md(e.evidence())).append(")_");
          b.append('\n');
        }
        b.append('\n');
      }
      return b.toString();
    }
  },
  TIMELINEJS {
    @Override
    public String render(List<Timeline> timelines) {
      ObjectNode root = Json.mapper().createObjectNode();
      ObjectNode title = root.putObject("title").putObject("text");
      title.put("headline", timelines.isEmpty() ? "Dateline" : html(timelines.get(0).label()));
      ArrayNode events = root.putArray("events");
      List<String> undated = new java.util.ArrayList<>();
      int ranged = 0;
      for (Timeline t : timelines) {
        for (Timeline.Entry e : t.entries()) {
          if (e.date() == null && !e.ranged()) {
            // TimelineJS needs a start date: an undated article is named on the title slide instead of vanishing
            if (e.kind().equals("article")) undated.add(html(e.headline() == null || e.headline().isBlank() ? e.source() : e.headline()));
            continue;
          }
          ObjectNode ev = events.addObject();
          LocalDate start = e.date() != null ? e.date() : e.earliest();
          ObjectNode d = ev.putObject("start_date");
          d.put("year", start.getYear());
          d.put("month", start.getMonthValue());
          d.put("day", start.getDayOfMonth());
          if (e.date() == null) {
            // known only by a range: a span from its first to its last possible day, never one of them as its day
            ranged++;
            ObjectNode end = ev.putObject("end_date");
            end.put("year", e.latest().getYear());
            end.put("month", e.latest().getMonthValue());
            end.put("day", e.latest().getDayOfMonth());
          }
          ObjectNode text = ev.putObject("text");
          if (e.kind().equals("article")) {
            text.put("headline", html(e.headline() == null || e.headline().isBlank() ? e.source() : e.headline()));
            text.put("text", html(e.outlet() == null ? e.source() : e.outlet()) + evidenceHtml(e));
          } else {
            text.put("headline", html(e.speaker() == null ? "Statement" : e.speaker()));
            text.put("text", "“" + html(e.text()) + "” — " + html(String.join(", ", e.outlets())) + evidenceHtml(e));
          }
          ev.put("group", html(t.label()));
          ev.put("unique_id", e.kind().equals("article") ? "a-" + Words.shortHash(e.source()) : e.statementId());
        }
      }
      title.put("text", (timelines.size() == 1 ? "1 story" : timelines.size() + " stories")
          + (ranged == 0 ? "" : "<p>" + (ranged == 1 ? "1 event is" : ranged + " events are")
              + " known only by a range of days: shown from the first to the last day it may be, not on one day.</p>")
          + (undated.isEmpty() ? "" : "<p>Undated, not placed on the timeline: " + String.join("; ", undated) + "</p>"));
      try {
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
      } catch (JsonProcessingException ex) {
        throw new IllegalStateException("cannot write TimelineJS JSON", ex);
      }
    }
  },
  HTML {
    @Override
    public String render(List<Timeline> timelines) {
      StringBuilder b = new StringBuilder("""
          <!DOCTYPE html>
          <html lang="en"><head><meta charset="utf-8"><title>Dateline timeline</title>
          <style>
          body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#222}
          h2{border-bottom:2px solid #ccc;padding-bottom:.2rem} ol{list-style:none;padding:0}
          li{margin:.6rem 0;padding-left:7.5rem;position:relative} time{position:absolute;left:0;color:#666;font-variant-numeric:tabular-nums}
          .article{font-weight:600} .speaker{font-weight:600} .outlets{color:#666;font-size:.9em} blockquote{margin:.2rem 0}
          li.ranged{border-left:3px dashed #999;margin-left:-.6rem;padding-left:8.1rem} .evidence{display:block;color:#666;font-size:.85em;font-style:italic}
          </style></head><body>
          <h1>Timeline</h1>
          """);
      for (Timeline t : timelines) {
        b.append("<section id=\"").append(html(t.storyId())).append("\"><h2>").append(html(t.label()))
            .append("</h2><p class=\"outlets\">").append(html(span(t))).append("</p><ol>\n");
        for (Timeline.Entry e : t.entries()) {
          b.append(e.date() == null && e.ranged() ? "<li class=\"ranged\">" : "<li>");
          if (e.date() != null) b.append("<time datetime=\"").append(e.date()).append("\">").append(e.date()).append("</time>");
          else if (e.ranged()) b.append("<time class=\"range\" datetime=\"").append(e.earliest()).append("/").append(e.latest())
              .append("\">").append(e.earliest()).append(" –<br>").append(e.latest()).append("</time>");
          else b.append("<time>undated</time>");
          if (e.kind().equals("article")) {
            b.append("<span class=\"article\">").append(html(e.headline() == null || e.headline().isBlank() ? e.source() : e.headline()))
                .append("</span> <span class=\"outlets\">").append(html(e.outlet() == null ? e.source() : e.outlet())).append("</span>");
          } else {
            b.append("<span class=\"speaker\">").append(html(e.speaker() == null ? "Unknown speaker" : e.speaker()))
                .append("</span><blockquote>“").append(html(e.text())).append("”</blockquote><span class=\"outlets\">")
                .append(html(String.join(", ", e.outlets()))).append("</span>");
          }
          if (e.evidence() != null) b.append(" <span class=\"evidence\">").append(html(e.evidence())).append("</span>");
          b.append("</li>\n");
        }
        b.append("</ol></section>\n");
      }
      return b.append("</body></html>\n").toString();
    }
  };

  public abstract String render(List<Timeline> timelines);

  /** An entry's day, its range ("2025-12-19 – 2026-03-08"), its latest or earliest bound, or "undated". */
  static String when(Timeline.Entry e) {
    if (e.date() != null) return e.date().toString();
    if (e.ranged()) return e.earliest() + " – " + e.latest();
    if (e.latest() != null) return "by " + e.latest();
    if (e.earliest() != null) return "from " + e.earliest();
    return "undated";
  }

  private static String evidenceHtml(Timeline.Entry e) {
    return e.evidence() == null ? "" : "<p><em>" + html(e.evidence()) + "</em></p>";
  }

  static String span(Timeline t) {
    LocalDate a = t.first(), z = t.last();
    if (a == null) return "undated";
    return a.equals(z) || z == null ? a.toString() : a + " – " + z;
  }

  /** Escapes text for HTML element content and attribute values. */
  static String html(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Keeps article text from turning into Markdown markup. */
  static String md(String s) {
    if (s == null) return "";
    return s.replace("\\", "\\\\").replaceAll("([*_`\\[\\]<>#|])", "\\\\$1").replace("\n", " ");
  }
}
