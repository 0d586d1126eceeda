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
  private record Frame(Pattern pattern, double weight) {}

  private static final List<Frame> FRAMES = List.of(
      frame("^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}\\s*(?:[-–]\\s*\\d{4})?[.,]?\\s*)?(?:the\\s+)?" + NAME
          + "(?:[.,]?\\s*(?:inc|llc|ltd|plc|media|group|corp)\\.?)*\\s*(?:[.,|].*|all rights reserved.*)?$", 3),
      frame("^(?:copyright|©)?\\s*(?:\\d{4}\\s*)?" + NAME + "\\s*(?:[.,|]\\s*)?(?:all rights reserved|©|\\(c\\)|copyright).*$", 3),
      frame("^(?:about|contact|search|support|inside|advertise (?:with|on|in)|careers at|jobs at|subscribe to|"
          + "follow|more from|more on|the best of|best of)\\s+(?:the\\s+)?" + NAME + "[\\s:.!?]*$", 2),
      frame("^(?:the\\s+)?" + NAME + "\\s+(?:newsletters?|app|store|staff|homepage|home page|masthead|magazine|"
          + "podcasts?|video|videos|e-?edition|archives?|shop)\\s*$", 2),
      frame("^\\(?(?:the\\s+)?" + NAME + "\\s+staff\\)?$", 3),
      frame("^by\\s+(?:the\\s+)?" + NAME + "\\s*$", 0),
      frame("^.{12,}\\s[-|–—]\\s+(?:the\\s+)?" + NAME + "$", 2),
      frame("^[-|–—]\\s*(?:the\\s+)?" + NAME + "$", 3),
      frame("^[\\p{Lu}][\\p{L}.'’ -]{2,40}/\\s*(?:the\\s+)?" + NAME + "$", 1),
      frame("^[\\p{L}.'’ -]{3,40},\\s+(?:the\\s+)?" + NAME + "\\s+staff$", 2));
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

  private static final Pattern ALL_RIGHTS = Pattern.compile("(?i)[.,|\\s]*(all rights reserved|copyright|©).*$");

  private Outlets() {}

  private static Frame frame(String regex, double weight) {
    return new Frame(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), weight);
  }

  /** The name the page's frames vote for, or null when none has enough votes. */
  static String vote(List<String> lines) {
    Map<String, Double> votes = new HashMap<>();
    Map<String, String> shown = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).strip();
      if (t.isEmpty() || t.length() > 120) continue;
      for (Frame f : FRAMES) {
        Matcher m = f.pattern().matcher(t);
        if (!m.matches()) continue;
        String name = ALL_RIGHTS.matcher(m.group(1)).replaceFirst("").strip().replaceFirst("[.,:;!-]+$", "").strip();
        double weight = f.weight();
        if (weight == 0) weight = ORGANISATION.matcher(name).matches() ? 3 : 0;
        if (weight == 0 || !acceptable(name)) continue;
        String key = key(name);
        votes.merge(key, weight, Double::sum);
        shown.putIfAbsent(key, name);
        break;
      }
    }
    // a site's name on the page's first line, as a masthead prints it, counts once
    String first = lines.stream().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse("");
    if (Chrome.words(first) <= 4 && Chrome.reason(first) == null && !Chrome.endsSentence(first) && acceptable(first)) {
      String k = key(first);
      if (votes.containsKey(k)) votes.merge(k, 1.0, Double::sum);
    }
    String best = null;
    double top = 0;
    for (var e : votes.entrySet()) {
      if (e.getValue() > top || e.getValue() == top && best != null && e.getKey().length() > best.length()) {
        best = e.getKey();
        top = e.getValue();
      }
    }
    return best != null && top >= 3 ? shown.get(best) : null;
  }

  private static boolean acceptable(String name) {
    if (name.length() < 2 || name.length() > 60 || Chrome.words(name) > 5) return false;
    if (NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) return false;
    return Dates.text(name) == null && !name.matches(".*\\d{4}.*");
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
