package org.dateline.time;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import org.dateline.clean.CleanArticle;
import org.dateline.clean.DateHint;
import org.dateline.model.Published;

/** Dates an article from the strongest evidence it has: page metadata first, the fetch date as an upper bound. */
public final class EvidenceDater implements Dater {

  @Override
  public Dated date(CleanArticle article) {
    LocalDate fetched = article.fetched() == null ? null : article.fetched().atOffset(ZoneOffset.UTC).toLocalDate();
    var best = article.meta().dateHints().stream().min(Comparator.comparing(DateHint::kind));
    if (best.isPresent() && (fetched == null || !best.get().date().isAfter(fetched.plusDays(1))))
      return new Dated(article, Published.exact(best.get().date(), best.get().kind().name().toLowerCase()), DateClues.none());
    if (fetched != null) return new Dated(article, Published.range(null, fetched, "fetch-date"), DateClues.none());
    return new Dated(article, Published.unknown(), DateClues.none());
  }
}
