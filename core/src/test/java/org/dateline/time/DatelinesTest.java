package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class DatelinesTest {

  @Test
  void cityMonthDayAgency() {
    String text = "KORVEN, February 13 (Meridian Wire) -- Talks on the river treaty resumed.";
    Datelines.Found d = Datelines.at(text, 0);
    assertThat(d.place()).isEqualTo("KORVEN");
    assertThat(d.monthDay()).isEqualTo(MonthDay.of(2, 13));
    assertThat(d.year()).isNull();
    assertThat(d.agency()).isEqualTo("Meridian Wire");
    assertThat(d.span().of(text)).isEqualTo("KORVEN, February 13 (Meridian Wire) --");
  }

  @Test
  void abbreviatedMonthsRegionsAndDashes() {
    assertThat(Datelines.at("PORT ALDER, Westmark, Nov. 28 (Tidewire) – The harbour reopened.", 0).monthDay())
        .isEqualTo(MonthDay.of(11, 28));
    assertThat(Datelines.at("LUMEN CITY, Sept. 3 -- Farmers marched.", 0).monthDay()).isEqualTo(MonthDay.of(9, 3));
    assertThat(Datelines.at("OSTRAVEL. Dec 11 (Tidewire) — Snow closed roads.", 0).monthDay()).isEqualTo(MonthDay.of(12, 11));
    // a stray comma before the agency
    Datelines.Found d = Datelines.at("HARBIN, Nov. 22, (Tidewire) -- Factories kept running.", 0);
    assertThat(d.monthDay()).isEqualTo(MonthDay.of(11, 22));
    assertThat(d.agency()).isEqualTo("Tidewire");
  }

  @Test
  void cityAgencyWithoutDate() {
    Datelines.Found d = Datelines.at("BRDO (Tidewire) – The council met.", 0);
    assertThat(d.place()).isEqualTo("BRDO");
    assertThat(d.monthDay()).isNull();
    assertThat(d.agency()).isEqualTo("Tidewire");
  }

  @Test
  void monthDayYear() {
    Datelines.Found d = Datelines.at("KORVEN, February 13, 2026 (Meridian Wire) -- Talks resumed.", 0);
    assertThat(d.monthDay()).isEqualTo(MonthDay.of(2, 13));
    assertThat(d.year()).isEqualTo(2026);
  }

  @Test
  void noDatelineInOrdinaryProseOrImpossibleDays() {
    assertThat(Datelines.at("The mayor said on Monday that the bridge would open.", 0)).isNull();
    assertThat(Datelines.at("KORVEN, February 30 (Meridian Wire) -- Nothing.", 0)).isNull();
  }

  @Test
  void offsetsAreIntoTheWholeText() {
    String text = "Headline\n\nKORVEN, March 2 (Meridian Wire) -- Rain.";
    Datelines.Found d = Datelines.at(text, 10);
    assertThat(d.span().start()).isEqualTo(10);
    assertThat(d.span().of(text)).startsWith("KORVEN, March 2");
  }
}
