package org.dateline.clean;

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
  private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d\\d\\b");
  private static final Pattern BY = Pattern.compile("^(by|written by|story by|as told to|author)\\b.*", Pattern.CASE_INSENSITIVE);

  private Headlines() {}

  /** Whether {@code t} can be a headline by its own shape. */
  static boolean titleShaped(String t) {
    int w = Chrome.words(t);
    if (w < 3 || w > 30 || t.length() > 250) return false;
    char c = t.charAt(0);
    if (!(Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'¿¡$".indexOf(c) >= 0)) return false;
    // a full stop ends a sentence, not a title, also inside a closing quote ('… he said. "We will."')
    String bare = t.replaceAll("[\"”’']+$", "");
    if (bare.endsWith(".") && !bare.endsWith("...") && !bare.endsWith("…")) return false;
    if (Chrome.reason(t) != null || CREDIT.matcher(t).find() || WIDGET.matcher(t).find()) return false;
    if (BY.matcher(t).matches()) return false;
    if (Dates.text(t) != null && w <= 12) return false;
    int digits = 0;
    for (int i = 0; i < t.length(); i++) if (Character.isDigit(t.charAt(i))) digits++;
    return digits * 4 < t.length();
  }

  static boolean credit(String t) {
    return CREDIT.matcher(t).find();
  }

  /** A line that sits between a headline and its lead: byline, date, time, reading time, credit, widget. */
  static boolean between(String t) {
    int w = Chrome.words(t);
    if (BY.matcher(t).matches() && w <= 16) return true;
    if (Dates.text(t) != null && w <= 16) return true;
    if (TIME.matcher(t).find() && w <= 10) return true;
    return CREDIT.matcher(t).find() && w <= 20 || WIDGET.matcher(t).find() && w <= 16;
  }
}
