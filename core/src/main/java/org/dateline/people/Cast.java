package org.dateline.people;

import java.util.List;
import org.dateline.model.Person;

/**
 * The people (and speaking organisations) of one article, and for each attribution, in order, the index into
 * {@code people} of its speaker (-1 when unresolved).
 */
public record Cast(List<Person> people, List<Integer> speakerOf) {
  public Cast {
    people = List.copyOf(people);
    speakerOf = List.copyOf(speakerOf);
  }
}
