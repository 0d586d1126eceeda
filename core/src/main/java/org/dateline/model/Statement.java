package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;

/**
 * One attributed statement. {@code text} is the statement's words; {@code spans} locate them in the source text
 * (several spans when a quote is split by its attribution). {@code date} is when it was said, as far as known.
 */
public record Statement(Kind kind, String text, List<Span> spans, Speaker speaker, Cue cue, LocalDate date) {
  public Statement {
    spans = List.copyOf(spans);
    if (spans.isEmpty()) throw new IllegalArgumentException("a statement needs at least one span");
  }

  public enum Kind {
    DIRECT, PARTIAL, INDIRECT;

    @JsonValue
    public String json() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Who said it: {@code mention}/{@code span} are the words in the text, {@code id}/{@code name} the resolved one. */
  public record Speaker(String id, String name, String mention, Span span) {}

  /** The word(s) marking the attribution ("said", "according to", "in a statement"). */
  public record Cue(String text, Span span) {}
}
