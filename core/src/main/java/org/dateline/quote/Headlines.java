package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.nlp.Token;

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

  /** "on", "to" or "at" after a headline tag's first word: its topic or audience follows ("Obama on Climate Change"). */
  private static final Pattern TOPIC = Pattern.compile("(?i)(?<=\\S)\\s+(on|to|at)\\s+\\S");

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

  /** Finds the headline forms; returns the editor's labels opening a paragraph ("The Latest: "), no statement's part. */
  static List<Span> find(Context c, Findings f) {
    List<Span> labels = new ArrayList<>();
    for (int p = 0; p < c.paragraphs.size(); p++) {
      if (p < 2) titleSays(c, f, p);
      Span para = c.paragraph(p);
      Matcher m = LEAD.matcher(para.of(c.text));
      if (!m.matches()) continue;
      String who = m.group(1).strip();
      // "Obama on Climate Change: …", "Clinton to Planned Parenthood: …": a headline's name comes before its topic
      // or audience, and the name alone is the speaker
      if (p == 0) who = beforeTopic(who);
      String[] words = who.split("\\s+");
      boolean capitalised = true;
      for (String w : words) if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) capitalised = false;
      if (!capitalised || words.length > (p == 0 ? 7 : 4)) continue;
      if (QuoteScanner.isOpenChar(who.charAt(0)) || who.chars().anyMatch(ch -> "“”\"".indexOf(ch) >= 0)) continue;
      int ws = para.start() + m.start(1);
      while (Character.isWhitespace(c.text.charAt(ws))) ws++;
      // "Correction: An earlier version …", "The Latest: …", "Update: …": an editor's label, not a name, heads
      // the reporter's own line; a speaker's tag ends in a proper noun ("Medvan:", "Minister Karl Odum:", "EU:") or
      // a document that states things ("Poll: Clinton and Trump in dead heat")
      if (Lexicon.EDITOR_LABELS.contains(who.toLowerCase(Locale.ROOT)) || !speakerTag(c, ws + who.length())) {
        labels.add(new Span(para.start(), para.start() + m.start(2)));
        continue;
      }
      String said = m.group(2);
      if (said.strip().split("\\s+").length < 3) continue;
      // "Korven : Valdoria's foreign minister said on Wednesday that …": a lead that attributes itself is the
      // reporter's sentence under a place or topic tag, not the tag's quote
      if (ATTRIBUTED.matcher(firstSentence(said)).find()) continue;
      int colon = para.start() + m.end(1);
      while (c.text.charAt(colon) != ':') colon++;
      int start = para.start() + m.start(2);
      Found found = new Found(Statement.Kind.DIRECT, new Span(colon, colon + 1), Speakers.leadName(c, new Span(ws, ws + who.length())), p, p);
      found.content.add(c.stripMarks(new Span(start, para.end())));
      f.add(found);
    }
    return labels;
  }

  /** The words of a headline's tag before its first "on", "to" or "at" (none opening it); all of it when there is none. */
  private static String beforeTopic(String who) {
    Matcher t = TOPIC.matcher(who);
    return t.find() ? who.substring(0, t.start()).strip() : who;
  }

  /**
   * "The Latest: Trump urges supporters …": an editor's label opening a paragraph is no part of what anyone said,
   * nor a speaker; content starting inside it starts after it, and a speaker inside it is none.
   */
  static void dropLabels(Findings f, List<Span> labels) {
    if (labels.isEmpty()) return;
    for (Found found : f.all()) {
      for (Span label : labels) {
        if (found.source != null && label.contains(found.source)) found.source = null;
        found.content.replaceAll(s -> s.start() < label.end() && s.end() > label.end() && s.start() >= label.start()
            ? new Span(label.end(), s.end()) : s);
        found.content.removeIf(label::contains);
      }
    }
    f.removeIf(found -> found.content.isEmpty());
  }

  /**
   * Whether the token ending at {@code end} can head a speaker's tag: a proper noun, a word in capitals or a document
   * noun ("Poll"); true
   * when no token ends there (the tokens cannot say).
   */
  private static boolean speakerTag(Context c, int end) {
    Context.TokenAt at = c.tokenEndingAt(end);
    if (at == null) return true;
    Token t = c.token(at);
    // ("HOST: Senator, will you …": a transcript's speaker in capitals, which the tagger reads as a common noun)
    boolean capitals = t.word().length() > 1 && t.word().chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.');
    return capitals || t.tag().startsWith("NNP") || t.tag().startsWith("NN") && Lexicon.EVIDENCE_NOUNS.contains(Lexicon.lemma(t));
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
