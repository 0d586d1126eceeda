package org.dateline.time;

import java.util.List;
import org.dateline.clean.CleanArticle;

/** Stage: the publication date of a clean article from its own evidence; then refinement across a run. */
public interface Dater {
  Dated date(CleanArticle article);

  /** Narrows open dates using the other articles of the run; by default nothing changes. */
  default List<Dated> refine(List<Dated> run) {
    return run;
  }
}
