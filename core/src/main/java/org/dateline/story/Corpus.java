package org.dateline.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dateline.model.ArticleRecord;

/** The articles of one linking run, with their words and the order they are linked in (date, then input order). */
final class Corpus {
  final List<ArticleRecord> in;
  final int n;
  final List<List<String>> tokens = new ArrayList<>();

  Corpus(List<ArticleRecord> in) {
    this.in = in;
    this.n = in.size();
    for (ArticleRecord r : in) {
      List<String> t = Words.tokens(r.body());
      // when cleaning kept no body, the page's visible text still tells copies apart
      if (t.size() < 8 && r.sourceText() != null) t = Words.tokens(r.sourceText());
      tokens.add(t);
    }
  }

  ArticleRecord get(int i) {
    return in.get(i);
  }

  Comparator<Integer> byDate() {
    return Comparator.comparing((Integer i) -> sortDate(in.get(i)), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(i -> i);
  }

  /**
   * The date an article is sorted by: its day, else the earliest possible; or null. A latest bound alone is no
   * position in time: an undated article's range is open below and ends at the clock, and sorting it there would put
   * it after every dated article and make it look months away from its story. A dateline's month-day with its
   * weekday is a position, though, within a year cycle: such an article sorts by the latest day it may be, so a
   * story's agency pieces are linked in their order before the story's dated articles fix their year. A range the
   * story's reach gave ({@link StoryReach}) says where the story lies, not the article: no position either.
   */
  static LocalDate sortDate(ArticleRecord r) {
    var p = r.published();
    if (p == null) return null;
    if (p.date() == null && p.basis().has(org.dateline.model.Evidence.STORY_REACH)) return null;
    if (p.date() == null && p.earliest() == null && !StoryDates.yearless(p).isEmpty()) return p.latest();
    return p.date() != null ? p.date() : p.earliest();
  }

  /** The article's day, or null when its date is a range. */
  static LocalDate day(ArticleRecord r) {
    return r.published() == null ? null : r.published().date();
  }
}
