package org.dateline.model;

import java.util.Locale;

/**
 * One kind of evidence a publication date rests on. The order is the order a basis names them in (page hints, how
 * they agreed, the text's own clues, the run's, the bound, the story's), so a basis prints as it always has.
 */
public enum Evidence {
  /** no evidence at all. */
  NONE,
  /** JSON-LD datePublished. */
  JSON_LD,
  /** article:published_time and similar meta tags. */
  META,
  /** the date a feed or news sitemap that listed the page gave it. */
  FEED,
  /** a date-bearing URL path. */
  URL,
  /** a full date in a visible date line, as a page hint. */
  TEXT_LINE,
  /** a {@code <time datetime>} element. */
  TIME_ELEMENT,
  /** page hints that name one instant at UTC: its day taken as is. */
  ZERO_OFFSET,
  /** page hints that name one instant with an offset: the two days it may be. */
  UTC,
  /** page hints that contradict each other: the range covering them. */
  DISAGREEING,
  /** a line of the text that is only a date. */
  DATE_LINE,
  /** the dateline's place and month-day (or full date). */
  DATELINE,
  /** one weekday named in the lead. */
  WEEKDAY,
  /** an evening's two days ("Monday night"). */
  EVENING,
  /** years the text speaks of as past, or a month still to come. */
  YEAR_CLUES,
  /** a full date the text speaks of as past. */
  PAST_DATE,
  /** a full date on the dateline's day, with the lead's weekday. */
  STATED_YEAR,
  /** the one year of the run the clues fit. */
  RUN_YEARS,
  /** the run's dated articles on both sides of the day. */
  RUN_SPAN,
  /** a related story of the run that names the year. */
  RUN_RELATED_STORIES,
  /**
   * a weekday said or tied to its verb later in a story without a weekday of its own, used only to choose between
   * the run's years.
   */
  LATER_WEEKDAY,
  /** a month-day the text puts beside a weekday ("Wednesday, November 30"), which rules out years it does not fit. */
  WEEKDAY_DATE,
  /** the weekday taken as the day before publication. */
  WEEKDAY_DAY_BEFORE,
  /** the weekday taken as the day after the dateline's (a dateline dated by the agency's clock, behind the local day). */
  WEEKDAY_DAY_AFTER,
  /** the run's story around the article. */
  STORY,
  /** the latest bound is today (no fetch date): a range that ends here says nothing of when it was written. */
  CLOCK,
  /** the latest bound is the day after the page was fetched. */
  FETCH_DATE,
  /** a yearless date with a weekday in one year of the linked story's span. */
  STORY_YEAR_WEEKDAY,
  /** the days around the first reports of statements the article shares with dated articles. */
  STORY_STATEMENTS,
  /**
   * one of the article's candidate days (its month-day in the years its clues allow) lies among the firmly dated
   * articles of its run or story and every other lies far from all of them.
   */
  STORY_SPAN,
  /**
   * events of its story the article speaks of as past (it comes after them) or as expected (it comes before them),
   * each named in the basis ({@link Basis#storyEvents()}).
   */
  STORY_EVENTS,
  /**
   * the reach of its linked story: an article without a day lies no further from the story's dated articles than
   * the linker lets any member lie (half a year), when its own evidence leaves it open.
   */
  STORY_REACH;

  /** The name in a basis string: {@code run-years}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The evidence named {@code label}, or null. */
  static Evidence ofLabel(String label) {
    for (Evidence e : values()) if (e.label().equals(label)) return e;
    return null;
  }
}
