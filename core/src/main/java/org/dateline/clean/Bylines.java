package org.dateline.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.CalendarWords;

/**
 * The byline of a scraped page, read from the lines around the headline. Two shapes, tried in this order: a line
 * that says it is a byline ("By Ana Ruiz", "ByAna Ruiz", "Story by ...", "Dec 19, 2026 by Ana Ruiz",
 * "Author:" or "By" alone with the name on the next line); else a line that is only a name (two to four capitalised
 * words, perhaps followed by the outlet, a date or a time) between the headline and the lead.
 */
final class Bylines {
  /** How far above the headline and below the lead a byline is looked for. */
  private static final int ABOVE = 3, BELOW = 2, BELOW_LEAD = 6;
  private static final Pattern BY = Pattern.compile(
      "^(?:(?:written |words |story |reporting |text )?by|as told to|author:?|posted by|authors?:)\\s*:?\\s*(?=\\p{Lu})(.{2,120})$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BY_IN_LINE = Pattern.compile("(?:^|\\s|\\|)(?:by|By|BY)\\s+(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3})");
  private static final Pattern BY_ALONE = Pattern.compile("^(?:by|written by|author:?|authors?:|words by)$", Pattern.CASE_INSENSITIVE);
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
  private static final Pattern NAME = Pattern.compile("^(" + NAME_WORD + "(?:\\s+(?:(?:de|da|van|von|der|del|la|le|di|bin|al)\\s+)?"
      + NAME_WORD + "){1,3})(?=$|\\s*[,|·•/–—@-]|\\s+\\d|\\s+\\p{Lu})");
  /** What ends the name part of a byline: a date, a time, a separator, a role. */
  private static final Pattern NAME_END = Pattern.compile(
      "\\s*(?:[|·•]|\\s[–—-]\\s|\\s+on\\s*$|\\s+\\d{1,2}:\\d\\d|\\s+(?:updated|published|posted)\\b).*$", Pattern.CASE_INSENSITIVE);

  private Bylines() {}

  /** The byline near the headline at {@code headline} (may be -1) above the lead at {@code lead}, or null. */
  static String near(List<String> lines, int headline, int lead) {
    int from = Math.max(0, (headline >= 0 ? headline : lead) - ABOVE), to = Math.min(lines.size(), lead + BELOW);
    for (int i = from; i < to; i++) {
      String t = lines.get(i).strip();
      if (i == headline || Chrome.words(t) > 16) continue;
      Matcher by = BY.matcher(t);
      if (by.matches()) return clip(by.group(1));
      if (BY_ALONE.matcher(t).matches() && i + 1 < lines.size()) {
        String next = lines.get(i + 1).strip();
        if (Chrome.words(next) <= 12 && !next.isEmpty() && Character.isUpperCase(next.charAt(0))) return clip(next);
      }
      Matcher in = BY_IN_LINE.matcher(t);
      if (in.find() && (Dates.text(t) != null || t.contains("|"))) return clip(in.group(1));
    }
    if (headline < 0) return null;
    // a name on its own line under the headline, also past a standfirst taken for the lead
    for (int i = headline + 1; i < Math.min(Math.min(lines.size(), lead + BELOW_LEAD), headline + 10); i++) {
      String t = lines.get(i).strip();
      if (i == lead || Chrome.words(t) > 12 || Chrome.endsSentence(t) && !t.endsWith(".") || Chrome.reason(t) != null) continue;
      if (nameLine(t)) return clip(t);
    }
    return null;
  }

  /** The line of an explicit byline ("By Ana Ruiz", "ByAna Ruiz") within {@code reach} lines of {@code lead}, nearest first; -1 if none. */
  static int explicitNear(List<String> lines, int lead, int reach) {
    for (int d = 0; d <= reach; d++) {
      for (int i : new int[] {lead - d, lead + d}) {
        if (i < 0 || i >= lines.size()) continue;
        String t = lines.get(i).strip();
        if (Chrome.words(t) <= 8 && STRICT_BY.matcher(t).matches()) return i;
      }
    }
    return -1;
  }

  private static final Pattern STRICT_BY = Pattern.compile("^(?:[Bb]y|BY)\\s*:?\\s*\\p{Lu}\\p{L}+(?:[\\s.-]+\\p{Lu}[\\p{L}.'’-]*){1,4}.*$");

  /** Whether {@code t} is a line holding only a name, perhaps with the outlet, a date or a time after it. */
  static boolean nameLine(String t) {
    String s = t.strip();
    if (Chrome.words(s) > 10 || Chrome.endsSentence(s) && !s.endsWith(".")) return false;
    Matcher name = NAME.matcher(s);
    if (!name.find() || !looksLikeName(name.group(1))) return false;
    String rest = s.substring(name.end()).strip();
    // "Jim Walsh Cherry Hill Courier-Post", "Haje Jan Kamps 2 months", "Ana Ruiz · Harbor Ledger ·": short rest
    return Chrome.words(rest) <= 4 || Dates.text(rest) != null;
  }

  /** The name part of a byline line. */
  static String clip(String s) {
    String t = s.strip();
    // a role, a handle or a date glued to the name by a scraper that dropped the space ends it: "Ana RuizStaff
    // Writer", "Ana Ruiz@anaruiz", "Ana RuizDecember 20, 2026", "Ana Ruizarchive page"
    Matcher g = GLUED.matcher(t);
    if (g.find() && g.end() > 3) t = t.substring(0, g.end());
    t = NAME_END.matcher(t).replaceFirst("").strip();
    t = ROLE_END.matcher(t).replaceFirst("").strip();
    t = t.replaceFirst("(?i)[\\s,]+(?:on|updated)$", "").replaceFirst("[,;:/]+$", "").strip();
    return t.isEmpty() ? s.strip() : t;
  }

  private static final Pattern GLUED = Pattern.compile(
      "\\p{Lu}\\p{Ll}{3,}(?=\\p{Lu}\\p{Ll})|\\p{Lu}\\p{Ll}+(?=@|\\d|archive page|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{Ll}*\\.?\\s+\\d)");
  /** A role or handle after the name: "Ana Ruiz, Reporter", "Ana Ruiz Staff Writer", "Ana Ruiz @anaruiz". */
  private static final Pattern ROLE_END = Pattern.compile(
      "(?:,?\\s*(?:@\\S+|archive page)|,?\\s+(?:(?:(?:senior|staff|contributing|chief|political|national|deputy|associate|news|tech|"
          + "sports|business|freelance|special)\\s+)*(?:staff|writer|reporter|editor|correspondent|contributor|columnist|"
          + "photographer|critic|producer)s?(?:\\s.*)?)|\\s*@\\S*|\\s+\\d.*|\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?\\s+\\d.*)$",
      Pattern.CASE_INSENSITIVE);

  /** Two to four words, none of them a word a name never is (a month, a weekday, a section word). */
  private static boolean looksLikeName(String s) {
    for (String w : s.split("\\s+")) {
      String l = w.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]", "");
      if (NOT_NAMES.contains(l)) return false;
    }
    return Dates.text(s) == null;
  }

  /** Words a byline's name never holds: calendar words ("May" apart: a surname as often as the month), chrome. */
  private static final java.util.Set<String> NOT_NAMES = notNames();

  private static java.util.Set<String> notNames() {
    java.util.Set<String> out = new java.util.HashSet<>(CalendarWords.plus(CalendarWords.ALL, "news", "home", "updated", "published",
        "share", "video", "photo", "image", "read", "min", "more", "the", "and", "of", "in", "on", "for", "to", "with", "at", "a", "an", "is", "how", "what", "why", "new", "latest", "world",
      "sports", "politics", "business", "opinion", "entertainment", "technology", "science", "health", "local",
      "advertisement", "comments", "follow", "subscribe", "sign", "log", "menu", "search", "top", "getty", "images",
      "reuters", "ap", "afp", "courtesy", "credit", "file", "staff", "editor", "contributor", "writer", "senior"));
    out.remove("may");
    return java.util.Set.copyOf(out);
  }
}
