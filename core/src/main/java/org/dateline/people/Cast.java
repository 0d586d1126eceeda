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

  /**
   * An attribution and who made it (null: no person it could be resolved to). {@code speakers} are all speakers of
   * a joint statement ("Vetrov and Marren agreed"), the first being {@code speaker}; empty for one speaker.
   * {@code role} is the description of a speaker no person of the article answers to ("the diplomat"): a role,
   * not a person, so {@code speaker} is then null.
   */
  public record Said(Attribution attribution, Person speaker, List<Person> speakers, String role) {
    public Said {
      if (attribution == null) throw new IllegalArgumentException("attribution must not be null");
      speakers = speakers == null ? List.of() : List.copyOf(speakers);
      if (speaker != null && role != null) throw new IllegalArgumentException("a resolved speaker is not a role: " + role);
    }

    public Said(Attribution attribution, Person speaker) {
      this(attribution, speaker, List.of(), null);
    }
  }
}
