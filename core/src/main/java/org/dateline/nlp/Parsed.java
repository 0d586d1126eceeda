package org.dateline.nlp;

import java.util.List;

/** A text after NLP: sentences, named entities and temporal expressions; all spans are into {@code text}. */
public record Parsed(String text, List<Sentence> sentences, List<Entity> entities, List<Timex> timexes) {
  public Parsed {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    timexes = List.copyOf(timexes);
  }
}
