package org.dateline.people;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Span;
import org.dateline.nlp.Entity;
import org.dateline.nlp.Parsed;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Where the text states a named person's role: the words right before the name, an appositive after it and a
 * description set off before it. The spans are loose windows; {@link Roles} trims them to a noun phrase.
 */
final class RoleSpans {
  private RoleSpans() {}

  private static final Pattern APPOSITIVE = Pattern.compile("^,\\s+((?:a|an|the|his|her|its|their)\\s+[^,.;:!?\"“”]{2,80}?|[\\p{L}.]+(?:'s|’s)\\s+[^,.;:!?\"“”]{2,80}?)\\s*[,.;]");
  private static final Pattern APPOSITIVE_BEFORE = Pattern.compile("(?:^|[.!?]\\s+)(?:The|the|A|a|An|an)\\s+([\\p{Ll}][^,.;:!?\"“”]{1,60}),\\s*$");

  /**
   * Role words right before a name in its sentence: "Russia's foreign minister", "NATO spokesman", "longtime
   * pollster", and a position or party written as a title ("Mayor Ilse Varga", "Sen. Tomas Brenner", "Republican
   * Tomas Brenner"; not a courtesy title). A place the tagger called a person may own the role ("Ostria's
   * energy minister").
   */
  static Span before(Parsed parsed, Entity e, Set<String> places) {
    Sentence s = parsed.sentences().get(e.sentence());
    List<Token> ts = s.tokens();
    int k = e.firstToken() - 1;
    int first = e.firstToken();
    boolean noun = false;
    while (k >= 0 && e.firstToken() - k <= 6) {
      Token t = ts.get(k);
      String tag = t.tag();
      boolean person = t.ner().equals("PERSON") && !places.contains(t.word().toLowerCase(Locale.ROOT));
      boolean ok = tag.startsWith("NN") && !person || tag.equals("JJ") || tag.equals("POS");
      if (!ok) break;
      if (tag.equals("NN") || tag.equals("NNS") || tag.startsWith("NNP") && !Character.isUpperCase(t.word().charAt(0))) noun = true;
      // a title right before the name ("Mayor", "Sen."): not a courtesy title ("Mr."), which says no position
      if (k == e.firstToken() - 1 && tag.startsWith("NNP") && Character.isUpperCase(t.word().charAt(0))
          && !Places.TITLES.contains(t.word().toLowerCase(Locale.ROOT).replace(".", ""))) noun = true;
      first = k;
      k--;
    }
    if (!noun || first == e.firstToken()) return null;
    return new Span(ts.get(first).span().start(), ts.get(e.firstToken() - 1).span().end());
  }

  /** "Hugh Hill, a doctor,": an appositive after the name. */
  static Span appositive(String text, int end) {
    Matcher m = APPOSITIVE.matcher(text).region(end, Math.min(text.length(), end + 120));
    return m.lookingAt() ? new Span(m.start(1), m.end(1)) : null;
  }

  /** "The envoy, Lucia Brandt, ...": a description set off before the name. */
  static Span appositiveBefore(String text, int start) {
    int from = Math.max(0, start - 80);
    Matcher m = APPOSITIVE_BEFORE.matcher(text.substring(from, start));
    return m.find() ? new Span(from + m.start(1), from + m.end(1)) : null;
  }
}
