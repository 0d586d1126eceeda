package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;

/**
 * One attributed statement. {@code text} is the statement's words; {@code spans} locate them in the source text
 * (several spans when a quote is split by its attribution). {@code date} is when it was said, as far as known.
 * {@code speakers} holds every speaker of a joint statement ("Vetrov and Marren agreed …"), the first being
 * {@code speaker}; it is empty for a statement of one speaker (who is {@code speaker} alone). Without a {@code date},
 * {@code earliest}/{@code latest} is the range it was made in (either end null when open) and {@code candidates} the
 * few days it may be, as its article's {@link Published} has them ("said on Wednesday" in an article of one of two
 * Thursdays: the Wednesday before each); with a date they are absent.
 */
public record Statement(Kind kind, String text, List<Span> spans, Speaker speaker,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Speaker> speakers, Cue cue, LocalDate date,
    @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate earliest, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate latest,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LocalDate> candidates) {
  public Statement {
    spans = List.copyOf(spans);
    if (spans.isEmpty()) throw new IllegalArgumentException("a statement needs at least one span");
    speakers = speakers == null ? List.of() : List.copyOf(speakers);
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
    if (date != null) {
      earliest = null;
      latest = null;
      candidates = List.of();
    }
    if (earliest != null && latest != null && earliest.isAfter(latest))
      throw new IllegalArgumentException("statement range [%s, %s] is empty".formatted(earliest, latest));
  }

  /** A statement with its day, or none. */
  public Statement(Kind kind, String text, List<Span> spans, Speaker speaker, List<Speaker> speakers, Cue cue, LocalDate date) {
    this(kind, text, spans, speaker, speakers, cue, date, null, null, List.of());
  }

  /** A statement of one speaker. */
  public Statement(Kind kind, String text, List<Span> spans, Speaker speaker, Cue cue, LocalDate date) {
    this(kind, text, spans, speaker, List.of(), cue, date);
  }

  /** This statement made on {@code day}. */
  public Statement on(LocalDate day) {
    return new Statement(kind, text, spans, speaker, speakers, cue, day);
  }

  /** This statement without a day, made in {@code [from, to]} (either end null when open), on one of {@code days} if any. */
  public Statement within(LocalDate from, LocalDate to, List<LocalDate> days) {
    return new Statement(kind, text, spans, speaker, speakers, cue, null, from, to, days);
  }

  /**
   * What kind of act the statement reports. Direct, partial and indirect are speech: words someone said or wrote.
   * Stance is support, refusal, intention, belief or expectation ("backs", "refuses to", "plans to", "maintains",
   * "is expected to"): a position held, not words said. Negated is a speech act reported as not made ("did not
   * say how", "declined to say whether") and asked a question put to someone ("was asked whether"), whose
   * speaker is the asker or no one: neither is a statement of the one named. Only speech is shown by default; the
   * rest are kept so that nothing is lost.
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

  /**
   * Who said it: {@code mention}/{@code span} are the words in the text, {@code id}/{@code name} the resolved one,
   * {@code kind} what speaks (null when nothing is known: an unresolved pronoun, no mention). A {@link Kind#ROLE}
   * ("the diplomat" where the article names no diplomat) has a name and no id: it is nobody's person entry.
   */
  public record Speaker(String id, String name, String mention, Span span,
      @JsonInclude(JsonInclude.Include.NON_NULL) Kind kind) {
    public Speaker(String id, String name, String mention, Span span) {
      this(id, name, mention, span, null);
    }

    /** What speaks. A capital or country speaks for its government ("Ostria said") and is a place. */
    public enum Kind {
      PERSON, ORGANISATION, PLACE, GROUP, ROLE;

      @JsonValue
      public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
      }

      @JsonCreator
      public static Kind of(String label) {
        for (Kind k : values()) if (k.label().equals(label)) return k;
        throw new IllegalArgumentException("unknown speaker kind '" + label + "', expected one of person, organisation, place, group, role");
      }

      /** The speaker kind of a resolved person or body (a collective speaks as a group). */
      public static Kind of(Person.Kind kind) {
        return switch (kind) {
          case PERSON -> PERSON;
          case ORGANISATION -> ORGANISATION;
          case PLACE -> PLACE;
          case COLLECTIVE -> GROUP;
        };
      }
    }
  }

  /** The word(s) marking the attribution ("said", "according to", "in a statement"). */
  public record Cue(String text, Span span) {}
}
