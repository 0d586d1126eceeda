package org.dateline.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The frames a site writes its own name in, tried in this order on each line (the first that matches counts): a
 * copyright line, a line that says the name belongs to an owner ("Harbor Ledger is part of Tessel Media"), a staff
 * credit, a prompt or list head that names the site ("About Harbor Ledger", "Popular on Harbor Ledger"), a name
 * with a product of the site after it ("Harbor Ledger Newsletter", "Harbor Ledger logo"), an agency byline, a title
 * fragment ("... - Harbor Ledger") and a photo credit ("Ana Ruiz/Harbor Ledger").
 */
final class OutletFrames {
  static final String NAME = "(?-i)(\\p{Lu}[\\p{L}\\p{N}.&'’+!-]*(?:\\s+(?:of|the|and|&|de|du|di)?\\s*[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'’+!-]*){0,4})(?i)";
  private static final String YEARS = "(?:\\d{4}\\s*(?:[-–]\\s*\\d{4})?[.,]?\\s*)";

  /**
   * A name of capitalised words without "and" or "&" between them: where a sentence goes on after the name ("a
   * critic for Harbor Ledger and Tessel Radio"), the first name.
   */
  private static final String NAME_IN_SENTENCE =
      "(?-i)(\\p{Lu}[\\p{L}\\p{N}.&'’+!-]*(?:\\s+(?:of\\s+)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'’+!-]*){0,4})(?i)";
  /** The longest line a frame is tried on, but for the frames that read a sentence ({@link Kind#sentence}). */
  static final int SHORT_LINE = 120;

  /** What the frame says of the name it holds. */
  enum Kind {
    /** "© 2026 Harbor Ledger": the site's name, or its owner's. */
    COPYRIGHT,
    /** "Harbor Ledger is part of Tessel Media": the site's name, said as such. */
    OWNED,
    /** "Ana Ruiz is a film critic for Harbor Ledger": the author's note under the article names the site. */
    BIO,
    /** "(Harbor Ledger Staff)", "Harbor Ledger staff". */
    STAFF,
    /** "About Harbor Ledger", "Popular on Harbor Ledger", "Harbor Ledger Newsletter". */
    PROMPT,
    /** "Harbor Ledger > Business > ...": the first crumb of a breadcrumb trail. */
    CRUMB,
    /** "By Meridian Wire": counts only for an organisation's name. */
    AGENCY,
    /** "Ferry service resumes - Harbor Ledger", "| Harbor Ledger". */
    TITLE,
    /** "Ana Ruiz/Harbor Ledger", "Image Credits: Ana Ruiz / Harbor Ledger". */
    CREDIT;

    /** Whether the frame reads a sentence, which may go on past {@link #SHORT_LINE} characters. */
    boolean sentence() {
      return this == OWNED || this == BIO;
    }
  }

  /** A frame, what its match is worth, and words a line must hold for it to be tried (none: always tried). */
  record Frame(Kind kind, Pattern pattern, double weight, List<String> needs) {
    boolean mayMatch(String lower) {
      if (needs.isEmpty()) return true;
      for (String n : needs) if (lower.contains(n)) return true;
      return false;
    }
  }

  /** A name a frame found on a line. */
  record Hit(int frame, Kind kind, String name, double weight) {}

  /** A copyright line names the site, or its owner ("© 2026 Tessel Media"): a strong vote, not the strongest. */
  private static final double COPYRIGHT_WEIGHT = 2.5;
  static final List<Frame> FRAMES = List.of(
      frame(Kind.COPYRIGHT, "^(?:(?:©|\\(c\\)|copyright)\\s*)+" + YEARS + "?(?:©\\s*)?" + NAME
          + "(?:[.,]?\\s*(?:inc|llc|ltd|plc|media|group|corp)\\.?)*\\s*" + YEARS + "?(?:[.,|+].*|\\s[/–-]\\s(?!\\d).*|all rights reserved.*|powered by.*)?$",
          COPYRIGHT_WEIGHT, "©", "(c)", "copyright"),
      frame(Kind.COPYRIGHT, "^(?:copyright|©)?\\s*" + YEARS + "?" + NAME + "\\s*(?:[.,|]\\s*)?(?:all rights reserved|©|\\(c\\)|copyright).*$", COPYRIGHT_WEIGHT,
          "©", "(c)", "copyright", "rights reserved"),
      frame(Kind.OWNED, "^(?:the\\s+)?" + NAME + "\\s+(?:is (?:a )?(?:part|member|division|brand|publication) of|has affiliate|"
          + "is an? (?:[\\p{L}-]+\\s+)?registered trademark|may (?:earn|receive)|is (?:published|owned|operated) by|"
          + "is an? (?:[\\p{L}-]+\\s+){0,3}(?:network|company|brand))\\b.*$", 3, " of ", "affiliate", "trademark", " may ", " by ",
          "network", "company", "brand"),
      frame(Kind.BIO, "^.*\\bis\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:editor|reporter|writer|correspondent|critic|"
          + "columnist|producer|contributor|journalist)\\s+(?:for|at|with)\\s+(?-i:the\\s+)?" + NAME_IN_SENTENCE
          + "(?:\\s+(?:and|where|since|who|covering)\\b.*|\\s*[.,;(—–-].*|\\s*)$", 2, " for ", " at ", " with "),
      frame(Kind.STAFF, "^\\(?" + NAME + "\\s+staff\\)?$", 3, "staff"),
      frame(Kind.STAFF, "^\\(" + NAME + "\\s+staff\\)\\s.*$", 3, "staff"),
      frame(Kind.STAFF, "^[\\p{L}.'’ -]{3,40},\\s+" + NAME + "\\s+staff$", 2, "staff"),
      frame(Kind.PROMPT, "^(?:about|contact|search|support|inside|advertise (?:with|on|in)|careers at|jobs at|work(?:ing)? (?:for|at)|new to|"
          + "subscribe to|follow|more from|the best of|best of|explore|welcome to|contributors to|download the|(?:how to )?write for|"
          + "(?:popular|trending|top reads|today|latest|more|exclusive|only|now|also) on|join(?-i:(?=\\s+\\p{Lu}))|sign up for|why you can trust|who pays for)\\s+(?-i:the\\s+)?" + NAME + "(?:\\s+this week)?[\\s:.!?]*$", 2),
      frame(Kind.PROMPT, "^" + NAME + "\\s+(?:newsletters?|app|apps|store|home|homepage|home page|masthead|magazine|logo|"
          + "podcasts?|video|videos|e-?edition|archives?|shop|jobs|follow us|on (?:facebook|instagram|twitter|x|tiktok|youtube|linkedin|"
          + "pinterest|threads|snapchat|flipboard|social))\\s*$", 1),
      frame(Kind.PROMPT, "^.*\\bis\\s+(?:the\\s+)?" + NAME + "['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}(?:editor|reporter|writer|correspondent|critic|"
          + "columnist|producer|contributor)\\b.*$", 2, "'s ", "’s "),
      frame(Kind.CRUMB, "^" + NAME + "\\s*[>›»]\\s*\\S.*$", 1.5, ">", "›", "»"),
      frame(Kind.AGENCY, "^by\\s+" + NAME + "\\s*$", 0, "by"),
      frame(Kind.TITLE, "^.{12,}\\s[-|–—]\\s+" + NAME + "$", 1, " -", " |", " –", " —"),
      frame(Kind.TITLE, "^[-|–—]\\s*" + NAME + "$", 3),
      frame(Kind.CREDIT, "^(?:(?:image|photo) credits?:\\s*)?[\\p{Lu}][\\p{L}.'’ -]{2,40}/\\s*" + NAME + "$", 1, "/"));

  /** An agency byline: "By Meridian Wire" names an organisation when its last word is one organisations use. */
  private static final Pattern ORGANISATION = Pattern.compile(
      ".*\\b(wire|press|news|agency|service|times|post|herald|ledger|tribune|journal|gazette|associated press|reuters|"
          + "international|network|media|daily|radio|tv|television)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ALL_RIGHTS = Pattern.compile("(?i)[.,|\\s]*(all rights? reserved|copyright|©).*$");
  /** An owner's legal name: what a copyright line names more often than the site. */
  static final Pattern COMPANY = Pattern.compile(
      "(?i)\\b(inc|llc|ltd|plc|corp|corporation|co|company|group|holdings|productions|brands|communications|enterprises|"
          + "partners|media|network|institute|publishing|publications|digital|pty|entertainment|interactive|broadcasting)\\.?$");

  private static final Pattern LEADING_MENU = Pattern.compile("^(?i:more)\\s+(?=\\p{Lu})");

  /** A policy page's name after the site's: "About Harbor Ledger Privacy Policy". */
  private static final String POLICY = "\\s+(?i:privacy policy|privacy notice|terms of (?:use|service)|cookie policy|user agreement)$";

  private OutletFrames() {}

  /**
   * The owner a line names for the site ("Harbor Ledger is part of Tessel Media Inc", "is published by Tessel Media",
   * "is a tessel media network"), without its legal suffixes, or null. An owner's name is not the site's, though its
   * copyright line often gives only that.
   */
  static String owner(String t) {
    if (!t.contains(" of ") && !t.contains(" by ") && !t.contains("network") && !t.contains("company")) return null;
    Matcher m = OWNER.matcher(t);
    if (!m.find()) return null;
    String name = withoutSuffixes(m.group(1) != null ? m.group(1) : m.group(2));
    return name.isEmpty() ? null : name;
  }

  private static final Pattern OWNER = Pattern.compile("(?i)\\b(?:is (?:a |an )?(?:part|member|division|brand|publication|subsidiary) of|"
      + "is an? (?:[\\p{L}-]+\\s+)?registered trademark of|"
      + "is (?:published|owned|operated) by)\\s+(?:the\\s+)?([\\p{L}\\p{N}][\\p{L}\\p{N}.&'’ -]{1,40}?)(?=\\s*[,.;(]|\\s+(?:and|an|a|which|that)\\b|$)"
      + "|\\bis an? ([\\p{L}\\p{N}][\\p{L}\\p{N}.&'’ -]{1,30}?)\\s+(?:network|company)\\b");

  /** "Harbor Ledger Media Group Inc." without its legal suffixes: "Harbor Ledger"; empty when nothing else is left. */
  static String withoutSuffixes(String name) {
    String n = name;
    for (String before = null; !n.equals(before);) {
      before = n;
      n = COMPANY.matcher(n).replaceFirst("").replaceFirst("[\\s,.]+$", "").strip();
    }
    return n;
  }

  private static Frame frame(Kind kind, String regex, double weight, String... needs) {
    return new Frame(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), weight, List.of(needs));
  }

  /** The first frame that holds a name on line {@code t} (stripped), or null. */
  static Hit match(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    for (int f = 0; f < FRAMES.size(); f++) {
      Frame frame = FRAMES.get(f);
      if (t.length() > SHORT_LINE && !frame.kind().sentence() || !frame.mayMatch(lower)) continue;
      Matcher m = frame.pattern().matcher(t);
      if (!m.matches()) continue;
      String name = ALL_RIGHTS.matcher(m.group(1)).replaceFirst("").strip().replaceFirst("[.,:;!-]+$", "").strip();
      double weight = frame.weight();
      if (frame.kind() == Kind.AGENCY) weight = ORGANISATION.matcher(name).matches() ? 3 : 0;
      // a legal name ("Harbor Ledger Company LLC") names the site without its suffixes, when anything is left
      if (frame.kind() == Kind.COPYRIGHT && OutletFrames.COMPANY.matcher(name).find()) {
        name = withoutSuffixes(name);
        weight = 2;
      }
      // a prompt names the site, never a menu ("Search Query Submit Search", "More Harbor Ledger": "Harbor Ledger")
      if (frame.kind() == Kind.PROMPT) name = LEADING_MENU.matcher(name).replaceFirst("").replaceFirst(POLICY, "").strip();
      boolean site = frame.kind() != Kind.CREDIT && frame.kind() != Kind.TITLE && frame.kind() != Kind.AGENCY;
      if (weight == 0 || name.isEmpty() || !(site ? Outlets.acceptableSite(name) : Outlets.acceptable(name)) || MenuWords.menuOnly(name)) continue;
      if (frame.kind() == Kind.PROMPT && MenuWords.menuText(name)) continue;
      return new Hit(f, frame.kind(), name, weight);
    }
    return null;
  }
}
