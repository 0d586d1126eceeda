package org.dateline.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Span;
import org.dateline.nlp.Parsed;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Trims a stretch of text said about a person to the noun phrase naming a position or affiliation, or rejects it.
 * Roles come from loose windows around a name (the words before it, an appositive, what a speaker mention holds
 * besides the name), so the window often carries a clause ("envoy who convened the meeting"), a preposition
 * ("according to"), a bare possessive ending ("'s office") or a whole sentence. The tagger's parts of speech decide:
 * a role may not hold a finite verb, another person's name or a date, starts like a noun phrase and ends in a
 * singular noun.
 */
final class Roles {
  private Roles() {}

  private static final Set<String> RELATIVE = Set.of("WDT", "WP", "WP$");
  private static final Set<String> FINITE = Set.of("VB", "VBD", "VBP", "VBZ", "MD");
  private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");
  private static final int MAX_TOKENS = 12;

  /**
   * The role named in {@code window} (a span of {@code parsed.text()}), or null when it names none. {@code places}
   * are the lower-cased single names tagged PERSON that are places ("Ostria's energy minister" is a role).
   */
  static String of(Parsed parsed, Span window, Set<String> places) {
    if (window == null || window.length() == 0) return null;
    List<Token> ts = tokensIn(parsed, window);
    // "Politifact: Donald Trump Is Right": a headline's speaker before its colon, no role of the name after it
    if (!ts.isEmpty() && ts.get(ts.size() - 1).word().equals(":")) return null;
    // a relative clause or a second appositive ends the role: "envoy who convened …", "minister, who led …"
    int end = ts.size();
    for (int i = 0; i < ts.size(); i++)
      if (RELATIVE.contains(ts.get(i).tag()) || i > 0 && ts.get(i).word().equals(",")) {
        end = i;
        break;
      }
    int start = 0;
    while (start < end && leading(ts.get(start))) start++;
    while (end > start && trailing(ts.get(end - 1))) end--;
    if (start >= end || end - start > MAX_TOKENS) return null;
    List<Token> role = ts.subList(start, end);
    Token first = role.get(0), last = role.get(role.size() - 1);
    // "'s office": what is left of a possessive is the possessor's thing, not a role of the person
    if (first.tag().equals("POS")) return null;
    // "according to", "at expert level": a role starts like a noun phrase
    if (!(first.tag().startsWith("NN") || first.tag().startsWith("JJ") || first.tag().equals("CD")
        || first.tag().equals("VBN") || first.tag().equals("VBG") && role.size() > 1)) return null;
    if (!last.tag().startsWith("NN")) return null;
    for (Token t : role) {
      if (FINITE.contains(t.tag())) return null;
      // another person's name ("ABC's Martha Raddatz"), a date ("Last week") or markup is not this person's role
      if (t.ner().equals("PERSON") && !places.contains(t.word().toLowerCase(java.util.Locale.ROOT)) || TEMPORAL.contains(t.ner()))
        return null;
      if (t.word().matches(".*[<>()\\[\\]{}=\"“”].*")) return null;
    }
    Span kept = new Span(first.span().start(), last.span().end());
    for (var e : parsed.entities()) if (TEMPORAL.contains(e.type()) && e.span().overlaps(kept)) return null;
    for (var t : parsed.timexes()) if (t.span().overlaps(kept)) return null;
    // a courtesy title alone says nothing about a position; a plural head ("aides") is not one person's role
    if (role.size() == 1 && Places.TITLES.contains(first.word().toLowerCase(java.util.Locale.ROOT).replace(".", ""))) return null;
    if (last.tag().equals("NNS") && !last.word().endsWith("ss")) return null;
    String text = parsed.text().substring(first.span().start(), last.span().end()).replaceAll("\\s+", " ").strip();
    return text.isEmpty() ? null : expanded(text);
  }

  /** Titles written short before a name, in full, so that "the senator" finds "Sen. Tomas Brenner". */
  private static final Map<String, String> SHORT_TITLES = Map.ofEntries(
      Map.entry("sen", "Senator"), Map.entry("rep", "Representative"), Map.entry("gov", "Governor"),
      Map.entry("gen", "General"), Map.entry("lt", "Lieutenant"), Map.entry("col", "Colonel"),
      Map.entry("adm", "Admiral"), Map.entry("sgt", "Sergeant"), Map.entry("pres", "President"),
      Map.entry("sec", "Secretary"), Map.entry("supt", "Superintendent"), Map.entry("amb", "Ambassador"));

  static String expanded(String role) {
    StringBuilder out = new StringBuilder();
    for (String w : role.split(" ")) {
      String full = w.endsWith(".") ? SHORT_TITLES.get(w.substring(0, w.length() - 1).toLowerCase(Locale.ROOT)) : null;
      out.append(out.isEmpty() ? "" : " ").append(full == null ? w : full);
    }
    return out.toString();
  }

  /** Determiners, possessive pronouns and punctuation that open a window but are not part of the role. */
  private static boolean leading(Token t) {
    String tag = t.tag();
    return tag.equals("DT") || tag.equals("PRP$") || tag.equals(",") || tag.equals(":") || tag.equals("``")
        || tag.equals("''") || tag.equals("-LRB-") || tag.equals("-RRB-") || tag.equals("HYPH");
  }

  private static boolean trailing(Token t) {
    String tag = t.tag();
    return tag.equals(",") || tag.equals(".") || tag.equals(":") || tag.equals("``") || tag.equals("''")
        || tag.equals("-LRB-") || tag.equals("-RRB-") || tag.equals("HYPH");
  }

  /** Tokens wholly inside {@code window}, in text order. */
  static List<Token> tokensIn(Parsed parsed, Span window) {
    List<Token> out = new ArrayList<>();
    for (Sentence s : parsed.sentences()) {
      if (s.span().end() <= window.start()) continue;
      if (s.span().start() >= window.end()) break;
      for (Token t : s.tokens()) if (window.contains(t.span())) out.add(t);
    }
    return out;
  }
}
