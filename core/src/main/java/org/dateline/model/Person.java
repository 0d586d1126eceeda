package org.dateline.model;

import java.util.List;

/**
 * A person (or, with {@code kind} "organisation"/"collective"/"place", a speaking body: a ministry, "officials", a
 * country that "said") named in an article. Roles are noun phrases naming a position or affiliation.
 * {@code id} is stable for the same canonical name across all articles of one run.
 */
public record Person(String id, String name, Kind kind, List<String> aliases, List<String> roles) {
  /** What speaks: a person, or a body that speaks as one. In JSON the lower-case label ("organisation"). */
  public enum Kind {
    PERSON,
    /** a ministry, a company, an office. */
    ORGANISATION,
    /** "officials", "residents": a group named as a whole. */
    COLLECTIVE,
    /** a country or city that "said". */
    PLACE;

    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static Kind of(String label) {
      for (Kind k : values()) if (k.label().equals(label)) return k;
      throw new IllegalArgumentException("unknown person kind '" + label + "', expected one of person, organisation, collective, place");
    }
  }

  public Person {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }
}
