package org.dateline.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Span;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Parsed;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/** What a pronoun stands for, and which names are only mentioned (the object of a preposition, a possessor). */
final class Antecedents {
  private Antecedents() {}

  /**
   * The person a pronoun stands for: the nearest named before it whose sex, where the article shows it, the pronoun's
   * does not contradict ({@link Genders}: "she" passes over "Andrei Vetrov" and "Mr. Holm"), passing over names inside
   * a direct quote ("“Mr Vetrov wants …,” she said") and names that are no subject but the object of a preposition or
   * a possessor in a parsed sentence ("Asked about her call with Andrei Vetrov, she smiled"), unless no other name is
   * left.
   */
  static Entry of(Parsed parsed, Span source, List<Mention> mentions, List<Span> quoted) {
    Genders.Sex sex = Genders.ofPronoun(source.of(parsed.text()));
    Mention nearest = null;
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.span().end() > source.start()) continue;
      if (Genders.clash(sex, Genders.ofName(parsed.text(), m))) continue;
      if (nearest == null) nearest = m;
      if (quoted.stream().anyMatch(q -> q.contains(m.span())) || oblique(parsed, m)) continue;
      return m.entry();
    }
    return nearest == null ? null : nearest.entry();
  }

  /** Whether the name is the object of a preposition or a possessor (through appositions, compounds and conjuncts). */
  static boolean oblique(Parsed parsed, Mention m) {
    Sentence s = parsed.sentences().get(m.sentence());
    if (!s.parsed()) return false;
    Map<Integer, Dependency> governing = new HashMap<>();
    for (Dependency d : s.dependencies()) governing.putIfAbsent(d.dependent(), d);
    int head = -1;
    for (Token t : s.tokens()) {
      if (!m.span().contains(t.span())) continue;
      Dependency d = governing.get(t.index());
      if (d == null) continue;
      int g = d.governor();
      boolean inside = g >= 0 && g < s.tokens().size() && m.span().contains(s.tokens().get(g).span());
      if (!inside) {
        head = t.index();
        break;
      }
    }
    for (int steps = 0; head >= 0 && steps < 4; steps++) {
      Dependency d = governing.get(head);
      if (d == null) return false;
      String rel = d.relation();
      if (rel.startsWith("obl") || rel.startsWith("nmod")) return true;
      if (!(rel.equals("appos") || rel.startsWith("compound") || rel.startsWith("flat") || rel.startsWith("conj"))) return false;
      head = d.governor();
    }
    return false;
  }
}
