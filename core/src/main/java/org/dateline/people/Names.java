package org.dateline.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Span;
import org.dateline.nlp.Entity;
import org.dateline.nlp.Parsed;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * The names of an article's persons as the tagger gives them, and their canonical full names: a nickname in quotes
 * between given name and surname is joined (Marek "the Pilot" Soll); a lone surname is the nearest full name ending in
 * it.
 */
final class Names {
  private Names() {}

  static final Set<String> SINGULAR = Set.of("he", "she", "him", "her", "i", "his", "hers");
  static final Set<String> PLURAL = Set.of("they", "we", "them", "their", "our");
  /** A nickname in quotes and the surname after it: Marek «the Pilot» Soll. */
  private static final Pattern NICKNAME = Pattern.compile("^\\s*[“«\"„‘']([^”»\"“’'\\n]{1,30})[”»\"“’']\\s+(\\p{Lu}[\\p{L}’'-]*\\p{L})");

  /** A PERSON entity with its name; a nickname in quotes between given name and surname joins the two. */
  record Named(Entity entity, String name, String alias) {}

  static List<Named> of(Parsed parsed) {
    String text = parsed.text();
    List<Named> out = new ArrayList<>();
    int covered = -1; // end of the last joined name: a surname tagged on its own inside it is not another person
    for (Entity e : parsed.entities()) {
      if (!e.type().equals("PERSON") || e.span().start() < covered) continue;
      String name = clean(e.text());
      Matcher m = NICKNAME.matcher(text).region(e.span().end(), Math.min(text.length(), e.span().end() + 60));
      if (!name.isEmpty() && m.lookingAt()) {
        int end = m.end(); // a region matcher reports offsets into the whole text
        Span span = new Span(e.span().start(), end);
        Sentence s = parsed.sentences().get(e.sentence());
        int last = e.lastToken();
        for (Token t : s.tokens()) if (t.span().end() <= end) last = Math.max(last, t.index());
        Entity joined = new Entity("PERSON", name + " " + m.group(2), span, e.sentence(), e.firstToken(), last);
        out.add(new Named(joined, name + " " + m.group(2), span.of(text).replaceAll("\\s+", " ")));
        covered = end;
        continue;
      }
      out.add(new Named(e, name, null));
    }
    return out;
  }

  /** "the Lenna", "a Korven": a name behind an article is a river, a ship or a place the tagger took for a person. */
  static boolean afterArticle(String text, int start) {
    if (start == 0 || !Character.isWhitespace(text.charAt(start - 1))) return false;
    String word = Places.lowerWordBefore(text, start);
    return word.equals("the") || word.equals("a") || word.equals("an");
  }

  /** A full name for a mention: itself when it has two words or more; a lone surname takes the nearest full name ending in it. */
  static String canonical(String name, int at, List<Named> named, List<Mention> before) {
    String[] w = name.split("\\s+");
    if (w.length >= 2) return name;
    for (int k = before.size() - 1; k >= 0; k--) {
      String full = before.get(k).entry().name;
      if (endsIn(full, name)) return full;
    }
    // named in full only later ("Lavrov ... Sergei Lavrov"): the first such name
    for (Named n : named) if (n.entity.span().start() > at && endsIn(n.name, name)) return n.name;
    return name;
  }

  /**
   * Whether {@code full}, a name of two words or more, ends in {@code surname}; a surname in capitals, as transcripts
   * write speakers ("VARGA:"), ends "Mike Varga" too.
   */
  static boolean endsIn(String full, String surname) {
    int at = full.length() - surname.length();
    if (at <= 0 || full.charAt(at - 1) != ' ') return false;
    return full.endsWith(surname) || capitals(surname) && full.regionMatches(true, at, surname, 0, surname.length());
  }

  /** Whether {@code word} is written in capitals only, two letters or more ("VARGA", "NATO"). */
  static boolean capitals(String word) {
    return word.length() >= 2 && word.chars().allMatch(Character::isLetter) && word.equals(word.toUpperCase(Locale.ROOT));
  }

  static String clean(String name) {
    return name.replaceAll("[’']s$", "").replaceAll("\\s+", " ").strip();
  }

  /** Drops leading determiners and surrounding punctuation. */
  static String strip(String s) {
    String out = s.replaceAll("\\s+", " ").strip().replaceAll("^[,;:\\s]+|[,;:\\s]+$", "");
    out = out.replaceAll("(?i)^(the|a|an)\\s+", "");
    return out.strip();
  }
}
