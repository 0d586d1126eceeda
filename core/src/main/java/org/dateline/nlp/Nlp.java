package org.dateline.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * The NLP engine as Dateline sees it: typed records in, typed records out. Implementations are thread-safe and
 * load their models once.
 */
public interface Nlp {
  /**
   * Annotates {@code text}. Temporal expressions are resolved against {@code documentDate} (null: no anchor).
   * Only sentences accepted by {@code parseWhen} get a dependency parse (parsing is most of the cost).
   */
  Parsed annotate(String text, LocalDate documentDate, Predicate<List<Token>> parseWhen);

  /**
   * Loads the models now, if they load lazily: a run calls it before its first timed annotation, so that the time
   * limit per article does not count the model load.
   */
  default void load() {}

  /**
   * Starts loading the models without waiting, if they load lazily: a run calls it when it starts reading, so that
   * reading and cleaning overlap the load.
   */
  default void loadInBackground() {}

  default Parsed annotate(String text, LocalDate documentDate) {
    return annotate(text, documentDate, tokens -> true);
  }
}
