package org.dateline.model;

import java.util.List;

/**
 * A person (or, with {@code kind} "organisation"/"collective"/"place", a speaking body: a ministry, "officials", a
 * country that "said") named in an article. Roles are noun phrases naming a position or affiliation.
 * {@code id} is stable for the same canonical name across all articles of one run.
 */
public record Person(String id, String name, String kind, List<String> aliases, List<String> roles) {
  public Person {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }
}
