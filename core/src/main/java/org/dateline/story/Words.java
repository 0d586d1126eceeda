package org.dateline.story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Word-level views of text shared by the linker's comparisons: folded tokens, content-word stems, fragments. */
final class Words {
  private Words() {}

  // Function words carry no topic; "not"/"no"/"never" are kept on purpose: a negation changes what was said.
  static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by",
      "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
      "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "that", "this", "these",
      "those", "it", "its", "he", "she", "his", "her", "they", "their", "them", "we", "our", "us", "you", "your", "i",
      "me", "my", "who", "whom", "which", "what", "when", "where", "why", "how", "there", "here", "than", "then", "so",
      "also", "about", "into", "over", "after", "before", "up", "down", "out", "said", "says", "say", "told", "tell",
      "own", "all", "any", "some", "more", "most", "other", "such", "only", "just", "very", "too", "s", "t", "mr",
      "ms", "mrs", "new", "one", "two", "year", "years", "time", "while", "because");

  /** Folded lower-case word tokens. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    String f = Names.fold(text);
    int i = 0, n = f.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(f.charAt(i))) i++;
      int s = i;
      while (i < n && Character.isLetterOrDigit(f.charAt(i))) i++;
      if (i > s) out.add(f.substring(s, i));
    }
    return out;
  }

  /** Content-word stems (first five letters): enough to meet "releases"/"release" and "talks"/"talk". */
  static Set<String> stems(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : tokens(text)) if (!STOP.contains(t) && (t.length() > 2 || t.equals("no"))) out.add(stem(t));
    return out;
  }

  static String stem(String t) {
    if (t.length() > 4 && t.endsWith("s") && !t.endsWith("ss")) t = t.substring(0, t.length() - 1);
    return t.length() > 5 ? t.substring(0, 5) : t;
  }

  /** The pieces of a quote cut by ellipses ("…", "...") or by the statement text's own " … " joins. */
  static List<String> fragments(String text) {
    List<String> out = new ArrayList<>();
    for (String f : text.split("…|\\.\\.\\.+")) if (!f.isBlank()) out.add(f);
    return out;
  }

  /** 64-bit FNV-1a: a fast, stable hash (the same in every run and JVM, unlike String.hashCode mixing). */
  static long hash64(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** Short stable hex id part. */
  static String shortHash(String s) {
    return String.format("%012x", hash64(s) >>> 16);
  }
}
