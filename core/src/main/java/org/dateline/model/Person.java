package org.dateline.model;

import java.util.List;

/**
 * A person (or, with {@code kind} "organisation"/"collective", a speaking body) named in an article.
 * {@code id} is stable for the same canonical name across all articles of one run.
 */
public record Person(String id, String name, String kind, List<String> aliases, List<String> roles) {
  public Person {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }
}
