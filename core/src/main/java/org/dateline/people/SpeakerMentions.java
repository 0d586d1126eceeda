package org.dateline.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Person;
import org.dateline.model.Span;
import org.dateline.nlp.Entity;

/**
 * One speaker mention to the entry it names, in order: a person named inside it (the longest, passing over names it
 * only mentions; "Dorn's office" is the possessor's thing); a personal pronoun's antecedent; a place or organisation
 * named inside it (not one that only owns the speaker: "Ostria's energy minister"); else a description ({@link
 * Descriptions}). A joint mention ("Vetrov and Marren") gives every speaker.
 */
final class SpeakerMentions {
  private SpeakerMentions() {}

  private static final Pattern COORDINATION = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+");

  static Entry speaker(ArticleNames a, Span source) {
    String text = a.text();
    String words = source.of(text).strip();
    String lower = words.toLowerCase(Locale.ROOT);
    // a person named inside the mention: the longest, passing over names the mention only mentions ("Jan Holm,
    // replying to Vetrov", "the spokesman for Andrei Vetrov, Jan Holm") unless no other is left
    Mention named = null;
    boolean namedOblique = false;
    for (Mention m : a.mentions()) {
      if (!source.contains(m.span())) continue;
      boolean oblique = Antecedents.oblique(a.parsed(), m);
      if (named == null || namedOblique && !oblique || oblique == namedOblique && m.span().length() > named.span().length()) {
        named = m;
        namedOblique = oblique;
      }
    }
    if (named != null) {
      int after = named.span().end();
      if (after + 2 < source.end() && (text.startsWith("'s", after) || text.startsWith("’s", after))) {
        // "Dorn's office": the possessor's thing speaks, not the possessor
        String thing = Names.strip(text.substring(after + 2, source.end()));
        if (thing.isEmpty()) return named.entry();
        return Descriptions.resolve(a, source, named.entry().name + "'s " + thing);
      }
      named.entry().addRole(Roles.of(a.parsed(), new Span(source.start(), named.span().start()), a.places()));
      named.entry().addRole(Roles.of(a.parsed(), new Span(after, source.end()), a.places()));
      return named.entry();
    }
    if (Names.SINGULAR.contains(lower)) return Antecedents.of(a.parsed(), source, a.mentions(), a.quoted());
    Entry body = namedBody(a, source);
    return body != null ? body : Descriptions.resolve(a, source, words);
  }

  /**
   * An organisation or place named inside the mention, unless it only owns or describes the speaker ("Ostria's energy
   * minister", "the Republican nominee": a being named by the mention's last word).
   */
  private static Entry namedBody(ArticleNames a, Span source) {
    String text = a.text();
    String[] words = source.of(text).strip().split("[^\\p{L}]+");
    boolean being = words.length > 0 && Animacy.animate(words[words.length - 1]);
    for (Entity e : a.parsed().entities()) {
      if (!source.contains(e.span())) continue;
      int after = e.span().end();
      if (after < source.end() && (text.startsWith("'s", after) || text.startsWith("’s", after))) continue;
      if (being && after < source.end() && !Descriptions.ORG_NOUNS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) continue;
      String name = Names.clean(e.text());
      String key = name.toLowerCase(Locale.ROOT);
      // "the White House" is tagged a place but speaks as an institution
      boolean institution = Descriptions.ORG_NOUNS.stream().anyMatch(key::endsWith);
      boolean place = !institution && (Places.LOCATION_TYPES.contains(e.type()) || a.locations().contains(key));
      if (place && (e.type().equals("PERSON") || e.type().equals("ORGANIZATION") || Places.LOCATION_TYPES.contains(e.type())))
        return a.people().computeIfAbsent(name, k -> new Entry(k, Person.Kind.PLACE));
      if (e.type().equals("ORGANIZATION") || institution && Places.LOCATION_TYPES.contains(e.type()))
        return a.people().computeIfAbsent(name, k -> new Entry(k, Person.Kind.ORGANISATION));
    }
    return null;
  }

  /**
   * Every speaker of a joint mention ("Vetrov and Marren", "Ostria, Valdoria and the mission"): each conjunct resolved
   * on its own, when there are two or more and each is a named person or body (a conjunct that is only a description
   * or another's appositive, "Holm, the spokesman,", makes it no joint mention). Empty otherwise.
   */
  static List<Entry> joint(ArticleNames a, Span source) {
    String words = source.of(a.text());
    if (!words.contains(" and ") && !words.contains(" & ")) return List.of();
    List<Span> parts = new ArrayList<>();
    Matcher m = COORDINATION.matcher(words);
    int from = 0;
    while (m.find()) {
      parts.add(new Span(source.start() + from, source.start() + m.start()));
      from = m.end();
    }
    parts.add(new Span(source.start() + from, source.end()));
    if (parts.size() < 2) return List.of();
    List<Entry> out = new ArrayList<>();
    for (Span part : parts) {
      if (part.length() == 0) return List.of();
      String w = part.of(a.text()).strip();
      // each conjunct names someone: capitalised, no pronoun, no bare description
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || Names.SINGULAR.contains(w.toLowerCase(Locale.ROOT))) return List.of();
      boolean named = false;
      for (Entity e : a.parsed().entities()) if (part.contains(e.span()) && !e.type().equals("DATE")) named = true;
      if (!named) return List.of();
      Entry e = speaker(a, part);
      if (e == null || e.role) return List.of();
      if (!out.contains(e)) out.add(e);
    }
    return out.size() >= 2 ? out : List.of();
  }
}
