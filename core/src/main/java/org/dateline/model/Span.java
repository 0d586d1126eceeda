package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A half-open range {@code [start, end)} of UTF-16 code units in some text. Serialised as {@code [start, end]}. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span [%d,%d)".formatted(start, end));
  }

  // named so that Jackson reads [start, end] back (the store re-reads records it wrote)
  @JsonCreator
  public static Span of(@JsonProperty("start") int start, @JsonProperty("end") int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
