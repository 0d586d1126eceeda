package org.dateline.clean;

import java.util.Locale;
import org.dateline.model.RemovalReason;
import java.util.regex.Pattern;

/**
 * Known shapes of site chrome, recognised from a single line or block of text without any list of sites: prompts,
 * notices, widget labels, counters, share and related blocks, credits. {@link #reason} names the shape with a
 * {@link RemovalReason}; null means the line may be article text. Only short lines are considered:
 * an article sentence that happens to mention "subscribe" is long and ends in a full stop.
 */
public final class Chrome {

  private static final int SHORT = 120;
  private static final Pattern SUBSCRIBE_P = Pattern.compile(
      "^(subscribe|sign (up|in)|log ?in|register|create (an|a free) account|already (a subscriber|have an account)|"
          + "get (our|the) .*(newsletter|briefing)|newsletter|become a (member|subscriber)|support (our|independent) journalism|"
          + "subscribe to|start your (free )?trial|unlock|you have \\d+ free).*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BROWSER_P = Pattern.compile(
      "(internet explorer|\\bie ?11\\b|browser (is|version) (not supported|out of date|outdated)|update your browser|"
          + "enable javascript|javascript (is )?(disabled|required)|modern browser)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMENTS_P = Pattern.compile(
      "(to participate in the discussion|log in or register|leave a (comment|reply)|\\bcomments?\\s*\\(?\\d*\\)?$|"
          + "^\\d+\\s+comments?$|join the (conversation|discussion)|show comments|view comments|post a comment|"
          + "add (a|your) comment|^comments?$|commenting (is|has been) (closed|disabled))",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COUNTER_P = Pattern.compile("^[\\d\\s.,:/%+-]{1,12}$|^(loader|loading\\.*|\\.\\.\\.)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SHARE_P = Pattern.compile(
      "^(share( this( article| story| page)?)?( on)?|share on \\w+|facebook|twitter|x|linkedin|whatsapp|telegram|"
          + "reddit|email|e-mail|print|copy link|pinterest|vk|tweet|messenger|flipboard|mail|share via|"
          + "(facebook|twitter|linkedin|whatsapp|email|x)( \\W )?(facebook|twitter|linkedin|whatsapp|email|x)?.*)[\\s:]*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATED_P = Pattern.compile(
      "^(related( news| articles| stories| coverage| content| topics)?|read (more|also|next)|more (from|on|news|stories|"
          + "in)\\b.*|see also|also read|you (may|might) (also )?like|recommended( for you)?|most (read|popular|viewed)|"
          + "trending( now)?|popular( now)?|latest( news)?|top stories|editor'?s picks|newsfeed|news feed|"
          + "in other news|what to read next|further reading)[\\s:»›>]*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPTION_P = Pattern.compile(
      "^((photo|image|picture|video|file photo|illustration)( credit)?s?\\s*[:/|©-]|\\(?(photo|image)s? (by|courtesy)\\b|"
          + "©|\\(c\\)\\s|getty images|ap photo|reuters/|afp photo).*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COPYRIGHT_P = Pattern.compile(
      "(©|\\(c\\) \\d{4}|copyright \\d{4}|all rights reserved|terms of (use|service)|privacy policy|cookie (policy|settings)|"
          + "we use cookies|this (site|website) uses cookies)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CREDIT_P = Pattern.compile(
      "^\\((reporting|writing|editing|additional reporting) by [^)]*\\)\\.?$|^(reporting|editing) by .{3,80}$",
      Pattern.CASE_INSENSITIVE);
  /** Two separators between words ("Home | World | Sport"), found rather than matched: no backtracking over the line. */
  private static final Pattern NAV_P = Pattern.compile("\\S\\s*[|•·»›]\\s*\\S.*[|•·»›]\\s*\\S");
  private static final Pattern ADS_P = Pattern.compile(
      "^(advertisement|sponsored( content)?|ad|story continues below( advertisement)?|continue reading( below)?|"
          + "skip (to|navigation).*|back to top|click here.*|tags?:.*|filed under:?.*|topics?:.*)$",
      Pattern.CASE_INSENSITIVE);

  private Chrome() {}

  /** The reason this line is chrome by its shape alone, or null. */
  public static RemovalReason reason(String line) {
    String s = line.strip();
    if (s.isEmpty()) return null;
    if (COUNTER_P.matcher(s).matches()) return RemovalReason.COUNTER;
    if (s.length() > SHORT * 2) return null;
    // the patterns searched anywhere in the line each need a word that the cheap test below looks for first
    String lower = s.toLowerCase(Locale.ROOT);
    if (anyOf(lower, "explorer", "browser", "javascript", "ie11", "ie 11") && BROWSER_P.matcher(s).find()) return RemovalReason.BROWSER;
    if (CREDIT_P.matcher(s).matches()) return RemovalReason.CREDIT;
    if (s.length() > SHORT) return null;
    if (anyOf(lower, "comment", "discussion", "register", "leave a", "join the") && COMMENTS_P.matcher(s).find())
      return RemovalReason.COMMENTS;
    if (SHARE_P.matcher(s).matches()) return RemovalReason.SHARE;
    if (RELATED_P.matcher(s).matches()) return RemovalReason.RELATED;
    if (CAPTION_P.matcher(s).matches()) return RemovalReason.CAPTION;
    if (anyOf(lower, "©", "(c) ", "copyright", "rights reserved", "terms of", "privacy policy", "cookie")
        && COPYRIGHT_P.matcher(s).find()) return RemovalReason.COPYRIGHT;
    if (ADS_P.matcher(s).matches()) return RemovalReason.BOILERPLATE;
    if (separators(s) >= 2 && NAV_P.matcher(s).find() && !endsSentence(s)) return RemovalReason.NAVIGATION;
    if (SUBSCRIBE_P.matcher(s).matches() && (s.length() < 80 || !endsSentence(s))) return RemovalReason.SUBSCRIBE;
    return null;
  }

  private static boolean anyOf(String lower, String... words) {
    for (String w : words) if (lower.contains(w)) return true;
    return false;
  }

  private static int separators(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if ("|•·»›".indexOf(s.charAt(i)) >= 0) n++;
    return n;
  }

  /** A short bracketed source after a sentence, as a digest cites it: "… in Iowa.” [HuffPost.]", "[538]". */
  private static final Pattern CITED_SOURCE = Pattern.compile("\\s*\\[[^\\[\\]]{1,40}\\]$");

  static boolean endsSentence(String s) {
    // a no-break space is no character of the sentence: pages leave one after the full stop
    String t = stripSpaces(s);
    if (t.isEmpty()) return false;
    var cited = CITED_SOURCE.matcher(t);
    if (cited.find() && cited.start() > 0) t = t.substring(0, cited.start());
    char c = t.charAt(t.length() - 1);
    if (c == '"' || c == '\u201D' || c == '\'' || c == '\u2019' || c == ')') {
      t = t.substring(0, t.length() - 1).stripTrailing();
      if (t.isEmpty()) return false;
      c = t.charAt(t.length() - 1);
    }
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\u2026';
  }

  /** {@code s} without the white or no-break space ({@link Character#isSpaceChar}) around it. */
  private static String stripSpaces(String s) {
    int a = 0, b = s.length();
    while (a < b && space(s.charAt(a))) a++;
    while (b > a && space(s.charAt(b - 1))) b--;
    return s.substring(a, b);
  }

  private static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Words in the line (letters or digits runs). */
  static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) n++;
      in = w;
    }
    return n;
  }

  /** Lower-cased, whitespace-collapsed form for comparing lines. */
  static String norm(String s) {
    // a loop, not a regex replace: the text cleaner compares every prose line with the lines below it
    String t = s.strip();
    StringBuilder sb = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      // regex \s: the ASCII whitespace a run of which becomes one space
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        if (!space) sb.append(' ');
        space = true;
      } else {
        sb.append(c);
        space = false;
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The first full written date of a line ({@link Dates#text}), asked only of a line with the five digits such a date
   * needs (a day and a four-digit year): most lines have none, and the date pattern is costly where it cannot match.
   */
  static java.time.LocalDate writtenDate(String t) {
    int digits = 0;
    for (int i = 0; i < t.length() && digits < 5; i++) if (t.charAt(i) >= '0' && t.charAt(i) <= '9') digits++;
    return digits < 5 ? null : Dates.text(t);
  }
}
