package org.dateline.people;

import java.util.List;
import org.dateline.model.Person;
import org.dateline.quote.Attribution;

/**
 * The people (and speaking organisations) of one article, and each attribution, in the order found, with its
 * speaker: one of {@code people}, or null when unresolved.
 */
public record Cast(List<Person> people, List<Said> said) {
  public Cast {
    people = List.copyOf(people);
    said = List.copyOf(said);
  }

  /** An attribution and who made it (null: no person it could be resolved to). */
  public record Said(Attribution attribution, Person speaker) {
    public Said {
      if (attribution == null) throw new IllegalArgumentException("attribution must not be null");
    }
  }
}
