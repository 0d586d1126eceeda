package org.dateline.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Span;
import org.dateline.model.Statement;

/**
 * Headline forms, found before anything else so that quotes inside them are not read again: "Medvedev: Russia will
 * …" (a short capitalised name and a colon opening a paragraph) and "Flynn Says Trump Absolutely Right" (a
 * title-case headline, which the tagger reads poorly, in the first two paragraphs).
 */
final class Headlines {
  private Headlines() {}

  private static final Pattern LEAD = Pattern.compile("^[\"“]?([^:\\n\"“”]{2,80}?)\\s*:\\s+(\\S[\\s\\S]*)$");

  private static final Pattern TITLE_SAYS = Pattern.compile(
      "^(\\S.{1,70}?) (" + String.join("|", Lexicon.HEADLINE_VERBS) + ") (\\S.*?)[.!]?\\s*$");

  /** A speech verb of the reporter's own, outside quote marks, in the words after a colon. */
  private static final Pattern ATTRIBUTED = Pattern.compile("\\b(said|says|told|tells|according to|announced|reported)\\b");

  /** The words up to the first sentence end, without the quoted passages in them. */
  private static String firstSentence(String t) {
    int end = t.length();
    for (int k = 0; k < t.length(); k++) if (".!?".indexOf(t.charAt(k)) >= 0 && (k + 1 == t.length() || t.charAt(k + 1) == ' ')) {
      end = k;
      break;
    }
    return t.substring(0, end).replaceAll("[\"“][^\"“”]*[\"”]", " ");
  }

  static void find(Context c, Findings f) {
    for (int p = 0; p < c.paragraphs.size(); p++) {
      if (p < 2) titleSays(c, f, p);
      Span para = c.paragraph(p);
      Matcher m = LEAD.matcher(para.of(c.text));
      if (!m.matches()) continue;
      String who = m.group(1).strip();
      String[] words = who.split("\\s+");
      boolean capitalised = true;
      for (String w : words) if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) capitalised = false;
      if (!capitalised || words.length > (p == 0 ? 7 : 4)) continue;
      if (QuoteScanner.isOpenChar(who.charAt(0)) || who.chars().anyMatch(ch -> "“”\"".indexOf(ch) >= 0)) continue;
      String said = m.group(2);
      if (said.strip().split("\\s+").length < 3) continue;
      // "Korven : Valdoria's foreign minister said on Wednesday that …": a lead that attributes itself is the
      // reporter's sentence under a place or topic tag, not the tag's quote
      if (ATTRIBUTED.matcher(firstSentence(said)).find()) continue;
      int colon = para.start() + m.end(1);
      while (c.text.charAt(colon) != ':') colon++;
      int start = para.start() + m.start(2);
      int ws = para.start() + m.start(1);
      while (Character.isWhitespace(c.text.charAt(ws))) ws++;
      Found found = new Found(Statement.Kind.DIRECT, new Span(colon, colon + 1), Speakers.leadName(c, new Span(ws, ws + who.length())), p, p);
      found.content.add(c.stripMarks(new Span(start, para.end())));
      f.add(found);
    }
  }

  /** "Flynn Says Trump Absolutely Right": a title-case paragraph of 4 to 22 words split at its headline verb. */
  private static void titleSays(Context c, Findings f, int p) {
    Span para = c.paragraph(p);
    String t = para.of(c.text);
    String[] words = t.strip().split("\\s+");
    if (words.length < 4 || words.length > 22) return;
    int capital = 0;
    for (String w : words) if (!w.isEmpty() && !Character.isLowerCase(w.codePointAt(0))) capital++;
    if (capital * 4 < words.length * 3) return; // not title case
    Matcher m = TITLE_SAYS.matcher(t);
    if (!m.matches() || m.group(1).split("\\s+").length > 7 || m.group(3).split("\\s+").length < 2) return;
    Found found = new Found(Statement.Kind.INDIRECT, new Span(para.start() + m.start(2), para.start() + m.end(2)),
        new Span(para.start() + m.start(1), para.start() + m.end(1)), p, p);
    found.content.add(c.stripMarks(new Span(para.start() + m.start(3), para.start() + m.end(3))));
    f.add(found);
  }
}
