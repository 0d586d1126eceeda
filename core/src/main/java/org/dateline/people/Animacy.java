package org.dateline.people;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a common noun names something that can speak ("scientist", "official") or a thing ("banner", "side"). The
 * word lists are CoreNLP's coreference dictionaries (Ji and Lin's animacy lists), read from the models jar already on
 * the class path; only the files are used, not CoreNLP code. A word in neither list, or in both, is unknown.
 */
final class Animacy {
  private Animacy() {}

  private static final String ANIMATE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
  private static final String INANIMATE = "edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt";

  private static final class Lists {
    static final Set<String> animate = ModelWords.read(ANIMATE);
    static final Set<String> inanimate = ModelWords.read(INANIMATE);
  }

  /** True only when the noun is known to name a thing, never a being. */
  static boolean inanimate(String noun) {
    String w = noun.toLowerCase(Locale.ROOT);
    return Lists.inanimate.contains(w) && !Lists.animate.contains(w);
  }

  /** True only when the noun is known to name a being, never a thing. */
  static boolean animate(String noun) {
    String w = noun.toLowerCase(Locale.ROOT);
    return Lists.animate.contains(w) && !Lists.inanimate.contains(w);
  }
}
