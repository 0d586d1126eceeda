package org.dateline.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet of a scraped page, by vote. The evidence, counted in this order into one table of names:
 * <ol>
 *   <li>the frames a site writes its name in ({@link OutletFrames}: "© 2026 Harbor Ledger", "About Harbor Ledger",
 *       "(Harbor Ledger Staff)", "- Harbor Ledger", "Ana Ruiz/Harbor Ledger"), each with its weight; a frame's vote
 *       counts in full once per name and a quarter for each repeat;</li>
 *   <li>the outlet printed after the byline's name ("Ana Ruiz Harbor Ledger", "by Ana Ruiz, Harbor Ledger");</li>
 *   <li>a name spelled by a domain the page names ("Harbor Ledger" and news@harborledger.com, {@link SiteDomains});</li>
 *   <li>a name the chrome repeats in several contexts ({@link RecurringNames}).</li>
 * </ol>
 * A name spelled by the page's own domains gets a bonus wherever its votes came from. The name with the most votes
 * wins when it has at least two votes' worth; else a first line that is only a name. No list of sites: the frames
 * are how sites write their name.
 */
final class Outlets {
  /**
   * News agencies: in a photo credit or a repeated line they are the agency's, not the site's; a frame that says the
   * site's name ("More from AP News", "© 2026 Reuters") may name one.
   */
  static final java.util.Set<String> AGENCIES = java.util.Set.of("reuters", "ap", "afp", "epa", "the associated press",
      "associated press");


  private Outlets() {}

  static String vote(List<String> lines) {
    return vote(lines, null, null);
  }

  /**
   * The name the page's evidence votes for, or null when none has enough votes. {@code body} marks the lines the
   * cleaner kept as the article (may be null); {@code byline} is the byline read (may be null).
   */
  static String vote(List<String> lines, boolean[] body, String byline) {
    Map<String, double[]> votes = new HashMap<>();
    Map<String, String> shown = new HashMap<>();
    SiteDomains domains = SiteDomains.of(lines);
    java.util.Set<String> owners = new java.util.HashSet<>(), owned = new java.util.HashSet<>();
    for (String line : lines) {
      String t = BULLET.matcher(line.strip()).replaceFirst("");
      if (t.length() < 2 || t.length() > 400) continue;
      OutletFrames.Hit hit = OutletFrames.match(t);
      if (hit != null) add(votes, shown, hit.name(), hit.frame(), hit.weight());
      if (hit != null && hit.kind() == OutletFrames.Kind.OWNED) owned.add(key(hit.name()));
      String owner = OutletFrames.owner(t);
      if (owner != null) owners.add(key(owner));
    }
    String afterByline = afterByline(lines, byline);
    if (afterByline != null) add(votes, shown, afterByline, BYLINE, 2);
    spelledRuns(lines, body, domains, votes, shown);
    RecurringNames.score(lines, body, domains, shown).forEach((k, s) -> votes.computeIfAbsent(k, x -> new double[SLOTS])[RECURRING] += Math.min(s, RECURRING_CAP));
    for (var e : votes.entrySet()) e.getValue()[DOMAIN] += Math.min(1.5, 0.75 * domains.spelled(e.getKey()));
    // the owner a page names ("Harbor Ledger is part of Tessel Media") is not the site, whatever its copyright says
    owners.removeAll(owned);
    votes.keySet().removeAll(owners);
    Map<String, Double> totals = fullNames(votes, shown);
    String first = lines.stream().map(String::strip).filter(x -> !x.isEmpty()).findFirst().orElse("");
    boolean masthead = (MASTHEAD.matcher(first).matches() || oneWordBrand(first, lines)) && acceptable(first) && !MenuWords.menuOnly(first)
        && Chrome.reason(first) == null;
    if (masthead && votes.containsKey(key(first))) shown.merge(key(first), first, (a, b) -> b.length() > a.length() ? b : a);
    String best = null;
    double top = 0;
    for (var e : totals.entrySet()) {
      double score = e.getValue();
      if (score > top || score == top && best != null && e.getKey().length() > best.length()) {
        best = e.getKey();
        top = score;
      }
    }
    if (best != null && top >= 2) return shown.get(mostNamed(best, votes));
    // else a name a frame gives as the site's ("Harbor Ledger App") over a first line nothing names: that is more
    // often a section ("South Florida") than the masthead
    if (best != null && framed(votes.get(best)) && (!masthead || !votes.containsKey(key(first)))) return shown.get(best);
    // else the masthead: a first line that is only a name ("Ostrian Courier"), though on real pages it is more
    // often a menu item, so it comes last
    return masthead ? first : null;
  }

  /** Whether a frame (not the byline, the domain or recurrence alone) voted for the name. */
  private static boolean framed(double[] slots) {
    if (slots == null) return false;
    for (int f = 0; f < BYLINE; f++) if (slots[f] > 0) return true;
    return false;
  }

  /** The vote slots: one per frame, then the byline's outlet, the domain's runs, the recurring names, the domain bonus. */
  /** Recurring is the weakest evidence (a team, a topic, a person recur too): it never outvotes two frames. */
  private static final double RECURRING_CAP = 2.25;
  private static final int BYLINE = OutletFrames.FRAMES.size(), SPELLED = BYLINE + 1, RECURRING = BYLINE + 2,
      DOMAIN = BYLINE + 3, SLOTS = BYLINE + 4;

  /**
   * Each name's votes, with the votes of its short forms added to the full name: a site is named in full and in short
   * ("The Globe" and "The Globe and Mail", "Sci" and "Sci.News", "Technology Review" and "MIT Technology Review"). A
   * short form is the full name's first letters, or its last two words or more.
   */
  private static Map<String, Double> fullNames(Map<String, double[]> votes, Map<String, String> shown) {
    Map<String, Double> own = new HashMap<>();
    for (var e : votes.entrySet()) {
      double score = 0;
      for (double v : e.getValue()) score += v;
      own.put(e.getKey(), score);
    }
    Map<String, Double> totals = new HashMap<>(own);
    for (String full : own.keySet()) {
      for (var shorter : own.entrySet()) {
        String k = shorter.getKey();
        if (k.length() < 2 || k.length() >= full.length()) continue;
        // the short form as written, or the name and its domain ("Fast Company" and "Fastcompany.com")
        if (full.startsWith(k) && (shortForm(shown.get(k), shown.get(full)) || full.equals(k + "com"))
            || initials(shown.get(k), shown.get(full))) totals.merge(full, shorter.getValue(), Double::sum);
      }
    }
    return totals;
  }

  private static final Pattern BULLET = Pattern.compile("^[*•·]\\s+");

  /** A first line of one word that is a brand ("Engadget", "ELLE"), not a word the page's prose uses. */
  private static boolean oneWordBrand(String first, List<String> lines) {
    return first.matches("\\p{Lu}[\\p{L}\\p{N}.!-]{2,30}") && RecurringNames.brand(first, RecurringNames.commonWords(lines));
  }

  /**
   * Whether {@code shorter} is how {@code full} begins, as written: "Sci" and "Sci.News", "MLS" and "MLSsoccer", but
   * not "UK" and "Ukraine" nor "Polygon" and "Polygons".
   */
  private static boolean shortForm(String shorter, String full) {
    String s = shorter.replaceFirst("^(?i:the)\\s+", ""), f = full.replaceFirst("^(?i:the)\\s+", "");
    if (!f.startsWith(s) || f.length() == s.length()) return false;
    return !Character.isLowerCase(f.charAt(s.length())) || s.equals(s.toUpperCase(Locale.ROOT));
  }

  /** Whether {@code shorter} is {@code full}'s initials in capitals: "HL" and "Harbor Ledger", "TLR" and "The Ledger Review". */
  static boolean initials(String shorter, String full) {
    if (shorter.length() < 2 || shorter.length() > 5 || !ALL_CAPS.matcher(shorter).matches()) return false;
    StringBuilder first = new StringBuilder();
    for (String w : SPACES.split(full)) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) first.append(w.charAt(0));
    String f = first.toString();
    return f.length() >= 2 && (f.equals(shorter) || f.startsWith("T") && f.substring(1).equals(shorter));
  }

  private static final Pattern ALL_CAPS = Pattern.compile("\\p{Lu}+");

  /**
   * Of a full name and its short forms, the full name, unless a short form has at least twice its votes of its own:
   * then the full name is the short form with a section after it ("Yahoo Finance Live"), not the site's whole name
   * ("NBC News" over "NBC", "MLSsoccer" over "MLS", which count only what the full name's contexts count too).
   */
  private static String mostNamed(String full, Map<String, double[]> votes) {
    String best = full;
    double fullOwn = java.util.Arrays.stream(votes.get(full)).sum(), top = fullOwn;
    for (var e : votes.entrySet()) {
      double own = java.util.Arrays.stream(e.getValue()).sum();
      if (e.getKey().length() >= 2 && full.startsWith(e.getKey()) && own > top && own >= 2 * fullOwn) {
        best = e.getKey();
        top = own;
      }
    }
    return best;
  }

  private static void add(Map<String, double[]> votes, Map<String, String> shown, String name, int slot, double weight) {
    String key = key(name);
    double[] bySlot = votes.computeIfAbsent(key, k -> new double[SLOTS]);
    // a frame said again counts a quarter more each time, up to twice its weight: "Latest - Astronomy" under every
    // related link is one frame said often
    bySlot[slot] = bySlot[slot] == 0 ? weight : Math.min(2 * weight, bySlot[slot] + weight / 4);
    shown.merge(key, name, (a, b) -> b.length() > a.length() ? b : a); // "The Harbour Ledger" over "Harbour Ledger"
  }

  /** What follows the byline's name on its line: "Ana Ruiz Harbor Ledger", "by Ana Ruiz , Harbor Ledger". */
  private static final Pattern AFTER_NAME = Pattern.compile("^[\\s,|·•/–—-]*" + OutletFrames.NAME + "[\\s,|·•]*$");

  static String afterByline(List<String> lines, String byline) {
    if (byline == null || byline.isBlank() || Chrome.words(byline) > 7) return null;
    // a byline read with the outlet still on it: "Ana Ruiz Harbor Ledger" (a first and a last name, then the outlet)
    int comma = byline.indexOf(',');
    if (comma > 0 && Character.isUpperCase(byline.strip().charAt(0))) {
      String rest = byline.substring(comma + 1).strip(); // "Ana Ruiz , Harbor Ledger"
      if (!rest.isEmpty() && Character.isUpperCase(rest.charAt(0)) && outletAfterName(rest)) return rest;
    }
    String[] w = SPACES.split(byline.strip());
    if (w.length >= 4 && !byline.contains(",") && !byline.matches("(?i).*\\b(and|&|jr|sr|ii|iii|iv)\\b.*")) {
      String rest = String.join(" ", java.util.Arrays.copyOfRange(w, 2, w.length));
      if (Character.isUpperCase(rest.charAt(0)) && outletAfterName(rest)) return rest;
    }
    for (String line : lines) {
      String t = line.strip();
      int at = t.indexOf(byline);
      if (at < 0 || at > 12 || Chrome.words(t) > 14) continue;
      Matcher m = AFTER_NAME.matcher(t.substring(at + byline.length()));
      if (!m.matches()) continue;
      String name = m.group(1).strip();
      if (outletAfterName(name)) return name;
    }
    return null;
  }

  private static boolean outletAfterName(String name) {
    return acceptable(name) && !MenuWords.menuOnly(name) && !OutletFrames.COMPANY.matcher(name).find()
        && !name.matches("(?i).*\\b(staff|writer|reporter|editor|correspondent|contributor|columnist)s?\\b.*");
  }

  /**
   * Runs of capitalised words in the chrome that spell a domain the page names: "USA TODAY" and
   * ana@usatoday.com, "The Harbor Ledger" and harborledger.com. Each run votes once, with the lines its domain is on.
   */
  private static void spelledRuns(List<String> lines, boolean[] body, SiteDomains domains, Map<String, double[]> votes,
      Map<String, String> shown) {
    if (domains.stems().isEmpty()) return;
    java.util.Set<String> done = new java.util.HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (body != null && body[i]) continue;
      String t = lines.get(i).strip();
      if (t.length() > 200) continue;
      Matcher r = RecurringNames.RUN.matcher(t);
      while (r.find()) {
        String[] w = SPACES.split(r.group().strip());
        for (int a = 0; a < w.length; a++) {
          for (int b = a + 1; b <= w.length; b++) {
            String name = String.join(" ", java.util.Arrays.copyOfRange(w, a, b));
            String k = key(name);
            if (done.contains(k) || domains.spelled(k) == 0 || !acceptable(name) || MenuWords.menuOnly(name)) continue;
            if (b - a == 1 && !RecurringNames.shaped(name) && !domains.stems().contains(k)) continue;
            done.add(k);
            add(votes, shown, name, SPELLED, 1);
          }
        }
      }
    }
  }

  private static final Pattern MASTHEAD = Pattern.compile("^\\p{Lu}[\\p{L}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}.&'’-]*){1,3}$");

  /** {@link #acceptable}, or an agency's name. */
  static boolean acceptableSite(String name) {
    return acceptable(name) || AGENCIES.contains(name.toLowerCase(Locale.ROOT));
  }

  static boolean acceptable(String name) {
    // "Arts &", "Nation and": a name cut short where the line went on in lower case
    if (name.endsWith("&") || name.endsWith(" and") || name.endsWith(" of")) return false;
    if (name.length() < 2 || name.length() > 60 || Chrome.words(name) > 5) return false;
    if (MenuWords.NOT_NAMES.contains(name.toLowerCase(Locale.ROOT)) || AGENCIES.contains(name.toLowerCase(Locale.ROOT))) return false;
    return !YEAR.matcher(name).find() && Dates.text(name) == null;
  }

  static String key(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int from = 0;
    Matcher the = LEADING_THE.matcher(lower);
    if (the.lookingAt()) from = the.end();
    StringBuilder k = new StringBuilder(lower.length() - from);
    for (int i = from; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      if (Character.isLetter(c) || isNumber(c)) k.appendCodePoint(c);
      i += Character.charCount(c);
    }
    return k.toString();
  }

  /** \p{N}: digits, letter numbers and other numbers ("²", "Ⅻ"), as the key always kept them. */
  private static boolean isNumber(int c) {
    int t = Character.getType(c);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }

  // compiled once: the vote asks these of every candidate on every line
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
  static final Pattern SPACES = Pattern.compile("\\s+");
  static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
}
