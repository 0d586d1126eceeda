package org.dateline.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Dateline;
import org.dateline.model.RemovalReason;
import org.dateline.model.Span;

/**
 * Datelines at the start of an article's first paragraph ("KORVEN, March 4 (Meridian Wire) -", "PORT ELSA --",
 * "Korven : "), and the lead printed again after its dateline (a standfirst repeated as the lead).
 */
final class Datelines {
  private Datelines() {}

  private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  /** "KORVEN, February 9 (Meridian Wire) --", "LISVARA (Meridian Wire) -", "BRDO, February 13 (RIA Novosti)". */
  private static final Pattern DATELINE = Pattern.compile(
      "^(\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}?(?:,\\s+\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?)?)"
          + "(?:,\\s+(" + MONTH + "\\s+\\d{1,2}(?:,\\s+\\d{4})?))?\\s*\\(([^()]{2,40})\\)(?=\\s*(?:--|—|–|-|:|\\s))");

  /** Most words of a title line kept as the body's first line. */
  private static final int TITLE_WORDS = 25;

  /**
   * The dateline opening the first kept line, exactly as written; or the second's, when the first is a title kept as
   * body ("Valdoria shuts the border.⏎⏎KORVEN, March 4 (Meridian Wire) — …": one short sentence above the lead).
   */
  static void datelineOf(List<TextLine> lines, RemovalReason[] reasons, TextFindings m) {
    for (int i = 0; i < lines.size(); i++) {
      if (reasons[i] != null) continue;
      TextLine l = lines.get(i);
      Found d = dateline(l.text(), l.span().start());
      if (d == null && title(l)) d = agencyDatelineAfter(lines, reasons, i);
      if (d != null) {
        m.dateline = d.dateline();
        m.datelineSpan = d.span();
        m.agency = d.outlet();
      } else {
        Matcher by = AGENCY_IN_LEAD.matcher(l.text());
        if (by.find() && by.start() < 60) m.agency = by.group(1);
      }
      return;
    }
  }

  /** The dateline naming an agency that opens the next kept line after {@code i}, or null. */
  private static Found agencyDatelineAfter(List<TextLine> lines, RemovalReason[] reasons, int i) {
    int next = i + 1;
    while (next < lines.size() && reasons[next] != null) next++;
    if (next >= lines.size()) return null;
    Found d = dateline(lines.get(next).text(), lines.get(next).span().start());
    return d != null && d.outlet() != null ? d : null;
  }

  /** One short sentence: a title, not a lead. */
  private static boolean title(TextLine l) {
    String t = l.text().strip();
    return l.words() <= TITLE_WORDS && !t.substring(0, Math.max(0, t.length() - 1)).matches(".*[.!?][\"”’]?\\s+\\p{Lu}.*");
  }

  private static final Pattern AGENCY_IN_LEAD = Pattern.compile("\\(([\\p{Lu}][^()]{1,40})\\)\\s*(--|—|–)");

  /** A dateline found at the start of a paragraph: the record, its span in the source, the agency it names. */
  record Found(Dateline dateline, Span span, String outlet) {}

  /**
   * The dateline opening {@code paragraph} (which starts at {@code offset} in the source), or null. Three forms:
   * with the agency in brackets ("KORVEN, March 4 (Meridian Wire) -"), a capitalised place and date before a dash
   * ("KORVEN, March 4 -", "MILLVILLE -"), and a place set off by a spaced colon ("Korven : Valdoria's minister
   * said ..."), which a byline-less agency lead uses and which is no speaker's name.
   */
  static Found dateline(String paragraph, int offset) {
    Matcher d = DATELINE.matcher(paragraph);
    if (d.find()) {
      String place = d.group(1).strip();
      if (place.replaceAll("[^\\p{Lu}]", "").length() < 2) return null;
      String text = paragraph.substring(0, d.end()).strip();
      return new Found(new Dateline(place, text), new Span(offset, offset + text.length()), d.group(3).strip());
    }
    for (Pattern p : List.of(DATED_DASH, PLACE_COLON)) {
      d = p.matcher(paragraph);
      if (!d.find()) continue;
      String place = d.group(1).strip();
      if (place.replaceAll("[^\\p{Lu}]", "").length() < 1 || place.length() < 3) continue;
      String text = paragraph.substring(0, d.end()).strip();
      return new Found(new Dateline(place, text), new Span(offset, offset + text.length()), null);
    }
    return null;
  }

  /** "KORVEN, March 4 -", "PORT ELSA --", "MILLVILLE, N.J. —": an all-capitals place, perhaps a date, a dash. */
  private static final Pattern DATED_DASH = Pattern.compile(
      "^(\\p{Lu}[\\p{Lu}\\p{M} .'’]{1,40}?(?:,\\s+\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?)?)"
          + "(?:,\\s+" + MONTH + "\\s+\\d{1,2}(?:,\\s+\\d{4})?)?\\s+(?:--|—|–|-)(?=\\s)");
  /** "Korven : ", a place and a colon with a space before it (a name before a quote has none). */
  private static final Pattern PLACE_COLON = Pattern.compile("^(\\p{Lu}[\\p{L}.'’-]+(?:\\s\\p{Lu}[\\p{L}.'’-]+){0,2})\\s+:(?=\\s)");

  /** Whether {@code later} is {@code line} printed again, perhaps after a dateline (the lead under its standfirst). */
  static boolean sameText(String line, String later) {
    String n = Chrome.norm(line);
    if (Chrome.norm(later).equals(n)) return true;
    Found d = dateline(later, 0);
    if (d == null) return false;
    String rest = later.substring(d.span().end()).replaceFirst("^[\\s:–—-]+", "");
    return Chrome.norm(rest).equals(n);
  }
}
