package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.clean.DateHint;
import org.dateline.clean.DateHint.Kind;
import org.dateline.model.Published;
import org.junit.jupiter.api.Test;

class PageDatesTest {
  static final LocalDate UPPER = LocalDate.of(2026, 11, 24);

  static DateHint pinned(String day, Kind kind) {
    return new DateHint(LocalDate.parse(day), kind, day);
  }

  /** A "Z" instant on {@code day} whose local day may be that day or the next. */
  static DateHint zulu(String day, Kind kind) {
    LocalDate d = LocalDate.parse(day);
    return new DateHint(d, kind, day + "T18:00:00Z", d, d.plusDays(1));
  }

  @Test
  void agreeingSourcesGiveTheirDay() {
    Published p = PageDates.choose(List.of(pinned("2026-03-04", Kind.JSON_LD), pinned("2026-03-04", Kind.URL)), UPPER);
    assertThat(p).isEqualTo(Published.exact(LocalDate.of(2026, 3, 4), org.dateline.model.Basis.parse("json-ld+url")));
  }

  @Test
  void aLoneUtcInstantIsTwoDays() {
    Published p = PageDates.choose(List.of(zulu("2026-03-04", Kind.JSON_LD)), UPPER);
    assertThat(p.date()).isNull();
    assertThat(p.earliest()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(p.latest()).isEqualTo(LocalDate.of(2026, 3, 5));
  }

  @Test
  void aVisibleLinePinsTheUtcInstantsDay() {
    Published p = PageDates.choose(List.of(zulu("2026-03-04", Kind.JSON_LD), pinned("2026-03-05", Kind.TEXT_LINE)), UPPER);
    assertThat(p).isEqualTo(Published.exact(LocalDate.of(2026, 3, 5), org.dateline.model.Basis.parse("text-line")));
  }

  @Test
  void disagreeingSourcesGiveTheRangeCoveringThem() {
    Published p = PageDates.choose(List.of(pinned("2025-10-21", Kind.JSON_LD), pinned("2026-03-05", Kind.TEXT_LINE)), UPPER);
    assertThat(p).isEqualTo(Published.range(LocalDate.of(2025, 10, 21), LocalDate.of(2026, 3, 5), org.dateline.model.Basis.parse("json-ld+text-line+disagreeing")));
  }

  @Test
  void aTimeElementNeverOverrulesStrongerSourcesButMayPinTheirRange() {
    assertThat(PageDates.choose(List.of(pinned("2026-03-04", Kind.META), pinned("2019-09-03", Kind.TIME_ELEMENT)), UPPER))
        .isEqualTo(Published.exact(LocalDate.of(2026, 3, 4), org.dateline.model.Basis.parse("meta")));
    assertThat(PageDates.choose(List.of(zulu("2026-03-04", Kind.META), pinned("2026-03-05", Kind.TIME_ELEMENT)), UPPER))
        .isEqualTo(Published.exact(LocalDate.of(2026, 3, 5), org.dateline.model.Basis.parse("time-element")));
  }

  @Test
  void twoUtcInstantsOnDifferentDaysAreNoOneDay() {
    Published p = PageDates.choose(List.of(zulu("2026-03-04", Kind.JSON_LD), zulu("2026-03-05", Kind.META)), UPPER);
    assertThat(p.date()).isNull();
    assertThat(p.basis().toString()).endsWith("+disagreeing");
  }

  @Test
  void datesAfterTheFetchAreIgnored() {
    assertThat(PageDates.choose(List.of(pinned("2027-01-01", Kind.JSON_LD)), UPPER)).isNull();
  }
}
