package org.dateline.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.RemovalReason;
import org.dateline.model.Span;

/**
 * The lines of a scraped article from its lead: removed only by shape (credits and the caption under them, share,
 * comment and related blocks, counters, copyright, another script than the article's) and the chrome tail that
 * starts at a share, comment or related header; the kept lines joined into paragraphs.
 */
final class TextBody {
  private TextBody() {}

  private static final Pattern STAFF_DATED = Pattern.compile("^\\(([^()]{2,60}?\\s+Staff)\\)\\s*(\\S.{5,60})$");
  private static final Pattern TAIL_HEADER = Pattern.compile(
      "^(share( this( article| story| page)?)?|related( news| articles| stories)?|more from .*|read (more|also|next)|"
          + "most (read|popular)|you (may|might) also like|newsfeed|news feed|latest news|to (join|participate in) the discussion.*|comments?)[\\s:]*$",
      Pattern.CASE_INSENSITIVE);

  /** Body lines: chrome by shape, the caption under a photo credit, the chrome tail, other scripts, repeats. */
  static void body(List<TextLine> lines, int from, int to, RemovalReason[] reasons, TextFindings m) {
    Script main = Script.main(lines, from);
    RemovalReason tail = null;
    Map<String, Integer> seen = new HashMap<>();
    for (int i = from; i < to; i++) {
      String t = lines.get(i).text();
      boolean sentence = Chrome.endsSentence(t) && lines.get(i).words() >= 6;
      if (tail != null && !(sentence && lines.get(i).words() >= 12)) {
        RemovalReason shape = lines.get(i).shape();
        reasons[i] = shape != null ? shape : lines.get(i).script() != main && lines.get(i).script() != Script.NONE ? RemovalReason.OTHER_SCRIPT : tail;
        if (TAIL_HEADER.matcher(t).matches()) tail = tailReason(t);
        continue;
      }
      tail = null;
      if (lines.get(i).script().otherThan(main)) {
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
      if (TextRules.PHOTO.matcher(t).matches()) {
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
      if (before != null && lines.get(i).words() >= 4) reasons[i] = RemovalReason.REPEATED;
    }
  }

  /**
   * A line break without a blank line is a hard wrap inside a paragraph, except where a page writes one paragraph
   * per line: after a line longer than any wrap (100 characters), or before a line opening with a quote mark (a list
   * of quotes, one per line). Then the next line is a paragraph of its own.
   */
  private static boolean ownParagraph(TextLine previous, TextLine next) {
    return previous.text().length() > WRAP || startsQuote(next.text()) || next.text().startsWith("”");
  }

  /** Longer than any hard-wrapped line. */
  private static final int WRAP = 100;

  private static boolean startsQuote(String t) {
    return !t.isEmpty() && "\"“„«‘'".indexOf(t.charAt(0)) >= 0;
  }

  static RemovalReason tailReason(String header) {
    String h = header.toLowerCase(Locale.ROOT);
    if (h.startsWith("share")) return RemovalReason.SHARE;
    if (h.contains("discussion") || h.startsWith("comment")) return RemovalReason.COMMENTS;
    return RemovalReason.RELATED;
  }

  /** The kept lines (those with no removal reason) joined into paragraphs. */
  static List<Span> paragraphs(List<TextLine> lines, RemovalReason[] reasons) {
    List<Span> kept = new ArrayList<>();
    Span open = null;
    for (int i = 0; i < lines.size(); i++) {
      TextLine l = lines.get(i);
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
}
