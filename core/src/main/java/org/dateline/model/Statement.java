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

  /**
   * What kind of act the statement reports. Direct, partial and indirect are speech: words someone said or wrote.
   * Stance is support, refusal, intention, belief or expectation ("backs", "refuses to", "plans to", "maintains",
   * "is expected to"): a position held, not words said. Negated is a speech act reported as not made ("did not
   * say how", "declined to say whether") and asked a question put to the speaker ("was asked whether"): neither
   * is the speaker's statement. Only speech is shown by default; the rest are kept so that nothing is lost.
   */
  public enum Kind {
    DIRECT, PARTIAL, INDIRECT, STANCE, NEGATED, ASKED;

    /** Whether the statement reports words said or written (shown by default), not a stance, a refusal or a question. */
    public boolean speech() {
      return this == DIRECT || this == PARTIAL || this == INDIRECT;
    }

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
