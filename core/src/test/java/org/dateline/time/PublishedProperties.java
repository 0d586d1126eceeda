package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dateline.model.Published;

class PublishedProperties {
  final EvidenceDater dater = new EvidenceDater(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

  /** Stories built from a random day, a random (possibly wrong) weekday and random past and future years. */
  @Property(tries = 500)
  void aDateIsAlwaysInsideItsRange(@ForAll @IntRange(min = 1950, max = 2026) int year,
      @ForAll @IntRange(min = 1, max = 366) int dayOfYear, @ForAll @IntRange(min = 0, max = 7) int weekdayShift,
      @ForAll @IntRange(min = 1900, max = 2040) int pastYear, @ForAll @IntRange(min = 1900, max = 2040) int futureYear,
      @ForAll boolean said, @ForAll boolean statedYear) {
    LocalDate day = LocalDate.ofYearDay(year, Math.min(dayOfYear, LocalDate.of(year, 1, 1).lengthOfYear()));
    String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String weekday = weekdayShift == 7 ? "" : (said ? "said " : "met on ")
        + day.getDayOfWeek().plus(weekdayShift).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String text = """
        Headline

        VALDOR, %s %d%s (Tidewire) -- The council %s, after the plant was closed in %d, and a new one will open in %d.
        """.formatted(month, day.getDayOfMonth(), statedYear ? ", " + year : "", weekday.isEmpty() ? "met" : weekday, pastYear, futureYear);
    Dated d = dater.date(EvidenceDaterTest.article("p.txt", text));
    check(d.published());
    for (Dated r : dater.refine(List.of(d, d, d))) check(r.published());
  }

  private static void check(Published p) {
    if (p.date() == null) return;
    assertThat(p.earliest()).isNotNull();
    assertThat(p.latest()).isNotNull();
    assertThat(p.date()).isBetween(p.earliest(), p.latest());
  }
}
