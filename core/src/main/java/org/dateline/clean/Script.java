package org.dateline.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writing systems told apart for "a line in another script than the article". */
enum Script {
  LATIN, CYRILLIC, GREEK, ARABIC, CJK, OTHER, MIXED, NONE;

  static Script of(String s) {
    int[] n = new int[values().length];
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c)) continue;
      letters++;
      if (c < 0x250) { // Basic Latin to Latin Extended-B: no need to ask Unicode
        n[LATIN.ordinal()]++;
        continue;
      }
      Script k = switch (Character.UnicodeScript.of(c)) {
        case LATIN -> LATIN;
        case CYRILLIC -> CYRILLIC;
        case GREEK -> GREEK;
        case ARABIC -> ARABIC;
        case HAN, HIRAGANA, KATAKANA, HANGUL -> CJK;
        default -> OTHER;
      };
      n[k.ordinal()]++;
    }
    if (letters == 0) return NONE;
    for (Script k : values()) if (n[k.ordinal()] * 10 >= letters * 9) return k;
    return MIXED;
  }

  /** Whether text in this script stands out of an article in {@code main} (mixed or letterless text does not). */
  boolean otherThan(Script main) {
    return this != main && this != NONE && this != MIXED;
  }

  /** The script most of the text of lines {@code from} on is written in. */
  static Script main(List<TextLine> lines, int from) {
    Map<Script, Integer> n = new HashMap<>();
    for (int i = from; i < lines.size(); i++) n.merge(lines.get(i).script(), lines.get(i).text().length(), Integer::sum);
    n.remove(NONE);
    n.remove(MIXED);
    return n.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(NONE);
  }
}
