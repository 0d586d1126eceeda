package org.dateline.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet of a scraped page, by vote: a site names itself all over its chrome ("About Harbor Ledger", "Contact
 * Harbor Ledger", "More from Harbor Ledger", "Harbor Ledger Newsletter", "© 2026 Harbor Ledger", a photo credit
 * "Ana Ruiz/Harbor Ledger", a title fragment "- Harbor Ledger", an agency byline "By Meridian Wire", a staff credit
 * "(Harbor Ledger Staff)"). Each frame that holds a name votes for it with its weight; the name with the most votes
 * wins, when some name has at least two votes' worth. No list of sites: the frames are how sites write their name.
 */
final class Outlets {
  private static final String NAME = "(?-i)(\\p{Lu}[\\p{L}\\p{N}.&'’+!-]*(?:\\s+(?:of|the|and|&|de|du|di)?\\s*[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'’+!-]*){0,4})(?i)";
  /** A frame, the group of the name in it, and what a match is worth. */
  private record Frame(Pattern pattern, double weight, List<String> needs) {
    /** Whether the line holds one of the words the frame cannot match without (none: always tried). */
    boolean mayMatch(String lower) {
      if (needs.isEmpty()) return true;
      for (String n : needs) if (lower.contains(n)) return true;
      return false;
    }
  }

  private static final List<Frame> FRAMES = List.of(
      frame("^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}\\s*(?:[-–]\\s*\\d{4})?[.,]?\\s*)?(?:©\\s*)?" + NAME
          + "(?:[.,]?\\s*(?:inc|llc|ltd|plc|media|group|corp)\\.?)*\\s*(?:[.,|].*|all rights reserved.*)?$", 3, "©", "(c)", "copyright"),
      frame("^(?:copyright|©)?\\s*(?:\\d{4}\\s*)?" + NAME + "\\s*(?:[.,|]\\s*)?(?:all rights reserved|©|\\(c\\)|copyright).*$", 3, "©", "(c)", "copyright", "rights reserved"),
      frame("^(?:about|contact|search|support|inside|advertise (?:with|on|in)|careers at|jobs at|subscribe to|"
          + "follow|more from|the best of|best of)\\s+" + NAME + "[\\s:.!?]*$", 2),
      frame("^" + NAME + "\\s+(?:newsletters?|app|store|staff|homepage|home page|masthead|magazine|"
          + "podcasts?|video|videos|e-?edition|archives?|shop)\\s*$", 1),
      frame("^\\(?" + NAME + "\\s+staff\\)?$", 3, "staff"),
      frame("^\\(" + NAME + "\\s+staff\\)\\s.*$", 3, "staff"),
      frame("^by\\s+" + NAME + "\\s*$", 0, "by"),
      frame("^.{12,}\\s[-|–—]\\s+" + NAME + "$", 1, " -", " |", " –", " —"),
      frame("^[-|–—]\\s*" + NAME + "$", 3),
      frame("^[\\p{Lu}][\\p{L}.'’ -]{2,40}/\\s*" + NAME + "$", 1, "/"),
      frame("^[\\p{L}.'’ -]{3,40},\\s+" + NAME + "\\s+staff$", 2, "staff"));
  /** An agency byline: "By Meridian Wire" names an organisation when its last word is one organisations use. */
  private static final Pattern ORGANISATION = Pattern.compile(
      ".*\\b(wire|press|news|agency|service|times|post|herald|ledger|tribune|journal|gazette|associated press|reuters|"
          + "international|network|media|daily|radio|tv|television)$",
      Pattern.CASE_INSENSITIVE);
  private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("us", "me", "our", "news", "home", "all",
      "now", "more", "email", "search", "site", "app", "top", "this", "here", "your", "my", "a", "it", "them",
      "google", "apple", "facebook", "twitter", "instagram", "youtube", "linkedin", "tiktok", "pinterest", "x",
      "getty images", "reuters", "ap", "afp", "epa", "shutterstock", "istock", "ap photo", "the associated press",
      "associated press");

  private static final Pattern ALL_RIGHTS = Pattern.compile("(?i)[.,|\\s]*(all rights? reserved|copyright|©).*$");

  private Outlets() {}

  private static Frame frame(String regex, double weight, String... needs) {
    return new Frame(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), weight, List.of(needs));
  }

  /**
   * The name the page's frames vote for, or null when none has enough votes. A frame's vote counts in full once per
   * name and a quarter for each repeat: "Latest Videos" and "Latest Podcasts" are one frame said twice, while "About
   * Harbor Ledger" and "© 2026 Harbor Ledger" are two.
   */
  static String vote(List<String> lines) {
    Map<String, double[]> votes = new HashMap<>();
    Map<String, String> shown = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).strip();
      if (t.length() < 2 || t.length() > 120) continue;
      String lower = t.toLowerCase(Locale.ROOT);
      for (int f = 0; f < FRAMES.size(); f++) {
        Frame frame = FRAMES.get(f);
        if (!frame.mayMatch(lower)) continue;
        Matcher m = frame.pattern().matcher(t);
        if (!m.matches()) continue;
        String name = ALL_RIGHTS.matcher(m.group(1)).replaceFirst("").strip().replaceFirst("[.,:;!-]+$", "").strip();
        double weight = frame.weight();
        if (weight == 0) weight = ORGANISATION.matcher(name).matches() ? 3 : 0;
        if (weight == 0 || !acceptable(name)) continue;
        String key = key(name);
        double[] byFrame = votes.computeIfAbsent(key, k -> new double[FRAMES.size()]);
        byFrame[f] += byFrame[f] == 0 ? weight : weight / 4;
        shown.merge(key, name, (a, b) -> b.length() > a.length() ? b : a); // "The Harbour Ledger" over "Harbour Ledger"
        break;
      }
    }
    String first = lines.stream().map(String::strip).filter(x -> !x.isEmpty()).findFirst().orElse("");
    boolean masthead = MASTHEAD.matcher(first).matches() && acceptable(first) && Chrome.reason(first) == null;
    if (masthead && votes.containsKey(key(first))) shown.merge(key(first), first, (a, b) -> b.length() > a.length() ? b : a);
    String best = null;
    double top = 0;
    for (var e : votes.entrySet()) {
      double score = 0;
      for (double v : e.getValue()) score += v;
      if (score > top || score == top && best != null && e.getKey().length() > best.length()) {
        best = e.getKey();
        top = score;
      }
    }
    if (best != null && top >= 2) return shown.get(best);
    // else the masthead: a first line that is only a name ("Ostrian Courier"), though on real pages it is more
    // often a menu item, so it comes last
    return masthead ? first : null;
  }

  private static final Pattern MASTHEAD = Pattern.compile("^\\p{Lu}[\\p{L}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}.&'’-]*){1,3}$");

  private static boolean acceptable(String name) {
    if (name.length() < 2 || name.length() > 60 || Chrome.words(name) > 5) return false;
    if (NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) return false;
    return Dates.text(name) == null && !name.matches(".*\\d{4}.*");
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
