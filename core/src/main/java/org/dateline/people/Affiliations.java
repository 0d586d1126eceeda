package org.dateline.people;

import java.util.Locale;
import java.util.Set;
import org.dateline.model.Person;

/**
 * "The Republican nominee said …" where the article wrote only "Republican Tomas Brenner": a description whose role
 * noun no person holds is the one person whose role is a single proper word (a party, a nationality) that the
 * description names too ("Democrat" and "Democratic" alike). Only when exactly one person of the article has it:
 * with two Republicans named, "the Republican nominee" stays a role.
 */
final class Affiliations {
  private Affiliations() {}

  /** The person {@code said} (the description's lower-case words besides its head noun) points to, or null. */
  static Entry of(ArticleNames a, Set<String> said) {
    Entry found = null;
    for (Entry e : a.people().values()) {
      if (e.kind != Person.Kind.PERSON || e.role || !affiliated(e, said)) continue;
      if (found != null && found != e) return null;
      found = e;
    }
    return found;
  }

  private static boolean affiliated(Entry e, Set<String> said) {
    for (String r : e.roles) {
      if (r.contains(" ") || r.isEmpty() || !Character.isUpperCase(r.charAt(0))) continue;
      String w = r.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s?$", "");
      for (String s : said) if (kin(w, s)) return true;
    }
    return false;
  }

  /** The same word or forms of one ("democrat", "democratic"; "valdoria", "valdorian"). */
  private static boolean kin(String a, String b) {
    if (a.equals(b) || Places.sameStem(a, b)) return true;
    String shorter = a.length() <= b.length() ? a : b, longer = shorter == a ? b : a;
    return shorter.length() >= 6 && longer.startsWith(shorter) && longer.length() - shorter.length() <= 2;
  }
}
