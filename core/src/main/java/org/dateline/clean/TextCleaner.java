package org.dateline.clean;

import org.dateline.model.RemovalReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.BodyText;
import org.dateline.model.Dateline;
import org.dateline.model.Removal;
import org.dateline.model.Span;
import org.dateline.read.RawPage;

/**
 * Cleans scraped plain text line by line. The article starts at its first sentence-shaped line (the lead); the
 * headline is the last title-shaped line before it, and everything above the headline is site chrome (site name,
 * navigation, section lines and blurbs, prompts). Between headline and lead sit byline, date line, a staff credit, a
 * standfirst. In the body, lines are removed only by shape (credits and the caption under them, share, comment and
 * related blocks, counters, copyright, another script than the article's), and the chrome tail that starts at a
 * share, comment or related header. Kept lines stay verbatim slices of the source; consecutive kept lines of one
 * paragraph stay one paragraph, and a page that writes one paragraph per line gets one per line: the paragraphs are
 * decided here, once, for every stage after.
 */
public final class TextCleaner implements Cleaner {
  static final Pattern BYLINE = Pattern.compile("^(?:By|BY|Written by|Words by)\\s+(.{2,80}?)\\s*$");
  private static final Pattern STAFF = Pattern.compile("^\\(([^()]{2,60}?\\s+Staff)\\)$|^([^()]{2,60}?\\s+Staff)$");
  private static final Pattern STAFF_DATED = Pattern.compile("^\\(([^()]{2,60}?\\s+Staff)\\)\\s*(\\S.{5,60})$");
  private static final Pattern SOURCE = Pattern.compile("^(?:/\\s*)?Source:\\s*(.{2,60}?)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  /** "KORVEN, February 9 (Meridian Wire) --", "LISVARA (Meridian Wire) -", "BRDO, February 13 (RIA Novosti)". */
  private static final Pattern DATELINE = Pattern.compile(
      "^(\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}?(?:,\\s+\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?)?)"
          + "(?:,\\s+(" + MONTH + "\\s+\\d{1,2}(?:,\\s+\\d{4})?))?\\s*\\(([^()]{2,40})\\)(?=\\s*(?:--|—|–|-|:|\\s))");
  private static final Pattern PHOTO = Pattern.compile(
      "^(photo|image|picture|photograph|illustration|file photo)s?\\s*(credit)?\\s*[:/|©-].*", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAIL_HEADER = Pattern.compile(
      "^(share( this( article| story| page)?)?|related( news| articles| stories)?|more from .*|read (more|also|next)|"
          + "most (read|popular)|you (may|might) also like|newsfeed|news feed|latest news|to (join|participate in) the discussion.*|comments?)[\\s:]*$",
      Pattern.CASE_INSENSITIVE);

  /** One non-blank line of the source, trimmed, with whether a blank line precedes it. */
  /** One non-blank line with what every rule asks of it, worked out once: its chrome shape, words and script. */
  record Line(Span span, String text, boolean afterBlank, RemovalReason shape, int words, Script script) {
    Line(Span span, String text, boolean afterBlank) {
      this(span, text, afterBlank, Chrome.reason(text), Chrome.words(text), Script.of(text));
    }
  }

  /** The line classifier that decides body and headline, or null for the rules alone. */
  private final LineModel model;
  private final LineDecision decision;

  /** The cleaner with the shipped line model ({@link LineModel#shipped()}). */
  public TextCleaner() {
    this(LineModel.shipped());
  }

  /** A cleaner deciding body and headline with {@code model}, or by the rules alone when it is null. */
  public TextCleaner(LineModel model) {
    this(model, LineDecision.STANDARD);
  }

  TextCleaner(LineModel model, LineDecision decision) {
    this.model = model;
    this.decision = decision;
  }

  /**
   * What the rules decide before any line is labelled: the page's main script, the article block ({@link
   * ArticleBlock}), the lead (the first prose line in it, moved below an explicit byline near it), that byline, and
   * the headline (the last title-shaped line above the lead or byline). The lead is -1 when no line is prose.
   */
  record Rules(Script main, int blockStart, int blockEnd, int lead, int by, int headline) {}

  static Rules rules(List<Line> lines) {
    Script main = mainScript(lines, 0);
    int[] block = ArticleBlock.find(lines, main);
    int[] head = block[0] < 0 ? new int[] {-1, -1, -1} : head(lines, main, block[0], block[1]);
    return new Rules(main, block[0], block[1], head[0], head[1], head[2]);
  }

  /**
   * The lead, explicit byline and headline of the article in lines {@code [from, to)}: the lead is the first prose
   * line, moved below an explicit byline near it; the headline the last title-shaped line above lead or byline.
   */
  static int[] head(List<Line> lines, Script main, int from, int to) {
    int lead = firstSentenceLine(lines, main, from, to);
    if (lead < 0) return new int[] {-1, -1, -1};
    // an explicit byline near the lead anchors the article's head: the headline is the title above it, and a
    // prose line above it (a photo caption, a standfirst) is not the lead
    int by = Bylines.explicitNear(lines.stream().map(Line::text).toList(), lead, 15);
    if (by > lead) {
      int after = firstSentenceLine(lines, main, by + 1, to);
      if (after > by && after - by <= 15) lead = after;
    }
    return new int[] {lead, by, headlineBefore(lines, by >= 0 && by < lead ? by : lead)};
  }

  @Override
  public CleanArticle clean(RawPage page) {
    String src = page.content();
    List<Line> lines = lines(src);
    RemovalReason[] reasons = new RemovalReason[lines.size()];
    Meta m = new Meta();
    List<String> warnings = new ArrayList<>(page.warnings());

    Rules r = rules(lines);
    Script main = r.main();
    int[] block = {r.blockStart(), r.blockEnd()};
    int lead = r.lead(), headline = r.headline();
    if (lead < 0) {
      warnings.add("no sentence-shaped line found; all lines kept");
      lead = 0;
      block = new int[] {0, lines.size()};
    }
    double[][] p = null;
    if (model != null && r.lead() >= 0 && LineDecision.scraped(lines)) {
      p = model.probabilities(LineFeatures.of(lines, r));
      Decided d = decision.decide(lines, r, p);
      lead = d.lead();
      block = new int[] {d.lead(), d.end()};
      headline = d.headline();
    }
    if (headline >= 0) {
      m.headline = lines.get(headline).text();
      reasons[headline] = RemovalReason.HEADLINE;
      header(lines, 0, headline, reasons, m);
      between(lines, headline + 1, lead, reasons, m);
    } else {
      between(lines, 0, lead, reasons, m);
    }
    body(lines, lead, block[1], reasons, m);
    if (p != null) decision.prune(lines, lead, block[1], p, reasons);
    RemovalReason tail = RemovalReason.PAGE_TAIL;
    for (int i = block[1]; i < lines.size(); i++) {
      Line l = lines.get(i);
      // the block a related, comment or share header opens is named by it
      if (l.words() <= 8 && ArticleBlock.TAIL_HEADER.matcher(l.text()).matches()) tail = tailReason(l.text());
      reasons[i] = l.shape() != null ? l.shape() : otherScript(l.text(), main) ? RemovalReason.OTHER_SCRIPT : tail;
    }
    if (m.byline == null) m.byline = Bylines.near(lines.stream().map(Line::text).toList(), headline, lead);
    if (m.hints.isEmpty()) dateNear(lines, headline, lead, m);
    datelineOf(lines, reasons, m);
    boolean[] body = new boolean[lines.size()];
    for (int i = 0; i < body.length; i++) body[i] = reasons[i] == null;
    String voted = Outlets.vote(lines.stream().map(Line::text).toList(), body, m.byline);
    if (voted != null) m.outlet = voted;
    else if (m.outlet == null) m.outlet = m.agency;

    List<Removal> removed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) if (reasons[i] != null) removed.add(new Removal(lines.get(i).text(), reasons[i]));
    List<Span> kept = paragraphs(lines, reasons);
    ArticleMeta meta = new ArticleMeta(m.outlet, m.agency, m.headline, m.section, m.byline, m.dateline, m.datelineSpan, m.hints);
    return new CleanArticle(page.source(), page.url(), src, false, new BodyText(src, kept), removed, meta,
        page.fetched(), warnings);
  }

  /** The paragraphs of a plain text with no line removed, split as {@link #clean} splits an article's body. */
  public static List<Span> paragraphs(String text) {
    List<Line> lines = lines(text);
    return paragraphs(lines, new RemovalReason[lines.size()]);
  }

  /** The kept lines (those with no removal reason) joined into paragraphs. */
  private static List<Span> paragraphs(List<Line> lines, RemovalReason[] reasons) {
    List<Span> kept = new ArrayList<>();
    Span open = null;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (reasons[i] != null) {
        if (open != null) kept.add(open);
        open = null;
        continue;
      }
      if (open != null && !l.afterBlank() && !ownParagraph(lines.get(i - 1), l)) {
        open = new Span(open.start(), l.span().end());
      } else {
        if (open != null) kept.add(open);
        open = l.span();
      }
    }
    if (open != null) kept.add(open);
    return kept;
  }

  /** What the header lines say, filled as they are read. */
  private static final class Meta {
    String outlet, agency, headline, section, byline;
    Dateline dateline;
    Span datelineSpan;
    final List<DateHint> hints = new ArrayList<>();
  }

  /** Lines above the headline: all chrome by position; the first names the site, a line before a blurb the section. */
  private static void header(List<Line> lines, int from, int to, RemovalReason[] reasons, Meta m) {
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
  private static void between(List<Line> lines, int from, int to, RemovalReason[] reasons, Meta m) {
    DateHint updated = null;
    for (int i = from; i < to; i++) {
      String t = lines.get(i).text();
      Matcher by = BYLINE.matcher(t), staff = STAFF.matcher(t), source = SOURCE.matcher(t);
      LocalDate date = lineDate(t);
      if (by.matches()) {
        m.byline = Bylines.clip(by.group(1));
        reasons[i] = RemovalReason.BYLINE;
      } else if (staff.matches()) {
        m.byline = staff.group(1) != null ? staff.group(1) : staff.group(2);
        if (m.outlet == null) m.outlet = m.byline.replaceFirst("\\s+Staff$", "");
        reasons[i] = RemovalReason.BYLINE;
      } else if (source.matches()) {
        if (m.outlet == null) m.outlet = source.group(1);
        reasons[i] = RemovalReason.CREDIT;
      } else if (date != null && Chrome.words(t) <= 8) {
        // an "Updated ..." line counts only when no other date line is there
        if (updatedOnly(t)) updated = updated != null ? updated : new DateHint(date, DateHint.Kind.TEXT_LINE, t);
        else m.hints.add(new DateHint(date, DateHint.Kind.TEXT_LINE, t));
        reasons[i] = RemovalReason.DATE_LINE;
      } else if (lines.get(i).shape() != null) {
        reasons[i] = lines.get(i).shape();
      } else if (m.section != null && t.equalsIgnoreCase(m.section) || Chrome.words(t) <= 3 && !Chrome.endsSentence(t)) {
        reasons[i] = RemovalReason.SECTION;
      } else if (repeatedLater(lines, i, to)) {
        reasons[i] = RemovalReason.REPEATED_LEAD;
      } else if (Headlines.between(t)) {
        // share buttons, reading times, credits and timestamps between headline and lead
        reasons[i] = t.toLowerCase(java.util.Locale.ROOT).contains("share") ? RemovalReason.SHARE
            : Headlines.credit(t) ? RemovalReason.CAPTION : RemovalReason.BOILERPLATE;
      }
    }
    if (m.hints.isEmpty() && updated != null) m.hints.add(updated);
  }

  /**
   * A date line near the headline when none was read between headline and lead: within a few lines above the
   * headline or below the lead ("Dec 19, 2026 by Ana Ruiz", "Updated Dec. 22, 2026 11:48 a.m. ET"), never the
   * masthead's today-date far above. A "published" date wins over an "updated" one.
   */
  private static void dateNear(List<Line> lines, int headline, int lead, Meta m) {
    int from = Math.max(0, headline >= 0 ? headline - 3 : lead - 8), to = Math.min(lines.size(), lead + 6);
    DateHint updated = null;
    for (int i = from; i < to; i++) {
      String t = lines.get(i).text();
      // a sentence that names a date is the story's, not the page's
      if (Chrome.words(t) > 16 || i == headline || Chrome.endsSentence(t) && Chrome.words(t) > 6) continue;
      if (i >= lead && Chrome.words(t) > 10) continue;
      if (i < headline && chromeBetween(lines, i, headline)) continue; // the masthead's today-date over the menu
      if (Headlines.credit(t) || CAPTION_END.matcher(t).find()) continue; // a photo caption's date: "… on May 3, 2026. Ana Ruiz/Getty Images"
      LocalDate d = lineDate(t);
      if (d == null) continue;
      DateHint h = new DateHint(d, DateHint.Kind.TEXT_LINE, t);
      if (updatedOnly(t)) {
        if (updated == null) updated = h;
        continue;
      }
      m.hints.add(h);
      return;
    }
    if (updated != null) m.hints.add(updated);
  }

  private static boolean chromeBetween(List<Line> lines, int from, int to) {
    for (int j = from + 1; j < to; j++) if (lines.get(j).shape() != null) return true;
    return false;
  }

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

  /** The written date of a date line, or its numeric date ("12/22/2026"). */
  private static LocalDate lineDate(String t) {
    LocalDate d = Dates.text(t);
    return d != null ? d : Dates.numeric(t);
  }

  private static boolean repeatedLater(List<Line> lines, int i, int lead) {
    for (int j = Math.max(lead, i + 1); j < Math.min(lines.size(), lead + 4); j++) if (sameText(lines.get(i).text(), lines.get(j).text())) return true;
    return false;
  }

  /** Body lines: chrome by shape, the caption under a photo credit, the chrome tail, other scripts, repeats. */
  private static void body(List<Line> lines, int from, int to, RemovalReason[] reasons, Meta m) {
    Script main = mainScript(lines, from);
    RemovalReason tail = null;
    Map<String, Integer> seen = new HashMap<>();
    for (int i = from; i < to; i++) {
      String t = lines.get(i).text();
      boolean sentence = Chrome.endsSentence(t) && Chrome.words(t) >= 6;
      if (tail != null && !(sentence && Chrome.words(t) >= 12)) {
        RemovalReason shape = lines.get(i).shape();
        reasons[i] = shape != null ? shape : lines.get(i).script() != main && Script.of(t) != Script.NONE ? RemovalReason.OTHER_SCRIPT : tail;
        if (TAIL_HEADER.matcher(t).matches()) tail = tailReason(t);
        continue;
      }
      tail = null;
      Script s = Script.of(t);
      if (s != main && s != Script.NONE && s != Script.MIXED) {
        reasons[i] = RemovalReason.OTHER_SCRIPT;
        continue;
      }
      if (TAIL_HEADER.matcher(t).matches()) {
        reasons[i] = tailReason(t);
        tail = reasons[i];
        continue;
      }
      Matcher credit = STAFF_DATED.matcher(t);
      if (credit.matches()) {
        // "(Harbor Ledger Staff) Thursday, March 6, 2008": the agency credit with the day it was filed
        reasons[i] = RemovalReason.BYLINE;
        if (m.byline == null) m.byline = credit.group(1).strip();
        if (m.outlet == null) m.outlet = credit.group(1).replaceFirst("\\s+Staff$", "").strip();
        LocalDate d = Dates.text(credit.group(2));
        if (d != null) m.hints.add(new DateHint(d, DateHint.Kind.TEXT_LINE, t));
        continue;
      }
      if (PHOTO.matcher(t).matches()) {
        reasons[i] = RemovalReason.CAPTION;
        // the caption printed under the credit: the next line of the same paragraph, short, one sentence at most
        if (i + 1 < to && !lines.get(i + 1).afterBlank() && lines.get(i + 1).words() <= 30
            && !startsQuote(lines.get(i + 1).text()))
          reasons[++i] = RemovalReason.CAPTION;
        continue;
      }
      RemovalReason shape = lines.get(i).shape();
      if (shape != null) {
        reasons[i] = shape;
        continue;
      }
      Integer before = seen.putIfAbsent(Chrome.norm(t), i);
      if (before != null && Chrome.words(t) >= 4) reasons[i] = RemovalReason.REPEATED;
    }
  }

  /**
   * A line break without a blank line is a hard wrap inside a paragraph, except where a page writes one paragraph
   * per line: after a line longer than any wrap (100 characters), or before a line opening with a quote mark (a list
   * of quotes, one per line). Then the next line is a paragraph of its own.
   */
  private static boolean ownParagraph(Line previous, Line next) {
    return previous.text().length() > WRAP || startsQuote(next.text()) || next.text().startsWith("”");
  }

  /** Longer than any hard-wrapped line. */
  private static final int WRAP = 100;

  private static boolean startsQuote(String t) {
    return !t.isEmpty() && "\"“„«‘'".indexOf(t.charAt(0)) >= 0;
  }

  private static RemovalReason tailReason(String header) {
    String h = header.toLowerCase(java.util.Locale.ROOT);
    if (h.startsWith("share")) return RemovalReason.SHARE;
    if (h.contains("discussion") || h.startsWith("comment")) return RemovalReason.COMMENTS;
    return RemovalReason.RELATED;
  }

  /** The dateline opening the first kept line, exactly as written. */
  private static void datelineOf(List<Line> lines, RemovalReason[] reasons, Meta m) {
    for (int i = 0; i < lines.size(); i++) {
      if (reasons[i] != null) continue;
      Line l = lines.get(i);
      Found d = dateline(l.text(), l.span().start());
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

  /** The classifier's lead, article end (exclusive) and headline (-1 for none). */
  record Decided(int lead, int end, int headline) {}

  /** Whether {@code later} is {@code line} printed again, perhaps after a dateline (the lead under its standfirst). */
  static boolean sameText(String line, String later) {
    String n = Chrome.norm(line);
    if (Chrome.norm(later).equals(n)) return true;
    Found d = dateline(later, 0);
    if (d == null) return false;
    String rest = later.substring(d.span().end()).replaceFirst("^[\\s:–—-]+", "");
    return Chrome.norm(rest).equals(n);
  }

  /**
   * The first line shaped like article prose: a sentence of some length, followed (past chrome, bylines and date
   * lines) by more prose, so that a one-sentence section blurb above the headline is not taken for the lead.
   */
  private static int firstSentenceLine(List<Line> lines, Script main, int from, int to) {
    for (int i = from; i < to; i++) {
      String t = lines.get(i).text();
      if (repeatedLater(lines, i, i + 1)) continue; // a standfirst printed again as the lead just below
      if (!prose(t)) continue;
      if (Chrome.words(t) >= 30) return i;
      int j = i + 1;
      while (j < lines.size() && (lines.get(j).shape() != null || PHOTO.matcher(lines.get(j).text()).matches()
          || BYLINE.matcher(lines.get(j).text()).matches() || otherScript(lines.get(j).text(), main))) j++;
      if (j >= to) return i; // only chrome after it: a one-paragraph article
      String n = lines.get(j).text();
      if (prose(n) || Chrome.endsSentence(n) && Chrome.words(n) >= 5 || prose(wrapped(lines, j))) return i;
    }
    return from < to ? from : -1;
  }

  /** Line j joined with the lines hard-wrapped after it (same paragraph), stopping at bylines and chrome. */
  private static String wrapped(List<Line> lines, int j) {
    StringBuilder sb = new StringBuilder(lines.get(j).text());
    for (int k = j + 1; k < Math.min(lines.size(), j + 4) && !lines.get(k).afterBlank(); k++) {
      String t = lines.get(k).text();
      if (Chrome.reason(t) != null || BYLINE.matcher(t).matches() || PHOTO.matcher(t).matches()) break;
      sb.append(' ').append(t);
    }
    return sb.toString();
  }

  static boolean prose(String t) {
    Matcher q = QUOTE_THEN_NAME.matcher(t);
    if (q.matches()) t = q.group(1); // "“The bridge is a disgrace.” ― Mara Quell": a quoted sentence signed by its speaker
    return Chrome.words(t) >= 12 && Chrome.reason(t) == null && (Chrome.endsSentence(t) || Chrome.words(t) >= 25);
  }

  /** A quotation followed by a dash and a short name: readers' or witnesses' quotes, one per line. */
  static final Pattern QUOTE_THEN_NAME = Pattern.compile(
      "^([\"“”«„].{20,}[\"”»])[\\s\\u00A0]*(?:―|—|–|--?)[\\s\\u00A0]*\\p{Lu}[\\p{L}\\p{M}.'’ -]{1,60}\\.?$");

  /** The last title-shaped line before the lead, skipping bylines, dates, credits and a standfirst. */
  private static int headlineBefore(List<Line> lines, int lead) {
    for (int i = lead - 1; i >= Math.max(0, lead - 40); i--) {
      String t = lines.get(i).text();
      if (BYLINE.matcher(t).matches() || STAFF.matcher(t).matches() || SOURCE.matcher(t).matches()) continue;
      if (Headlines.between(t) || Chrome.reason(t) != null || Chrome.words(t) <= 3) continue;
      if (repeatedLater(lines, i, lead) || Bylines.nameLine(t) && titleAbove(lines, i)) continue;
      if (Chrome.words(t) > 30 || prose(t)) continue;
      if (Headlines.titleShaped(t)) return i;
    }
    return -1;
  }

  /** Whether a title-shaped line that is no name line stands within three lines above line {@code i}. */
  private static boolean titleAbove(List<Line> lines, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      String t = lines.get(j).text();
      if (Headlines.titleShaped(t) && !Bylines.nameLine(t)) return true;
    }
    return false;
  }

  /** Writing systems told apart for "a line in another script than the article". */
  enum Script {
    LATIN, CYRILLIC, GREEK, ARABIC, CJK, OTHER, MIXED, NONE;

    static Script of(String s) {
      int[] n = new int[values().length];
      int letters = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!Character.isLetter(c)) continue;
        letters++;
        if (c < 0x250) { // Basic Latin to Latin Extended-B: no need to ask Unicode
          n[LATIN.ordinal()]++;
          continue;
        }
        Script k = switch (Character.UnicodeScript.of(c)) {
          case LATIN -> LATIN;
          case CYRILLIC -> CYRILLIC;
          case GREEK -> GREEK;
          case ARABIC -> ARABIC;
          case HAN, HIRAGANA, KATAKANA, HANGUL -> CJK;
          default -> OTHER;
        };
        n[k.ordinal()]++;
      }
      if (letters == 0) return NONE;
      for (Script k : values()) if (n[k.ordinal()] * 10 >= letters * 9) return k;
      return MIXED;
    }
  }

  private static boolean otherScript(String t, Script main) {
    Script s = Script.of(t);
    return s != main && s != Script.NONE && s != Script.MIXED;
  }

  private static Script mainScript(List<Line> lines, int from) {
    Map<Script, Integer> n = new HashMap<>();
    for (int i = from; i < lines.size(); i++) n.merge(lines.get(i).script(), lines.get(i).text().length(), Integer::sum);
    n.remove(Script.NONE);
    n.remove(Script.MIXED);
    return n.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Script.NONE);
  }

  static List<Line> lines(String src) {
    List<Line> out = new ArrayList<>();
    int i = 0, n = src.length();
    boolean blank = true;
    while (i <= n) {
      int e = src.indexOf('\n', i);
      if (e < 0) e = n;
      Span s = trim(src, i, e);
      if (s.length() == 0) {
        blank = true;
      } else {
        out.add(new Line(s, s.of(src), blank));
        blank = false;
      }
      if (e >= n) break;
      i = e + 1;
    }
    return out;
  }

  static Span trim(String s, int start, int end) {
    while (start < end && Character.isWhitespace(s.charAt(start))) start++;
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
    return new Span(start, end);
  }
}
