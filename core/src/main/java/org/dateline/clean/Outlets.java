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
 * wins, when some name has at least two votes' worth. A name the chrome repeats in several contexts (alone on a line,
 * opening short lines, as a possessive, after "told", as the site's domain) votes too ({@link #recurring}); an
 * owner's legal name ("... Media Group Inc.") does not. No list of sites: the frames are how sites write their name.
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
    return vote(lines, null);
  }

  /** The vote, with the lines the cleaner kept as the article's body marked ({@code body} may be null). */
  static String vote(List<String> lines, boolean[] body) {
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
        double[] byFrame = votes.computeIfAbsent(key, k -> new double[SLOTS]);
        byFrame[f] += byFrame[f] == 0 ? weight : weight / 4;
        shown.merge(key, name, (a, b) -> b.length() > a.length() ? b : a); // "The Harbour Ledger" over "Harbour Ledger"
        break;
      }
    }
    recurring(lines, body, votes, shown);
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

  /** The vote slots: one per frame, then the recurring-name evidence. */
  private static final int SLOTS = FRAMES.size() + 1;
  private static final Pattern COMPANY = Pattern.compile(
      "(?i)\\b(inc|llc|ltd|plc|corp|corporation|co|company|group|holdings|productions|brands|communications|enterprises|"
          + "partners|media|network|institute|publishing|publications|digital)\\.?$");
  /** A run of capitalised words (a brand may be "PurseBlog", "ELLE", "USA TODAY", "Observer.com"). */
  private static final Pattern RUN = Pattern.compile(
      "\\p{Lu}[\\p{L}\\p{N}&'’!-]*(?:\\.(?:com|net|org|co\\.uk|com\\.au))?(?:\\s+(?:of\\s+|and\\s+|&\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’!-]*(?:\\.com)?){0,3}");
  private static final Pattern POSSESSIVE = Pattern.compile(
      "(\\p{Lu}[\\p{L}\\p{N}&!-]*(?:\\.com)?(?:\\s+\\p{Lu}[\\p{L}\\p{N}&!-]*){0,2})['’]s\\b");
  /** "a letter seen by Harbor Ledger", "told the Harbor Ledger", "a reporter at Harbor Ledger". */
  private static final Pattern TOLD = Pattern.compile(
      "\\b(?:told|tells|seen by|obtained by|reviewed by|reporter (?:at|for)|editor (?:at|for)|writer (?:at|for)|"
          + "contributor (?:at|to|for)|subscribe to|sign up for|welcome to)\\s+(?:the\\s+)?"
          + "(\\p{Lu}[\\p{L}\\p{N}&!-]*(?:\\.com)?(?:\\s+\\p{Lu}[\\p{L}\\p{N}&!-]*){0,2})");
  private static final Pattern DOMAIN = Pattern.compile(
      "(?i)\\b(?:www\\.)?([a-z0-9][a-z0-9-]{1,30})\\.(?:com|org|net|co\\.uk|com\\.au|co|tv|news)\\b");

  /**
   * A site's name recurs in its own chrome: alone on a line ("Harbor Ledger" in the header and the footer), opening
   * short lines ("Harbor Ledger Newsletter", "Harbor Ledger on Instagram"), as a possessive ("Harbor Ledger's
   * newsletter") or after "told" or "a reporter at", and as its domain ("harborledger.com", "news@harborledger.com").
   * Each line counts once per name. A single word that the page's prose also uses in lower case ("Search",
   * "Health", "Clear") is a common word, not a brand, unless it is written in capitals ("ELLE") or camel case.
   */
  private static void recurring(List<String> lines, boolean[] body, Map<String, double[]> votes, Map<String, String> shown) {
    java.util.Set<String> common = new java.util.HashSet<>();
    Map<String, Integer> domains = new HashMap<>();
    for (String l : lines) {
      for (String w : l.split("[^\\p{L}]+")) if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) common.add(w);
      if (l.indexOf('.') >= 0) {
        Matcher d = DOMAIN.matcher(l);
        while (d.find()) domains.merge(d.group(1).toLowerCase(Locale.ROOT).replace("-", ""), 1, Integer::sum);
      }
    }
    Map<String, Double> score = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    java.util.Set<String> alone = new java.util.HashSet<>(), seenLines = new java.util.HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).strip();
      boolean inBody = body != null && body[i];
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
          String[] w = name.split("\\s+");
          for (int k = 1; k < w.length; k++) here.merge(String.join(" ", java.util.Arrays.copyOf(w, k)), 0.5, Math::max);
        }
      }
      if (!inBody) {
        Matcher m = POSSESSIVE.matcher(t);
        while (m.find()) here.merge(m.group(1), 0.75, Math::max);
      }
      Matcher m = TOLD.matcher(t);
      while (m.find()) here.merge(m.group(1), 0.75, Math::max);
      for (var e : here.entrySet()) {
        String name = e.getKey().replaceFirst("^(?i:the)\\s+", "");
        if (!brand(name, common)) continue;
        String k = key(name);
        double v = e.getValue();
        if (v == 1.0 && !alone.add(k)) v = 0.25; // alone on a line again: a menu item repeats so too
        if (v < 1 && !name.contains(" ") && !shaped(name)) v /= 2; // one Title-case word opening lines: "Best ...", "How ..."
        score.merge(k, v, Double::sum);
        names.merge(k, e.getKey(), (a, b) -> b.length() > a.length() ? b : a);
      }
    }
    for (var e : score.entrySet()) {
      double s = e.getValue() + Math.min(2, domains.getOrDefault(e.getKey(), 0) * 0.5);
      if (s < 1.5) continue;
      votes.computeIfAbsent(e.getKey(), k -> new double[SLOTS])[SLOTS - 1] += s;
      shown.merge(e.getKey(), names.get(e.getKey()), (a, b) -> b.length() > a.length() ? b : a);
    }
  }

  /** Written as a brand writes itself: in capitals ("ELLE"), in camel case ("PurseBlog"), as a domain ("NFL.com"). */
  private static boolean shaped(String x) {
    return x.equals(x.toUpperCase(Locale.ROOT)) && x.length() <= 8 || x.substring(1).chars().anyMatch(Character::isUpperCase)
        || x.contains(".");
  }

  private static boolean brand(String name, java.util.Set<String> common) {
    if (!acceptable(name) || COMPANY.matcher(name).find()) return false;
    String[] w = name.split("\\s+");
    if (w.length > 1) {
      for (String x : w) if (NOT_NAMES.contains(x.toLowerCase(Locale.ROOT)) || MENU.contains(x.toLowerCase(Locale.ROOT))) return false;
      return true;
    }
    String x = w[0], lower = x.toLowerCase(Locale.ROOT);
    if (MENU.contains(lower) || x.length() < 2) return false;
    return shaped(x) || !common.contains(lower);
  }

  /** Words of menus, buttons and notices that open short lines on every site. */
  private static final java.util.Set<String> MENU = java.util.Set.of("menu", "search", "subscribe", "sign", "log", "login",
      "latest", "live", "top", "more", "most", "popular", "trending", "video", "videos", "watch", "listen", "read",
      "share", "follow", "cancel", "ok", "close", "notice", "privacy", "terms", "cookie", "cookies", "advertisement",
      "sponsored", "newsletter", "newsletters", "contact", "about", "help", "skip", "main", "content", "clear",
      "related", "recommended", "comments", "email", "print", "copy", "link", "photos", "photo", "image", "gallery",
      "local", "national", "world", "sports", "politics", "business", "opinion", "entertainment", "tech",
      "technology", "science", "health", "lifestyle", "travel", "food", "style", "culture", "music", "movies", "tv",
      "shopping", "deals", "reviews", "news", "home", "weather", "obituaries", "podcasts", "podcast", "games",
      "account", "settings", "profile", "register", "accept", "reject", "manage", "continue", "back", "next",
      "previous", "loading", "advertise", "careers", "jobs", "store", "shop", "apps", "app", "site", "map", "sitemap",
      "facebook", "twitter", "instagram", "youtube", "linkedin", "tiktok", "pinterest", "reddit", "whatsapp",
      "flipboard", "rss", "feed", "today", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec", "download", "browse", "best", "big", "credit", "events", "features", "advertising", "data", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "editor", "editors", "staff", "author", "authors", "by", "updated", "published", "posted",
      "de", "en", "la", "el", "i", "we", "you", "our", "this", "that", "it", "he", "she", "they", "a", "an", "the",
      "in", "on", "for", "to", "and", "or", "of", "at", "from", "with", "as", "is", "if", "all", "your", "my", "new",
      "what", "how", "why", "when", "who", "where", "getty", "images", "ap", "reuters", "afp", "mr", "ms", "mrs", "dr");

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
