package org.dateline.clean;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.RemovalReason;

/**
 * The lines above a scraped article's lead: above the headline all chrome by position (the first line names the
 * site, a line before a blurb the section); between headline and lead byline, credit, date line, section repeat,
 * standfirst; and a date line near the headline when none stands between.
 */
final class TextHeader {
  private TextHeader() {}

  /** Lines above the headline: all chrome by position; the first names the site, a line before a blurb the section. */
  static void header(List<TextLine> lines, int from, int to, RemovalReason[] reasons, TextFindings m) {
    String firstSection = null, blurbSection = null;
    for (int i = from; i < to; i++) {
      String t = lines.get(i).text();
      RemovalReason shape = lines.get(i).shape();
      if (i == from && shape == null && Chrome.words(t) <= 5 && !Chrome.endsSentence(t)) {
        // often the site's name, but on real pages more often a menu item: the outlet comes from Outlets' vote
        reasons[i] = RemovalReason.SITE_NAME;
        continue;
      }
      if (shape != null) {
        reasons[i] = shape;
        continue;
      }
      if (Chrome.words(t) <= 3 && !Chrome.endsSentence(t)) {
        reasons[i] = RemovalReason.SECTION;
        if (firstSection == null) firstSection = t;
        if (i + 1 < to && Chrome.endsSentence(lines.get(i + 1).text()) && lines.get(i + 1).words() > 4)
          blurbSection = t;
        continue;
      }
      // a sentence above the headline is a section blurb or a promotion
      reasons[i] = RemovalReason.NAVIGATION;
    }
    m.section = blurbSection != null ? blurbSection : firstSection;
  }

  /** Lines between the headline and the lead: byline, credit, date line, section repeat, standfirst. */
  static void between(List<TextLine> lines, int from, int to, RemovalReason[] reasons, TextFindings m) {
    DateHint updated = null;
    boolean undated = false; // the page's date line named no day: date lines after it are a related item's
    for (int i = from; i < to; i++) {
      String t = lines.get(i).text();
      if (RELATIVE.matcher(t).lookingAt()) {
        undated = true;
        reasons[i] = RemovalReason.DATE_LINE;
        continue;
      }
      LocalDate date = undated ? null : lineDate(t);
      Matcher by = TextRules.BYLINE.matcher(t), staff = TextRules.STAFF.matcher(t), source = TextRules.SOURCE.matcher(t);
      if (by.matches()) {
        m.byline = Bylines.clip(by.group(1));
        reasons[i] = RemovalReason.BYLINE;
        // the date after the name on the byline's line: "By Ana Ruiz Globe Correspondent,Updated December 22, 2026"
        if (date != null) updated = dated(date, t, updated, m);
      } else if (staff.matches()) {
        m.byline = staff.group(1) != null ? staff.group(1) : staff.group(2);
        if (m.outlet == null) m.outlet = m.byline.replaceFirst("\\s+Staff$", "");
        reasons[i] = RemovalReason.BYLINE;
      } else if (source.matches()) {
        if (m.outlet == null) m.outlet = source.group(1);
        reasons[i] = RemovalReason.CREDIT;
      } else if (date != null && Chrome.words(t) <= 8) {
        updated = dated(date, t, updated, m);
        reasons[i] = RemovalReason.DATE_LINE;
      } else if (lines.get(i).shape() != null) {
        reasons[i] = lines.get(i).shape();
      } else if (m.section != null && t.equalsIgnoreCase(m.section) || Chrome.words(t) <= 3 && !Chrome.endsSentence(t)) {
        reasons[i] = RemovalReason.SECTION;
      } else if (TextRules.repeatedLater(lines, i, to)) {
        reasons[i] = RemovalReason.REPEATED_LEAD;
      } else if (Headlines.between(t)) {
        // share buttons, reading times, credits and timestamps between headline and lead
        reasons[i] = t.toLowerCase(Locale.ROOT).contains("share") ? RemovalReason.SHARE
            : Headlines.credit(t) ? RemovalReason.CAPTION : RemovalReason.BOILERPLATE;
      }
    }
    if (m.hints.isEmpty() && updated != null) m.hints.add(updated);
  }

  /** Adds a date line's date, or returns it as the update when it is an "Updated ..." line (counted only alone). */
  private static DateHint dated(LocalDate date, String t, DateHint updated, TextFindings m) {
    DateHint h = hint(date, t);
    if (updatedOnly(t)) return updated != null ? updated : h;
    m.hints.add(h);
    return updated;
  }

  /**
   * A date line near the headline when none was read between headline and lead: within eight lines above the
   * headline (a date over the section crumbs and an editors' note) or a few below the lead ("Dec 19, 2026 by Ana
   * Ruiz", "Updated Dec. 22, 2026 11:48 a.m. ET"), never the masthead's today-date above a menu. A "published" date
   * wins over an "updated" one.
   */
  static void dateNear(List<TextLine> lines, int headline, int lead, TextFindings m) {
    int from = Math.max(0, headline >= 0 ? headline - 8 : lead - 8), to = Math.min(lines.size(), lead + 6);
    DateHint updated = null;
    for (int i = from; i < to; i++) {
      String t = lines.get(i).text();
      // a sentence that names a date is the story's, not the page's
      if (Chrome.words(t) > 16 || i == headline || Chrome.endsSentence(t) && Chrome.words(t) > 6) continue;
      if (i >= lead && Chrome.words(t) > 10) continue;
      // the page's own date line gives no day ("Published Thursday 1:30PM", "Posted 3 days ago"): a date further
      // on is a related story's or a video's, not the page's
      if (RELATIVE.matcher(t).lookingAt()) break;
      if (i < headline && chromeBetween(lines, i, headline)) continue; // the masthead's today-date over the menu
      if (Headlines.credit(t) || CAPTION_END.matcher(t).find()) continue; // a photo caption's date: "… on May 3, 2026. Ana Ruiz/Getty Images"
      LocalDate d = lineDate(t);
      if (d == null) continue;
      DateHint h = hint(d, t);
      if (updatedOnly(t)) {
        if (updated == null) updated = h;
        continue;
      }
      m.hints.add(h);
      return;
    }
    if (updated != null) m.hints.add(updated);
  }

  private static boolean chromeBetween(List<TextLine> lines, int from, int to) {
    for (int j = from + 1; j < to; j++) if (lines.get(j).shape() != null) return true;
    return false;
  }

  /** A date line that names no day: a weekday, "yesterday", "3 days ago". */
  private static final Pattern RELATIVE = Pattern.compile("(?:published|posted|updated)[:\\s]*(?:on\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|"
      + "yesterday\\b|today\\b|\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?)\\s+ago\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern UPDATED = Pattern.compile("\\b(updated|last modified|modified|edited)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PUBLISHED = Pattern.compile("\\b(published|posted|first published)\\b", Pattern.CASE_INSENSITIVE);
  /** A caption's credit after its sentence: ". Ana Ruiz/Getty Images", ". (Photo: Ana Ruiz)". */
  private static final Pattern CAPTION_END = Pattern.compile("\\.\\s+\\(?[\\p{Lu}][^.]{0,60}/\\s*\\p{Lu}[^.]*$|\\(photo", Pattern.CASE_INSENSITIVE);

  /** Whether a date line gives the day the page was updated, not published ("Posted: … | Updated: …" is published). */
  private static boolean updatedOnly(String t) {
    Matcher u = UPDATED.matcher(t);
    if (!u.find()) return false;
    Matcher p = PUBLISHED.matcher(t);
    return !(p.find() && p.start() < u.start());
  }

  /** The written date of a date line, its numeric date ("12/22/2026"), or the date of a machine stamp line. */
  private static LocalDate lineDate(String t) {
    LocalDate d = Chrome.writtenDate(t);
    if (d == null) d = Dates.numeric(t);
    return d != null || !STAMP.matcher(t).matches() ? d : Dates.machine(t);
  }

  /**
   * A date line's hint. A machine stamp printed as the date line ("2026-12-23T10:52:01Z") is read as the HTML path
   * reads one ({@link LocalDays#of}): a UTC instant keeps the local days its hour allows.
   */
  private static DateHint hint(LocalDate date, String t) {
    DateHint h = new DateHint(date, DateHint.Kind.TEXT_LINE, t);
    return STAMP.matcher(t).matches() ? LocalDays.of(List.of(h)).get(0) : h;
  }

  /** A line that is only a machine timestamp: "2026-12-23T10:52:01Z", "2026-12-23T10:52:01+02:00". */
  private static final Pattern STAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?");
}
