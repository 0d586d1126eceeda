package org.dateline.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
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
    static final Set<String> animate = read(ANIMATE);
    static final Set<String> inanimate = read(INANIMATE);
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

  private static Set<String> read(String resource) {
    Set<String> out = new HashSet<>();
    InputStream in = Animacy.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) return out; // without the models jar nothing is known, and every noun stays unknown
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) if (!line.isBlank()) out.add(line.strip().toLowerCase(Locale.ROOT));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read animacy list " + resource, e);
    }
    return out;
  }
}
