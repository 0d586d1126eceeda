package org.dateline.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Person;
import org.dateline.model.Span;
import org.dateline.nlp.Entity;
import org.dateline.nlp.Parsed;
import org.dateline.quote.Attribution;

/** Resolves a speaker mention to the longest PERSON name in the article sharing its last word (the surname). */
public final class NameResolver implements SpeakerResolver {

  @Override
  public Cast resolve(Parsed parsed, List<Attribution> attributions) {
    Map<String, Set<String>> aliases = new LinkedHashMap<>(); // canonical -> mentions
    for (Entity e : parsed.entities()) {
      if (!e.type().equals("PERSON")) continue;
      String canonical = canonical(parsed, e.text());
      aliases.computeIfAbsent(canonical, k -> new LinkedHashSet<>()).add(e.text());
    }
    List<String> names = new ArrayList<>(aliases.keySet());
    List<Integer> speakerOf = new ArrayList<>();
    for (Attribution a : attributions) {
      Span s = a.source();
      speakerOf.add(s == null ? -1 : names.indexOf(canonical(parsed, s.of(parsed.text()))));
    }
    List<Person> people = new ArrayList<>();
    for (String name : names) {
      List<String> al = aliases.get(name).stream().filter(x -> !x.equals(name)).toList();
      people.add(new Person(PersonIds.of("person", name), name, "person", al, List.of()));
    }
    return new Cast(people, speakerOf);
  }

  private static String canonical(Parsed parsed, String mention) {
    String[] words = mention.trim().split("\\s+");
    String surname = words[words.length - 1];
    String best = mention.trim();
    for (Entity e : parsed.entities()) {
      if (!e.type().equals("PERSON")) continue;
      String[] w = e.text().split("\\s+");
      if (w[w.length - 1].equals(surname) && e.text().length() > best.length()) best = e.text();
    }
    return best;
  }
}
