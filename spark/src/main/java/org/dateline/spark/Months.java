package org.dateline.spark;

import java.time.LocalDate;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Published;

/** The month an article's output partition is named by: {@code 2024-03}, or {@code unknown}. */
public final class Months {
  public static final String UNKNOWN = "unknown";

  private Months() {}

  /**
   * The publication day's month, else the month of the latest possible day. A range that ends only because the
   * clock ends it says nothing about when the story was written (the pipeline does not anchor dates on it either),
   * so such an article is {@code unknown}, as is one without any evidence.
   */
  public static String of(ArticleRecord r) {
    Published p = r.published();
    if (p == null) return UNKNOWN;
    LocalDate day = p.date() != null ? p.date() : p.basis().has(org.dateline.model.Evidence.CLOCK) ? null : p.latest();
    return day == null ? UNKNOWN : "%04d-%02d".formatted(day.getYear(), day.getMonthValue());
  }
}
