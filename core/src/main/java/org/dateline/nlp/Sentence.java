package org.dateline.nlp;

import java.util.List;
import org.dateline.model.Span;

/**
 * A sentence with its tokens and, when it was parsed, its dependencies ({@code parsed} false means the parse was
 * skipped because the sentence could not hold a statement).
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies, boolean parsed) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }
}
