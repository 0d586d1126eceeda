package org.dateline.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site's name recurs in its own chrome: alone on a line ("Harbor Ledger" in the header and the footer), opening
 * short lines ("Harbor Ledger Newsletter", "Harbor Ledger on Instagram"), as a possessive ("Harbor Ledger's
 * newsletter") or after "told" or "a reporter at", and as its domain ("harborledger.com"). Each line counts once per
 * name. A single word that the page's prose also uses in lower case ("Search", "Health", "Clear") is a common word,
 * not a brand, unless it is written in capitals ("ELLE") or camel case.
 */
final class RecurringNames {
  /** A run of capitalised words (a brand may be "PurseBlog", "ELLE", "USA TODAY", "Observer.com"). */
  static final Pattern RUN = Pattern.compile(
      "\\p{Lu}[\\p{L}\\p{N}&'’!-]*(?:\\.(?:com|net|org|co\\.uk|com\\.au))?(?:\\s+(?:of\\s+|and\\s+|&\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’!-]*(?:\\.com)?){0,3}");
  private static final Pattern POSSESSIVE = Pattern.compile(
      "(\\p{Lu}[\\p{L}\\p{N}&!-]*(?:\\.com)?(?:\\s+\\p{Lu}[\\p{L}\\p{N}&!-]*){0,2})['’]s\\b");
  /**
   * The phrases before a site's name in a sentence: "told the Harbor Ledger", "a letter seen by Harbor Ledger", "a
   * reporter at Harbor Ledger". One list for the pattern and for the cheap test that skips lines holding none.
   */
  private static final List<String> TOLD_CUES = List.of("told", "tells", "seen by", "obtained by", "reviewed by", "reporter at",
      "reporter for", "editor at", "editor for", "writer at", "writer for", "contributor at", "contributor to",
      "contributor for", "subscribe to", "sign up for", "welcome to");
  private static final Pattern TOLD = Pattern.compile("\\b(?:" + String.join("|", TOLD_CUES) + ")\\s+(?:the\\s+)?"
      + "(\\p{Lu}[\\p{L}\\p{N}&!-]*(?:\\.com)?(?:\\s+\\p{Lu}[\\p{L}\\p{N}&!-]*){0,2})");

  private RecurringNames() {}

  /** Whether a line holds a cue of {@link #TOLD}: a line holding none is not searched (the alternation is costly per position). */
  private static boolean mayTell(String line) {
    for (String cue : TOLD_CUES) if (line.contains(cue)) return true;
    return false;
  }

  /** The names that recur, by {@link Outlets#key}, with their score (at least 1.5) and the longest spelling seen. */
  static Map<String, Double> score(List<String> lines, boolean[] body, SiteDomains domains, Map<String, String> shown) {
    Set<String> common = commonWords(lines);
    Map<String, Double> score = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    Set<String> alone = new HashSet<>(), seenLines = new HashSet<>();
    Map<String, Integer> firstAt = new HashMap<>();
    int articleEnd = articleEnd(lines, body);
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).strip();
      boolean inBody = body != null && body[i];
      if (!t.isEmpty() && i > articleEnd && firstAt.getOrDefault(t, Integer.MAX_VALUE) < MASTHEAD_LINES) masthead(t, common, score, names);
      if (!t.isEmpty()) firstAt.putIfAbsent(t, i);
      // a line said again (a menu printed in the header and the footer) is one context, not two
      if (t.isEmpty() || t.length() > 400 || !seenLines.add(t)) continue;
      Map<String, Double> here = new HashMap<>();
      if (!inBody) {
        Matcher r = RUN.matcher(t);
        if (r.lookingAt() && Chrome.words(t) <= 6) {
          // alone on a line or opening a short one
          String name = r.group().strip();
          here.merge(name, r.end() == t.length() ? 1.0 : 0.5, Math::max);
          // "FOX Sports Films", "Yahoo Finance Live": the shorter runs that open the line too
          String[] w = Outlets.SPACES.split(name);
          for (int k = 1; k < w.length; k++) here.merge(String.join(" ", java.util.Arrays.copyOf(w, k)), 0.5, Math::max);
        }
        Matcher m = POSSESSIVE.matcher(t);
        while (m.find()) here.merge(m.group(1), 0.75, Math::max);
      }
      if (mayTell(t)) {
        Matcher m = TOLD.matcher(t);
        while (m.find()) here.merge(m.group(1), 0.75, Math::max);
      }
      for (var e : here.entrySet()) {
        String name = e.getKey().replaceFirst("^(?i:the)\\s+", "");
        if (!brand(name, common)) continue;
        String k = Outlets.key(name);
        double v = e.getValue();
        if (v == 1.0 && !alone.add(k)) v = 0.25; // alone on a line again: a menu item repeats so too
        if (v < 1 && !name.contains(" ") && !shaped(name)) v /= 2; // one Title-case word opening lines: "Best ...", "How ..."
        score.merge(k, v, Double::sum);
        names.merge(k, e.getKey(), (a, b) -> b.length() > a.length() ? b : a);
      }
    }
    Map<String, Double> out = new HashMap<>();
    for (var e : score.entrySet()) {
      double s = e.getValue() + Math.min(2, domains.spelled(e.getKey()) * 0.5);
      if (s < 1.5) continue;
      out.put(e.getKey(), e.getValue()); // the domain is counted once, by the vote
      shown.merge(e.getKey(), names.get(e.getKey()), (a, b) -> b.length() > a.length() ? b : a);
    }
    return out;
  }

  /** How far down the masthead stands: the page's first lines. */
  private static final int MASTHEAD_LINES = 30;

  /**
   * A title with its article ("The Harbor Ledger") alone on one of the page's first lines and again after the
   * article: the masthead printed in the header and the footer, a context of its own beside the lines it recurs on.
   * Menus repeat so too, but their labels have no article ("Real Estate", "Cheat Sheet").
   */
  private static void masthead(String t, Set<String> common, Map<String, Double> score, Map<String, String> names) {
    if (!t.startsWith("The ") || !RUN.matcher(t).matches()) return;
    String name = t.substring(4).strip();
    if (!name.contains(" ") || !brand(name, common)) return;
    String k = Outlets.key(name);
    if (names.containsKey(k) && score.getOrDefault(k, 0.0) >= 2) return; // counted once, however often the footer says it
    score.merge(k, 1.0, Double::sum);
    names.merge(k, t, (a, b) -> b.length() > a.length() ? b : a);
  }

  /** The last line of the article ({@code body}), or the page's middle when the article is not known. */
  private static int articleEnd(List<String> lines, boolean[] body) {
    if (body == null) return lines.size() / 2;
    for (int i = body.length - 1; i >= 0; i--) if (body[i]) return i;
    return lines.size() / 2;
  }

  /** The words the page writes in lower case: common words, which a one-word brand is not. */
  static Set<String> commonWords(List<String> lines) {
    Set<String> common = new HashSet<>();
    for (String l : lines)
      for (String w : Outlets.NON_LETTERS.split(l)) if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) common.add(w);
    return common;
  }

  /** Written as a brand writes itself: in capitals ("ELLE"), in camel case ("PurseBlog"), as a domain ("NFL.com"). */
  static boolean shaped(String x) {
    return x.equals(x.toUpperCase(Locale.ROOT)) && x.length() <= 8 || x.substring(1).chars().anyMatch(Character::isUpperCase)
        || x.contains(".");
  }

  static boolean brand(String name, Set<String> common) {
    if (!Outlets.acceptable(name) || OutletFrames.COMPANY.matcher(name).find()) return false;
    String[] w = Outlets.SPACES.split(name);
    if (w.length > 1) return !MenuWords.hasMenuWord(w);
    String x = w[0], lower = x.toLowerCase(Locale.ROOT);
    if (MenuWords.MENU.contains(lower) || x.length() < 2) return false;
    return shaped(x) || !common.contains(lower);
  }
}
