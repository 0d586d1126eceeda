package org.dateline.quote;

import java.util.List;
import java.util.function.Predicate;
import org.dateline.nlp.Parsed;
import org.dateline.nlp.Token;

/** Stage: the statements in an annotated text, each with content, cue and speaker mention. */
public interface StatementFinder {
  List<Attribution> find(Parsed parsed);

  /** Which sentences need a dependency parse for this finder; the rest are left unparsed to save time. */
  default Predicate<List<Token>> parseWhen() {
    return tokens -> true;
  }
}
