package org.dateline.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The domains a page names ("harborledger.com", "news@harborledger.com", "www.harborledger.co.uk"), by their stem
 * ("harborledger"), counted once per line. A site prints its own domain in its reporters' addresses, its footer and
 * its copyright line; a name whose letters spell one of them ("Harbor Ledger", "The Harbor Ledger") is the site's
 * name written out. Social networks and mail providers are everyone's domains and are not counted.
 */
final class SiteDomains {
  private static final Pattern DOMAIN = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}-])(?:[a-z0-9-]+\\.)*?([a-z0-9][a-z0-9-]{1,30})\\.(?:com|org|net|co\\.uk|com\\.au|co|tv|news|ca)\\b");
  private static final Set<String> EVERYONES = Set.of("twitter", "facebook", "google", "instagram", "youtube", "linkedin",
      "tiktok", "pinterest", "apple", "gmail", "outlook", "hotmail", "reddit", "amazon", "whatsapp", "snapchat", "threads",
      "spotify", "youtu", "bit", "wordpress", "doubleclick", "gettyimages", "www");

  private final Map<String, Integer> stems;

  private SiteDomains(Map<String, Integer> stems) {
    this.stems = stems;
  }

  static SiteDomains of(List<String> lines) {
    Map<String, Integer> stems = new HashMap<>();
    for (String l : lines) {
      if (!dotBeforeLetter(l)) continue;
      Matcher d = DOMAIN.matcher(l);
      java.util.Set<String> here = new java.util.HashSet<>();
      while (d.find()) {
        String s = d.group(1).toLowerCase(Locale.ROOT).replace("-", "");
        if (!EVERYONES.contains(s) && s.length() > 2) here.add(s);
      }
      for (String s : here) stems.merge(s, 1, Integer::sum);
    }
    return new SiteDomains(stems);
  }

  /**
   * Whether a dot stands before a letter, as before every top-level domain: most lines with a dot are sentences (a
   * dot before a space), and asking the pattern of them was an eighth of the cleaner's time.
   */
  private static boolean dotBeforeLetter(String line) {
    for (int i = line.indexOf('.'); i >= 0 && i + 1 < line.length(); i = line.indexOf('.', i + 1))
      if (Character.isLetter(line.charAt(i + 1))) return true;
    return false;
  }

  /** How many lines name the domain a name spells ({@link Outlets#key}, with or without "the" or ".com"). */
  int spelled(String key) {
    int n = stems.getOrDefault(key, 0);
    if (key.endsWith("com")) n = Math.max(n, stems.getOrDefault(key.substring(0, key.length() - 3), 0));
    return Math.max(n, stems.getOrDefault("the" + key, 0));
  }

  /** The stems named on the page. */
  Set<String> stems() {
    return stems.keySet();
  }
}
