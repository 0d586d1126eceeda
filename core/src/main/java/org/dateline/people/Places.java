package org.dateline.people;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.nlp.Entity;
import org.dateline.nlp.Parsed;

/**
 * Single names the tagger called PERSON that the article itself shows to be places: the tagger often takes an
 * unfamiliar country or town for a surname ("Ostria rejected …"). The evidence is the article's own use of the word,
 * never a list of names: the same word tagged as a place elsewhere, or inside a place name ("Karsa Dam") or after "of"
 * in an organisation's name ("University of Korven"); the word after a preposition of place ("in Korven", "near Tamsk"); after "of"
 * behind a capitalised word ("Republic of Ostria"); joined by "and" to a place ("Valdoria and Ostria"); or an adjective
 * formed from it ("the Ostrian embassy"). A name ending a longer person name, or written after a courtesy title ("Mr
 * Vetrov"), is a person whatever else is seen.
 */
final class Places {
  private Places() {}

  static final Set<String> LOCATION_TYPES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
  private static final Set<String> NAME_TYPES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE",
      "ORGANIZATION", "FACILITY");
  /** Courtesy titles are written only before people. */
  static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "into", "near", "across", "throughout", "inside",
      "outside", "towards", "toward", "via");
  private static final List<String> DEMONYM_ENDINGS = List.of("n", "an", "ian", "ese", "ish", "i", "ns", "ans", "ians");

  /** Lower-cased single names tagged PERSON in {@code parsed} that are places by the article's own evidence. */
  static Set<String> of(Parsed parsed) {
    String text = parsed.text();
    Set<String> placeWords = new HashSet<>(), locations = new HashSet<>(), surnames = new HashSet<>(), candidates = new HashSet<>();
    for (Entity e : parsed.entities()) {
      String name = Names.clean(e.text());
      String[] words = name.split("\\s+");
      if (e.type().equals("PERSON")) {
        if (words.length >= 2) surnames.add(words[words.length - 1].toLowerCase(Locale.ROOT));
        else if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) candidates.add(name);
        continue;
      }
      if (!NAME_TYPES.contains(e.type())) continue;
      if (LOCATION_TYPES.contains(e.type())) {
        locations.add(name.toLowerCase(Locale.ROOT));
        for (String w : words) placeWords.add(w.toLowerCase(Locale.ROOT));
      } else {
        // an organisation's name holds people too ("Justice Frank Nervo"): only what follows "of" is a place there
        for (int i = 1; i < words.length; i++) if (words[i - 1].equals("of")) placeWords.add(words[i].toLowerCase(Locale.ROOT));
      }
    }
    Set<String> out = new HashSet<>();
    for (String name : candidates) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (surnames.contains(lower) || titled(text, name)) continue;
      if (placeWords.contains(lower) || usedAsPlace(text, name, locations) || demonym(text, name)) out.add(lower);
    }
    return out;
  }

  /** Whether some use of {@code name} comes right after a courtesy title. */
  static boolean titled(String text, String name) {
    Matcher m = word(name).matcher(text);
    while (m.find()) if (TITLES.contains(lowerWordBefore(text, m.start()))) return true;
    return false;
  }

  private static boolean usedAsPlace(String text, String name, Set<String> locations) {
    Matcher m = word(name).matcher(text);
    while (m.find()) {
      boolean possessive = text.startsWith("'s", m.end()) || text.startsWith("’s", m.end());
      String before = lowerWordBefore(text, m.start());
      if (!possessive && PLACE_PREPOSITIONS.contains(before)) return true;
      if (!possessive && before.equals("of")) {
        String head = wordBefore(text, start(text, m.start()));
        if (!head.isEmpty() && Character.isUpperCase(head.charAt(0))) return true;
      }
      if (before.equals("and") && locations.contains(lowerWordBefore(text, start(text, m.start())))) return true;
      Matcher after = AND_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 60));
      if (after.lookingAt() && locations.contains(after.group(1).toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  private static final Pattern AND_AFTER = Pattern.compile("\\s+and\\s+(\\p{Lu}\\p{L}+)");

  /** "Ostrian" for "Ostria", "Valdorian" for "Valdoria": a capitalised word that is the name plus an adjective ending. */
  private static boolean demonym(String text, String name) {
    String stem = name.replaceAll("[aeiouy]$", "");
    Matcher m = Pattern.compile("\\b" + Pattern.quote(stem) + "(\\p{Ll}{1,4})\\b").matcher(text);
    while (m.find()) {
      if ((stem + m.group(1)).equals(name)) continue;
      if (DEMONYM_ENDINGS.contains(m.group(1))) return true;
    }
    return false;
  }

  /**
   * Whether two lower-cased words name the same place, one as the other's demonym ("valdorian" and "valdoria",
   * "ostrians" and "ostria"): the affiliation of a role said either way.
   */
  static boolean sameStem(String a, String b) {
    if (a.length() > b.length()) return sameStem(b, a);
    String stem = a.replaceAll("[aeiouy]$", "");
    if (stem.length() < 3 || !b.startsWith(stem)) return false;
    return DEMONYM_ENDINGS.contains(b.substring(stem.length()));
  }

  private static Pattern word(String name) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
  }

  /** Start of the word ending right before {@code at} (after spaces), or {@code at} when there is none. */
  private static int start(String text, int at) {
    int end = at;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
    int begin = end;
    while (begin > 0 && (Character.isLetter(text.charAt(begin - 1)) || text.charAt(begin - 1) == '.')) begin--;
    return begin;
  }

  /** The word (letters only) right before {@code at}, after spaces and without a trailing full stop ("Mr." is "Mr"). */
  static String wordBefore(String text, int at) {
    int end = at;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end > 0 && text.charAt(end - 1) == '.') end--;
    int begin = end;
    while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) begin--;
    return text.substring(begin, end);
  }

  /** {@link #wordBefore}, lower-cased. */
  static String lowerWordBefore(String text, int at) {
    return wordBefore(text, at).toLowerCase(Locale.ROOT);
  }
}
