package org.dateline.clean;

import java.util.List;

/**
 * The publication date among a scraped page's date lines. Where the lines near the headline state different days,
 * the first is the page's: a site prints the publication above the update ("December 22, 2026 at 8:00 AM" then
 * "December 28, 2026 at 2:28 PM", unlabelled), and a line further down is a fact box's or a related story's date.
 */
final class TextDates {
  private TextDates() {}

  /** Keeps the first of {@code hints} (date lines in page order) when they do not all state one day. */
  static void firstOfDisagreeing(List<DateHint> hints) {
    if (hints.size() < 2 || hints.stream().map(DateHint::date).distinct().count() == 1) return;
    DateHint first = hints.get(0);
    hints.clear();
    hints.add(first);
  }
}
