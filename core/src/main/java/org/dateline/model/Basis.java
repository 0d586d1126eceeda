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
    EnumSet<Evidence> all = EnumSet.copyOf(evidence);
    all.add(first);
    Collections.addAll(all, more);
    return new Basis(all, storyStatements, storyEvents);
  }

  /** This evidence and {@code other}'s (a page's range and the text's day inside it). */
  public Basis plus(Basis other) {
    EnumSet<Evidence> all = EnumSet.copyOf(evidence);
    all.addAll(other.evidence);
    List<String> ids = new ArrayList<>(storyStatements);
    ids.addAll(other.storyStatements);
    List<String> events = new ArrayList<>(storyEvents);
    events.addAll(other.storyEvents);
    return new Basis(all, ids, events);
  }

  /** Narrowed by the statements {@code ids} shares with dated articles of its story. */
  public Basis plusStoryStatements(List<String> ids) {
    EnumSet<Evidence> all = EnumSet.copyOf(evidence);
    all.add(Evidence.STORY_STATEMENTS);
    List<String> both = new ArrayList<>(storyStatements);
    both.addAll(ids);
    return new Basis(all, both, storyEvents);
  }

  /**
   * Bounded by the events {@code reasons} of its story ("after 2026-03-08: since the referendum on March 8"): plain
   * words, without {@code ; ( ) +}.
   */
  public Basis plusStoryEvents(List<String> reasons) {
    EnumSet<Evidence> all = EnumSet.copyOf(evidence);
    all.add(Evidence.STORY_EVENTS);
    List<String> both = new ArrayList<>(storyEvents);
    both.addAll(reasons);
    return new Basis(all, storyStatements, both);
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
    List<String> ids = List.of();
    String rest = s;
    int open = rest.indexOf(Evidence.STORY_STATEMENTS.label() + "(");
    if (open >= 0) {
      int close = rest.indexOf(')', open);
      if (close < 0) throw new IllegalArgumentException("unclosed story statements in basis '" + s + "'");
      ids = List.of(rest.substring(open + Evidence.STORY_STATEMENTS.label().length() + 1, close).split(","));
      all.add(Evidence.STORY_STATEMENTS);
      rest = rest.substring(0, open) + rest.substring(close + 1);
    }
    List<String> events = List.of();
    int ev = rest.indexOf(Evidence.STORY_EVENTS.label() + "(");
    if (ev >= 0) {
      int close = rest.indexOf(')', ev);
      if (close < 0) throw new IllegalArgumentException("unclosed story events in basis '" + s + "'");
      events = List.of(rest.substring(ev + Evidence.STORY_EVENTS.label().length() + 1, close).split(";"));
      all.add(Evidence.STORY_EVENTS);
      rest = rest.substring(0, ev) + rest.substring(close + 1);
    }
    for (String label : rest.split("\\+")) {
      if (label.isEmpty()) continue;
      Evidence e = Evidence.ofLabel(label);
      if (e == null) throw new IllegalArgumentException("unknown evidence '" + label + "' in basis '" + s + "'");
      all.add(e);
    }
    return new Basis(all, ids, events);
  }
}
