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
 * What a publication date rests on: a set of {@link Evidence}, and for {@link Evidence#STORY_STATEMENTS} the ids of
 * the merged statements that narrowed it. In JSON it is one string, the labels joined by "+" in {@link Evidence}
 * order ("dateline+weekday+run-years", "year-clues+clock+story-statements(m-1,m-2)"): docs/record.md.
 */
public record Basis(Set<Evidence> evidence, List<String> storyStatements) {
  public Basis {
    if (evidence == null || evidence.isEmpty()) throw new IllegalArgumentException("a basis needs some evidence");
    evidence = Collections.unmodifiableSet(EnumSet.copyOf(evidence));
    storyStatements = List.copyOf(storyStatements);
    if (storyStatements.isEmpty() == evidence.contains(Evidence.STORY_STATEMENTS))
      throw new IllegalArgumentException("story statements are named exactly when they are evidence: " + evidence + " " + storyStatements);
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
    return new Basis(all, storyStatements);
  }

  /** This evidence and {@code other}'s (a page's range and the text's day inside it). */
  public Basis plus(Basis other) {
    EnumSet<Evidence> all = EnumSet.copyOf(evidence);
    all.addAll(other.evidence);
    List<String> ids = new ArrayList<>(storyStatements);
    ids.addAll(other.storyStatements);
    return new Basis(all, ids);
  }

  /** Narrowed by the statements {@code ids} shares with dated articles of its story. */
  public Basis plusStoryStatements(List<String> ids) {
    EnumSet<Evidence> all = EnumSet.copyOf(evidence);
    all.add(Evidence.STORY_STATEMENTS);
    List<String> both = new ArrayList<>(storyStatements);
    both.addAll(ids);
    return new Basis(all, both);
  }

  @JsonValue
  @Override
  public String toString() {
    StringJoiner out = new StringJoiner("+");
    for (Evidence e : evidence)
      out.add(e == Evidence.STORY_STATEMENTS ? e.label() + "(" + String.join(",", storyStatements) + ")" : e.label());
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
    for (String label : rest.split("\\+")) {
      if (label.isEmpty()) continue;
      Evidence e = Evidence.ofLabel(label);
      if (e == null) throw new IllegalArgumentException("unknown evidence '" + label + "' in basis '" + s + "'");
      all.add(e);
    }
    return new Basis(all, ids);
  }
}
