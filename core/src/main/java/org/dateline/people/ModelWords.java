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
 * A word list from CoreNLP's models jar, already on the class path (only the file is used, not CoreNLP code): one word
 * a line, lower-cased. Without the jar the list is empty, so whatever it would tell stays unknown.
 */
final class ModelWords {
  private ModelWords() {}

  static Set<String> read(String resource) {
    Set<String> out = new HashSet<>();
    InputStream in = ModelWords.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) return out;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) if (!line.isBlank()) out.add(line.strip().toLowerCase(Locale.ROOT));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
    return out;
  }
}
