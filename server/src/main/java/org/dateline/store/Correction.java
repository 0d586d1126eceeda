package org.dateline.store;

import java.util.Locale;

/**
 * A user's correction of the linked view, kept in the store and re-applied after every re-link.
 * {@code subject}/{@code object}: merge-people A B (B becomes part of A), split-person P NAME (P's mentions under
 * NAME become a person of their own), alias P NAME, reject STATEMENT (object null).
 */
public record Correction(Kind kind, String subject, String object) {
  public Correction {
    if (kind == null) throw new IllegalArgumentException("a correction needs a kind");
    if (subject == null || subject.isBlank()) throw new IllegalArgumentException(kind.label + " needs a subject id");
    if (kind != Kind.REJECT && (object == null || object.isBlank()))
      throw new IllegalArgumentException(kind.label + " needs " + (kind == Kind.MERGE_PEOPLE ? "a second person id" : "a name"));
    if (kind == Kind.REJECT && object != null) throw new IllegalArgumentException("reject takes only a statement id");
    if (kind == Kind.MERGE_PEOPLE && subject.equals(object))
      throw new IllegalArgumentException("cannot merge person '%s' with itself".formatted(subject));
  }

  public enum Kind {
    MERGE_PEOPLE("merge-people"), SPLIT_PERSON("split-person"), ALIAS("alias"), REJECT("reject");

    public final String label;

    Kind(String label) {
      this.label = label;
    }

    public static Kind of(String label) {
      for (Kind k : values()) if (k.label.equals(label.toLowerCase(Locale.ROOT))) return k;
      throw new IllegalArgumentException("unknown correction '%s'; known: merge-people, split-person, alias, reject".formatted(label));
    }
  }
}
