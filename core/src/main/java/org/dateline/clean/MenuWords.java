package org.dateline.clean;

import java.util.Locale;
import java.util.Set;
import org.dateline.model.CalendarWords;

/**
 * The words of menus, buttons and notices, and what they say of a candidate name: a site's name is never made only of
 * them ({@link #menuOnly}), a line that opens with one or ends with a control is menu text ({@link #menuText}), and a
 * name of several words holding one is no brand ({@link #hasMenuWord}). One vocabulary for the outlet vote
 * ({@link Outlets}), its frames ({@link OutletFrames}) and the names the chrome repeats ({@link RecurringNames}).
 */
final class MenuWords {
  private MenuWords() {}

  /** Words that are no name on their own: pronouns, "news", "home", the social networks, photo agencies. */
  static final Set<String> NOT_NAMES = Set.of("us", "me", "our", "news", "home", "all",
      "now", "more", "email", "search", "site", "app", "top", "this", "here", "your", "my", "a", "it", "them",
      "google", "apple", "facebook", "twitter", "instagram", "youtube", "linkedin", "tiktok", "pinterest", "x",
      "getty images", "shutterstock", "istock", "ap photo");

  /** Buttons that end a line of controls: "Query Submit Search", "Site Menu". */
  private static final Set<String> CONTROLS = Set.of("search", "menu", "submit", "login", "subscribe", "share", "close", "ok",
      "cancel", "toggle");

  /** Words of menus, buttons and notices that open short lines on every site. */
  static final Set<String> MENU = CalendarWords.plus(CalendarWords.ALL, "menu", "search", "subscribe", "sign", "log", "login",
      "latest", "live", "top", "more", "most", "popular", "trending", "video", "videos", "watch", "listen", "read",
      "share", "follow", "cancel", "ok", "close", "notice", "privacy", "terms", "cookie", "cookies", "advertisement",
      "sponsored", "newsletter", "newsletters", "contact", "about", "help", "skip", "main", "content", "clear",
      "related", "recommended", "comments", "email", "print", "copy", "link", "photos", "photo", "image", "gallery",
      "local", "national", "world", "sports", "politics", "business", "opinion", "entertainment", "tech",
      "technology", "science", "health", "lifestyle", "travel", "food", "style", "culture", "music", "movies", "tv",
      "shopping", "deals", "reviews", "news", "home", "weather", "obituaries", "podcasts", "podcast", "games",
      "account", "settings", "profile", "register", "accept", "reject", "manage", "continue", "back", "next",
      "previous", "loading", "view", "toggle", "go", "advertise", "careers", "jobs", "store", "shop", "apps", "app", "site", "map", "sitemap",
      "facebook", "twitter", "instagram", "youtube", "linkedin", "tiktok", "pinterest", "reddit", "whatsapp",
      "flipboard", "rss", "feed", "today", "download", "browse", "best", "big", "credit", "events", "features",
      "advertising", "data", "yesterday", "editor", "editors", "staff", "author", "authors", "by", "updated", "published", "posted",
      "de", "en", "la", "el", "i", "we", "you", "our", "this", "that", "it", "he", "she", "they", "a", "an", "the",
      "in", "on", "for", "to", "and", "or", "of", "at", "from", "with", "as", "is", "if", "all", "your", "my", "new",
      "what", "how", "why", "when", "who", "where", "getty", "images", "ap", "reuters", "afp", "mr", "ms", "mrs", "dr");

  /** A word a site's name is never made of alone: a menu word or a word of no name. */
  static boolean notName(String word) {
    String l = word.toLowerCase(Locale.ROOT);
    return MENU.contains(l) || NOT_NAMES.contains(l);
  }

  /** Whether every word of {@code name} is a word of menus and buttons ("Menu", "Search Menu", "Cancel OK"). */
  static boolean menuOnly(String name) {
    for (String w : Outlets.NON_LETTERS.split(name))
      if (!w.isEmpty() && (!notName(w) || Outlets.AGENCIES.contains(w.toLowerCase(Locale.ROOT)))) return false;
    return true;
  }

  /** Whether any word of a name of several words is a word of menus or of no name ("Latest Stories", "Our Team"). */
  static boolean hasMenuWord(String[] words) {
    for (String w : words) if (notName(w)) return true;
    return false;
  }

  /**
   * Whether {@code name} reads as menu text rather than a name: it opens with a menu word ("Latest Videos", "Search
   * Query") or ends with a control ("Query Submit Search"). "The", "of" and agencies' names are no menu words here.
   */
  static boolean menuText(String name) {
    String[] w = name.replaceFirst("^(?i:the)\\s+", "").split("[^\\p{L}]+");
    if (w.length == 0 || w[0].isEmpty()) return false;
    String first = w[0].toLowerCase(Locale.ROOT), last = w[w.length - 1].toLowerCase(Locale.ROOT);
    return MENU.contains(first) && !Outlets.AGENCIES.contains(first) || CONTROLS.contains(last);
  }
}
