package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Date lines of scraped pages (invented pages). */
class TextDatesTest {
  @Test
  void dateLinesThatDisagreeGiveTheFirstThePublication() {
    List<DateHint> hints = new ArrayList<>(List.of(hint("2026-12-22", "December 22, 2026 at 8:00 AM EST"),
        hint("2026-12-28", "December 28, 2026 at 2:28 PM EST")));
    TextDates.firstOfDisagreeing(hints);
    assertThat(hints).extracting(DateHint::date).containsExactly(LocalDate.parse("2026-12-22"));
  }

  @Test
  void dateLinesThatAgreeAreKept() {
    List<DateHint> hints = new ArrayList<>(List.of(hint("2026-12-22", "Dec 22, 2026"), hint("2026-12-22", "December 22, 2026 at 8:00 AM")));
    TextDates.firstOfDisagreeing(hints);
    assertThat(hints).hasSize(2);
  }

  @Test
  void aWrittenDateGluedToItsTimeIsRead() {
    assertThat(Dates.text("Published Fri, Dec 22 20261:17 AM EST")).isEqualTo(LocalDate.parse("2026-12-22"));
    assertThat(Dates.text("Dec 23, 202610:30 AM")).isEqualTo(LocalDate.parse("2026-12-23"));
    // a year glued to other digits than a time stays unread
    assertThat(Dates.text("Dec 23, 2026123")).isNull();
  }

  @Test
  void theCleanerGivesThePublicationAboveAnUnlabelledUpdate() {
    String page = String.join("\n", "Harbor Ledger", "", "Ferry service resumes on the Lenna after three weeks", "",
        "By Mara Quell", "", "December 22, 2026 at 8:00 AM EST", "", "December 28, 2026 at 2:28 PM EST", "",
        "The Lenna River ferry between Korven and Tamsk resumed service on Monday after a three-week halt, the operator said.",
        "", "Passengers waited on the quay at Tamsk for the first crossing, which left on time at seven in the morning.");
    var a = new TextCleaner().clean(new org.dateline.read.RawPage("page.txt", org.dateline.read.RawPage.Format.TEXT, page, null, null, List.of()));
    assertThat(a.meta().dateHints()).extracting(DateHint::date).containsExactly(LocalDate.parse("2026-12-22"));
  }

  private static DateHint hint(String date, String raw) {
    return new DateHint(LocalDate.parse(date), DateHint.Kind.TEXT_LINE, raw);
  }
}
