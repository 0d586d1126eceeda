package org.dateline.story;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Person names reduced to what survives spelling and transliteration: a readable key ({@code andrei vetrov}) for
 * ids and a loose key for matching (Sergei/Sergey, Kostunica/Koštunica, Alexei/Aleksei). Middle names, initials,
 * quoted nicknames and titles are dropped, so the key is first name + surname.
 */
final class Names {
  private Names() {}

  private static final Pattern NICKNAME = Pattern.compile("[«“\"‘'][^«»“”\"‘’']{1,40}[»”\"’']");
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "president",
      "minister", "senator", "sen", "rep", "gov", "governor", "general", "gen", "mayor", "judge", "rev", "lord", "lady");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "they", "them", "their",
      "i", "we", "us", "you", "it", "who", "someone", "somebody");

  /** A parsed name: given name (may be null or an initial) and surname, both in the readable key form. */
  record Name(String first, String last) {
    boolean surnameOnly() {
      return first == null;
    }

    /** Readable key used for ids: "andrei vetrov", or the surname alone. */
    String key() {
      return first == null ? last : first + " " + last;
    }

    boolean initialOnly() {
      return first != null && first.length() == 1;
    }
  }

  /** Parses a person name, or null when it is not one (empty, a pronoun, no capital letter). */
  static Name parse(String raw) {
    if (raw == null) return null;
    String s = NICKNAME.matcher(raw).replaceAll(" ");
    if (s.codePoints().noneMatch(Character::isUpperCase)) return null;
    List<String> words = new ArrayList<>();
    for (String w : fold(s).split("[^\\p{L}\\p{N}.'’-]+")) {
      w = w.replaceAll("^[.'’-]+|[.'’-]+$", "").replace("’", "'");
      if (w.isEmpty()) continue;
      words.add(w);
    }
    while (!words.isEmpty() && TITLES.contains(words.get(0).replace(".", ""))) words.remove(0);
    // suffixes say which generation, not who: "Jr", "III"
    while (words.size() > 1 && words.get(words.size() - 1).matches("jr|sr|ii|iii|iv")) words.remove(words.size() - 1);
    if (words.isEmpty()) return null;
    if (words.size() == 1) return PRONOUNS.contains(words.get(0)) ? null : new Name(null, gentle(words.get(0)));
    String first = words.get(0).replace(".", "");
    String last = words.get(words.size() - 1).replace(".", "");
    if (last.length() <= 1) return null;
    return new Name(gentle(first), gentle(last));
  }

  /** Lower case without diacritics: "Koštunica" → "kostunica". */
  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    n = n.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
        .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe");
    return n.toLowerCase(Locale.ROOT);
  }

  /** Readable form: folded only, so English names keep their spelling ("lindsey"); variants meet in {@link #loose}. */
  static String gentle(String w) {
    return w;
  }

  /** Loose form for matching: transliteration choices collapsed (-ey/-ei, -iy/-i, x/ks, kh/h, w/v, y/i, doubled letters). */
  static String loose(String w) {
    if (w.endsWith("iy") && w.length() > 3) w = w.substring(0, w.length() - 2) + "i";
    String s = w.replace("'", "").replace("-", "").replace("x", "ks").replace("kh", "h").replace("tch", "ch")
        .replace("w", "v").replace("y", "i").replace("j", "i");
    if (s.endsWith("ff")) s = s.substring(0, s.length() - 2) + "v";
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) if (i == 0 || s.charAt(i) != s.charAt(i - 1)) b.append(s.charAt(i));
    return b.toString();
  }

  /** Whether two given names can be one person's: same loose form, or one is the other's initial. */
  static boolean firstNamesAgree(String a, String b) {
    if (a == null || b == null) return true;
    if (a.length() == 1 || b.length() == 1) return a.charAt(0) == b.charAt(0);
    return loose(a).equals(loose(b));
  }
}
