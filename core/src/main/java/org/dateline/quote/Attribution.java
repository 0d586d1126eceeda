package org.dateline.quote;

import java.util.List;
import org.dateline.model.Span;
import org.dateline.model.Statement;

/**
 * A statement found in a text, before its speaker is resolved to a person. Spans are into the annotated text
 * (the article body). {@code source} is the speaker mention in the text, null when none was found; {@code referent}
 * is what that mention stands for when it is a relative pronoun ("Smith, who said …": the mention is "who", the
 * speaker is "Smith"), else the same as {@code source}.
 */
public record Attribution(Statement.Kind kind, List<Span> content, Span cue, Span source, Span referent) {
  public Attribution {
    content = List.copyOf(content);
    if (content.isEmpty()) throw new IllegalArgumentException("an attribution needs content");
    if (referent == null) referent = source;
  }

  public Attribution(Statement.Kind kind, List<Span> content, Span cue, Span source) {
    this(kind, content, cue, source, source);
  }
}
