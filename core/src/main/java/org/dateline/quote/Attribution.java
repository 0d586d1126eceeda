package org.dateline.quote;

import java.util.List;
import org.dateline.model.Span;
import org.dateline.model.Statement;

/**
 * A statement found in a text, before its speaker is resolved to a person. Spans are into the annotated text
 * (the article body). {@code source} is the speaker mention in the text, null when none was found.
 */
public record Attribution(Statement.Kind kind, List<Span> content, Span cue, Span source) {
  public Attribution {
    content = List.copyOf(content);
    if (content.isEmpty()) throw new IllegalArgumentException("an attribution needs content");
  }
}
