package org.dateline.quote;

import java.util.List;
import java.util.function.Predicate;
import org.dateline.model.Span;
import org.dateline.nlp.Parsed;
import org.dateline.nlp.Token;

/** Stage: the statements in an annotated text, each with content, cue and speaker mention. */
public interface StatementFinder {
  /**
   * The statements in {@code parsed}, whose text is made of {@code paragraphs} (spans of that text, in order, as the
   * cleaner kept them): quotes, attributions and their continuations are read paragraph by paragraph.
   */
  List<Attribution> find(Parsed parsed, List<Span> paragraphs);

  /** Which sentences need a dependency parse for this finder; the rest are left unparsed to save time. */
  default Predicate<List<Token>> parseWhen() {
    return tokens -> true;
  }
}
