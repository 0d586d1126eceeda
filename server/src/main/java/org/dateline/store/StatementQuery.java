package org.dateline.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A statement search. Every filter may be null. {@code speaker} matches any name or alias of a person (case
 * folded), {@code q} is words that must all occur in some outlet's version (the last one as a prefix).
 */
public record StatementQuery(String speaker, String q, String outlet, String story, String kind, LocalDate from,
    LocalDate to, int limit, int offset) {
  public static final int MAX_LIMIT = 1000;
  /**
   * The values of {@code kind}: one statement kind, {@code speech} (direct, partial and indirect: what is shown when
   * no kind is asked for) or {@code all} (stance, negated and asked too).
   */
  public static final Set<String> KINDS = Set.of("direct", "partial", "indirect", "stance", "negated", "asked", "speech", "all");
  /** The kinds that are speech, shown by default. */
  public static final List<String> SPEECH = List.of("direct", "partial", "indirect");

  public StatementQuery {
    if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be between 1 and %d, was %d".formatted(MAX_LIMIT, limit));
    if (offset < 0) throw new IllegalArgumentException("offset must not be negative, was " + offset);
    if (kind != null && !KINDS.contains(kind)) throw new IllegalArgumentException("kind must be one of direct, partial, indirect, stance, negated, asked, speech, all, was '%s'".formatted(kind));
    if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException("from %s is after to %s".formatted(from, to));
  }

  public static StatementQuery all(int limit) {
    return new StatementQuery(null, null, null, null, null, null, null, limit, 0);
  }

  /**
   * The same search in a canonical spelling, for a cache key: the speaker case-folded and spaced as the search folds
   * it, the words as the full-text query they become. Two queries with equal normal forms return the same page.
   */
  public StatementQuery normalised() {
    return new StatementQuery(speaker == null ? null : Derive.fold(speaker), q == null ? null : StatementSearch.ftsQuery(q).orElse(""),
        outlet, story, kind, from, to, limit, offset);
  }

  public StatementQuery page(int limit, int offset) {
    return new StatementQuery(speaker, q, outlet, story, kind, from, to, limit, offset);
  }

  public StatementQuery withStory(String id) {
    return new StatementQuery(speaker, q, outlet, id, kind, from, to, limit, offset);
  }
}
