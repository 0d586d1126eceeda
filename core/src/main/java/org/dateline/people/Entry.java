package org.dateline.people;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.model.Person;

/** A person or speaking body being collected from one article; becomes a {@link Person} once the article is read. */
final class Entry {
  final String name;
  final Person.Kind kind;
  final Set<String> aliases = new LinkedHashSet<>();
  final Set<String> roles = new LinkedHashSet<>();
  boolean titled;
  /** A description no person of the article answers to: the speaker's role, not a person. */
  boolean role;

  Entry(String name, Person.Kind kind) {
    this.name = name;
    this.kind = kind;
  }

  void addRole(String role) {
    if (role != null) roles.add(role);
  }

  /** Listed even when it never speaks: a full name, or a single name with a title or a role to show it is a person. */
  boolean kept() {
    return kind != Person.Kind.PERSON || name.contains(" ") || titled || !roles.isEmpty();
  }

  Person person() {
    // "minister" says nothing "Ostria's energy minister" does not
    List<String> kept = new ArrayList<>();
    for (String r : roles) {
      String bare = r.toLowerCase(Locale.ROOT).replace('’', '\'');
      boolean inLonger = roles.stream().anyMatch(o -> o.length() > r.length()
          && o.toLowerCase(Locale.ROOT).replace('’', '\'').matches("(?s).*\\b" + Pattern.quote(bare) + "$"));
      if (!inLonger) kept.add(r);
    }
    return new Person(PersonIds.of(kind, name), name, kind, List.copyOf(aliases), kept);
  }
}
