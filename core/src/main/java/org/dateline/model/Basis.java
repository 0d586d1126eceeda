package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What a publication date rests on: a set of {@link Evidence}, for {@link Evidence#STORY_STATEMENTS} the ids of
 * the merged statements that narrowed it, and for {@link Evidence#STORY_EVENTS} the event references that bounded it
 * ("after 2026-03-08: since the referendum on March 8"). In JSON it is one string, the labels joined by "+" in
 * {@link Evidence} order ("dateline+weekday+run-years", "year-clues+clock+story-statements(m-1,m-2)",
 * "clock+story-events(after 2026-03-08: since the referendum on March 8;before 2026-05-02: by May 2)"): docs/record.md.
 */
public record Basis(Set<Evidence> evidence, List<String> storyStatements, List<String> storyEvents) {
  public Basis {
    if (evidence == null || evidence.isEmpty()) throw new IllegalArgumentException("a basis needs some evidence");
    evidence = Collections.unmodifiableSet(EnumSet.copyOf(evidence));
    storyStatements = List.copyOf(storyStatements);
    storyEvents = storyEvents == null ? List.of() : List.copyOf(storyEvents);
    if (storyStatements.isEmpty() == evidence.contains(Evidence.STORY_STATEMENTS))
      throw new IllegalArgumentException("story statements are named exactly when they are evidence: " + evidence + " " + storyStatements);
    if (storyEvents.isEmpty() == evidence.contains(Evidence.STORY_EVENTS))
      throw new IllegalArgumentException("story events are named exactly when they are evidence: " + evidence + " " + storyEvents);
    for (String e : storyEvents)
      if (e.isBlank() || e.contains(";") || e.contains("(") || e.contains(")") || e.contains("+"))
        throw new IllegalArgumentException("a story event reason must be plain words, was '" + e + "'");
  }

  public Basis(Set<Evidence> evidence, List<String> storyStatements) {
    this(evidence, storyStatements, List.of());
  }

  public static Basis of(Evidence first, Evidence... more) {
    return new Basis(EnumSet.of(first, more), List.of());
  }

  public boolean has(Evidence e) {
    return evidence.contains(e);
  }

  public Basis plus(Evidence first, Evidence... more) {
    EnumSet<Evidence> added = EnumSet.of(first, more);
    return with(added, List.of(), List.of());
  }

  /** This evidence and {@code other}'s (a page's range and the text's day inside it). */
  public Basis plus(Basis other) {
    return with(other.evidence, other.storyStatements, other.storyEvents);
  }

  /** Narrowed by the statements {@code ids} shares with dated articles of its story. */
  public Basis plusStoryStatements(List<String> ids) {
    return with(EnumSet.of(Evidence.STORY_STATEMENTS), ids, List.of());
  }

  /**
   * Bounded by the events {@code reasons} of its story ("after 2026-03-08: since the referendum on March 8"): plain
   * words, without {@code ; ( ) +}.
   */
  public Basis plusStoryEvents(List<String> reasons) {
    return with(EnumSet.of(Evidence.STORY_EVENTS), List.of(), reasons);
  }

  /** This basis with {@code more} evidence and the story statements and events named after its own. */
  private Basis with(Set<Evidence> more, List<String> ids, List<String> events) {
    EnumSet<Evidence> all = EnumSet.copyOf(evidence);
    all.addAll(more);
    List<String> allIds = new ArrayList<>(storyStatements);
    allIds.addAll(ids);
    List<String> allEvents = new ArrayList<>(storyEvents);
    allEvents.addAll(events);
    return new Basis(all, allIds, allEvents);
  }

  @JsonValue
  @Override
  public String toString() {
    StringJoiner out = new StringJoiner("+");
    for (Evidence e : evidence)
      out.add(e == Evidence.STORY_STATEMENTS ? e.label() + "(" + String.join(",", storyStatements) + ")"
          : e == Evidence.STORY_EVENTS ? e.label() + "(" + String.join(";", storyEvents) + ")" : e.label());
    return out.toString();
  }

  /** A basis as JSON writes it; the JSON border is the only place a basis is read from a string. */
  @JsonCreator
  public static Basis parse(String s) {
    if (s == null || s.isBlank()) throw new IllegalArgumentException("a basis needs some evidence");
    EnumSet<Evidence> all = EnumSet.noneOf(Evidence.class);
    Listed ids = Listed.cut(Evidence.STORY_STATEMENTS, ",", s, s, all);
    Listed events = Listed.cut(Evidence.STORY_EVENTS, ";", ids.rest(), s, all);
    for (String label : events.rest().split("\\+")) {
      if (label.isEmpty()) continue;
      Evidence e = Evidence.ofLabel(label);
      if (e == null) throw new IllegalArgumentException("unknown evidence '" + label + "' in basis '" + s + "'");
      all.add(e);
    }
    return new Basis(all, ids.items(), events.items());
  }

  /** A parenthesised list cut out of a basis string: its items and the string without it. */
  private record Listed(List<String> items, String rest) {
    /**
     * The items of {@code e}'s list in {@code text} ("story-events(a;b)"), split at {@code sep}, {@code e} added to
     * {@code all} when the list is there; {@code basis} is the whole string, for the message.
     */
    static Listed cut(Evidence e, String sep, String text, String basis, Set<Evidence> all) {
      int open = text.indexOf(e.label() + "(");
      if (open < 0) return new Listed(List.of(), text);
      int close = text.indexOf(')', open);
      if (close < 0) throw new IllegalArgumentException("unclosed " + e.label() + " in basis '" + basis + "'");
      all.add(e);
      return new Listed(List.of(text.substring(open + e.label().length() + 1, close).split(sep)),
          text.substring(0, open) + text.substring(close + 1));
    }
  }
}
