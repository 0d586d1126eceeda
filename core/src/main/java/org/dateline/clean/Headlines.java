package org.dateline.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a headline line of scraped text looks like, and what the lines between it and the lead look like. A
 * headline is a title: a few words to a few dozen, starting with a capital, a digit or a quote, not a full-stop
 * sentence, not a credit, a widget, a byline or a date. Between headline and lead sit bylines, dates and times,
 * reading times, photo credits and captions, share buttons: the headline search skips them.
 */
final class Headlines {
  /** A photo credit: names around a slash, a picture agency, "Credit:", "Courtesy". */
  private static final Pattern CREDIT = Pattern.compile(
      "(\\p{L}\\s*/\\s*\\p{L}|getty images|shutterstock|\\bcredit\\b|\\bcourtesy\\b|\\bphoto(graph)?( by)?:|\\bvia (getty|reuters|ap)\\b"
          + "|\\(ap photo|\\bap photo\\b|\\bfile photo\\b|\\billustration\\b:?)",
      Pattern.CASE_INSENSITIVE);
  /** Widgets that print a sentence-like label: share buttons, text size, new-window links, weather. */
  private static final Pattern WIDGET = Pattern.compile(
      "(opens? in (a )?new (window|tab)|text size|^share\\b|\\bshare (article|story|this|on|via)\\b|^click to\\b|sharing options|"
          + "\\bposts by\\b|^(save|jump to|read this|search|place an?|view all|see all|see more|tap|download the|get the app)\\b|°[cf]?\\b|forecast|"
          + "\\bsign (in|up)\\b|\\blog ?in\\b|\\bsubscribe\\b|\\bnewsletter\\b|\\bcookies?\\b|\\bmin(ute)?s? read\\b|"
          + "\\bread time\\b|listen to (this|the) (article|story)|^advertisement|^sponsored|\\bpodcasts?\\b$|"
          + "^(updated|published|posted|last (updated|modified))\\b|\\b\\d+ (hours?|minutes?|days?|weeks?|months?) ago\\b)",
      Pattern.CASE_INSENSITIVE);
  /**
   * Each of CREDIT's and WIDGET's alternatives holds one of these words (WIDGET's anchored ones start with one), so
   * a line holding none cannot match and the patterns, searched at every place of the line, are tried only on lines
   * that may match: the same answers, a few times faster (the line classifier asks them of every short line).
   */
  private static final String[] CREDIT_WORDS = {"/", "getty images", "shutterstock", "credit", "courtesy", "photo", "via ", "illustration"};
  private static final String[] WIDGET_WORDS = {"open", "text size", "share", "click to", "sharing", "posts by", "°", "forecast",
      "sign ", "log", "subscribe", "newsletter", "cookie", "read", "listen to", "podcast", " ago"};
  private static final String[] WIDGET_STARTS = {"save", "jump to", "search", "place a", "view all", "see all", "see more", "tap",
      "download the", "get the app", "advertisement", "sponsored", "updated", "published", "posted", "last "};
  private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d\\d\\b");
  private static final Pattern BY = Pattern.compile("^(by|written by|story by|as told to|author)\\b.*", Pattern.CASE_INSENSITIVE);

  /** A caption's label printed above it: "Image caption,", "Caption:", a caption widget's "Show Caption" / "Hide Caption". */
  private static final Pattern CAPTION_LABEL = Pattern.compile("^(?:(?:image|photo|video|picture) )?caption\\s*[,:]?$|^(?:show|hide) caption$",
      Pattern.CASE_INSENSITIVE);
  /** A credit printed under a caption, opening with its label: "Image: Getty Images)", "Photographer: Ana Ruiz/Vell". */
  private static final Pattern CREDIT_LABEL = Pattern.compile("^\\(?(?:image|photo|photograph|photographer|picture|credit)s?\\s*:\\s*\\S",
      Pattern.CASE_INSENSITIVE);

  private Headlines() {}

  /**
   * Whether line {@code i} is a photo or video caption by its neighbours: a caption label just above it, or a short
   * credit just below it. A caption is often title-shaped and says what the headline says; it is never the headline.
   */
  static boolean captioned(java.util.List<TextLine> lines, int i) {
    if (i > 0 && lines.get(i - 1).words() <= 3 && CAPTION_LABEL.matcher(lines.get(i - 1).text()).matches()) return true;
    return i + 1 < lines.size() && lines.get(i + 1).words() <= 8 && CREDIT_LABEL.matcher(lines.get(i + 1).text()).find();
  }

  /** Whether {@code t} can be a headline by its own shape. */
  static boolean titleShaped(TextLine l) {
    return titleShaped(l, l.words() <= 12 && Chrome.writtenDate(l.text()) != null);
  }

  /** {@link #titleShaped(TextLine)}, told whether the line is a date line of at most 16 words (a costly test). */
  static boolean titleShaped(TextLine l, boolean shortDate) {
    String t = l.text();
    int w = l.words();
    if (w < 3 || w > 30 || t.length() > 250) return false;
    char c = t.charAt(0);
    if (!(Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'¿¡$".indexOf(c) >= 0)) return false;
    // a full stop ends a sentence, not a title, also inside a closing quote ('… he said. "We will."')
    int end = t.length();
    while (end > 0 && "\"”’'".indexOf(t.charAt(end - 1)) >= 0) end--;
    if (end > 0 && t.charAt(end - 1) == '.' && !t.startsWith("...", end - 3)) return false;
    if (l.shape() != null) return false;
    String lower = t.toLowerCase(Locale.ROOT);
    if (credit(t, lower) || widget(t, lower)) return false;
    if (BY.matcher(t).matches()) return false;
    if (w <= 12 && shortDate) return false;
    int digits = 0;
    for (int i = 0; i < t.length(); i++) if (Character.isDigit(t.charAt(i))) digits++;
    return digits * 4 < t.length();
  }

  static boolean credit(String t) {
    return credit(t, t.toLowerCase(Locale.ROOT));
  }

  private static boolean credit(String t, String lower) {
    return holds(lower, CREDIT_WORDS) && CREDIT.matcher(t).find();
  }

  private static boolean widget(String t, String lower) {
    return (holds(lower, WIDGET_WORDS) || startsWith(lower, WIDGET_STARTS)) && WIDGET.matcher(t).find();
  }

  private static boolean holds(String lower, String[] words) {
    for (String w : words) if (lower.contains(w)) return true;
    return false;
  }

  private static boolean startsWith(String lower, String[] words) {
    for (String w : words) if (lower.startsWith(w)) return true;
    return false;
  }

  /** A line that sits between a headline and its lead: byline, date, time, reading time, credit, widget. */
  static boolean between(String t) {
    int w = Chrome.words(t);
    return between(t, w, w <= 16 && Chrome.writtenDate(t) != null);
  }

  /** {@link #between(String)} of a line of {@code w} words, told whether it is a date line of at most 16 words. */
  static boolean between(String t, int w, boolean shortDate) {
    if (BY.matcher(t).matches() && w <= 16) return true;
    if (shortDate) return true;
    if (TIME.matcher(t).find() && w <= 10) return true;
    if (w > 20) return false;
    String lower = t.toLowerCase(Locale.ROOT);
    return credit(t, lower) || w <= 16 && widget(t, lower);
  }
}
