package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.time.EvidenceDaterTest.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Published;
import org.junit.jupiter.api.Test;

/**
 * A story the run's years leave open takes the year of an earlier version of itself: a dated article a day or two
 * away that shares a passage of about ten words with it. The run holds stories of March-April 2025 and 2026, so a
 * "March 20" without a weekday could be either.
 */
class RelatedStoriesTest {
  final EvidenceDater dater = new EvidenceDater(EvidenceDaterTest.CLOCK);

  static final String OPEN = """
      Quarry

      VALDOR, March 20 (Tidewire) -- Rescuers reached the eleven workers trapped since the collapse of the Brenholm \
      quarry's eastern gallery, the mining board of Ostrel said, and all of them were alive.
      """;

  /** 19 March 2026 is a Thursday (2025: a Wednesday): this version dates itself to 2026. */
  static final String EARLIER_2026 = """
      Quarry collapse

      VALDOR, March 19 (Tidewire) -- The mining board said Thursday that eleven workers trapped since the collapse of \
      the Brenholm quarry's eastern gallery were being reached by a second shaft, the worst accident since 2023.
      """;

  /** 21 March 2025 is a Friday: a story of the same quarry a year earlier, sharing the same passage. */
  static final String YEAR_BEFORE = """
      Quarry inspection

      VALDOR, March 21 (Tidewire) -- Inspectors said Friday that eleven workers trapped since the collapse of the Brenholm \
      quarry's eastern gallery in 2024 had all returned to work.
      """;

  Published last(String... texts) {
    List<Dated> run = new ArrayList<>();
    int i = 0;
    for (LocalDate start : List.of(LocalDate.of(2025, 3, 3), LocalDate.of(2026, 3, 3)))
      for (String s : WeekdayReadingsTest.stories(start)) run.add(dater.date(article("s" + i++ + ".txt", s)));
    for (String t : texts) run.add(dater.date(article("t" + i++ + ".txt", t)));
    List<Dated> refined = dater.refine(run);
    return refined.get(refined.size() - 1).published();
  }

  @Test
  void aSharedPassageWithAStoryDatedNearOneReadingDatesIt() {
    assertThat(last(OPEN).date()).as("alone: both years have stories around March 20").isNull();
    Published p = last(EARLIER_2026, OPEN);
    assertThat(p.date()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(p.basis()).hasToString("dateline+run-years+run-related-stories");
  }

  @Test
  void aPassageSharedNearBothReadingsDatesNothing() {
    Published p = last(EARLIER_2026, YEAR_BEFORE, OPEN);
    assertThat(p.date()).isNull();
  }

  /** 21 March 2025 is a Friday: another story, sharing only a five-word stock phrase with the open one. */
  static final String STOCK_PHRASE_YEAR_BEFORE = """
      Ferry

      VALDOR, March 21 (Tidewire) -- The ferry board said Friday that all of them were alive to the risk of a second \
      winter without the northern crossing.
      """;

  @Test
  void oneStockPhraseSharedNearTheOtherReadingDoesNotBlockThePassage() {
    Published p = last(EARLIER_2026, STOCK_PHRASE_YEAR_BEFORE, OPEN);
    assertThat(p.date()).isEqualTo(LocalDate.of(2026, 3, 20));
  }

  @Test
  void theDatelineIsNotAPassage() {
    // every March 20 story of the run opens with the same yearless dateline
    String text = "Fair\n\nVALDOR, March 20 (Tidewire) -- The spring fair opened.";
    assertThat(RunPassages.afterDateline(text, List.of(new org.dateline.model.Span(0, 4), new org.dateline.model.Span(6, text.length()))))
        .isEqualTo(" The spring fair opened.");
  }
}
