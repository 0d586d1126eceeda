package org.dateline.time;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.dateline.clean.CleanArticle;
import org.dateline.model.Basis;
import org.dateline.model.Evidence;
import org.dateline.model.Published;
import org.dateline.model.Span;

/**
 * Dates an article from the strongest evidence it has: page metadata; a year written in the dateline or a full
 * date stated for the dateline's day; the dateline's month-day pinned to one year by the weekday the lead uses for
 * it and the years the text speaks of as past. The fetch date (else the clock) bounds it from above. When the year
 * stays open the answer is the range of years that fit, never the likeliest of them.
 */
public final class EvidenceDater implements Dater {
  /** How many years after the latest past year a text names it is tested against (news speaks of recent years). */
  static final int RECENT_YEARS = 2;
  private final Clock clock;

  public EvidenceDater(Clock clock) {
    if (clock == null) throw new IllegalArgumentException("a dater needs a clock");
    this.clock = clock;
  }

  @Override
  public Dated date(CleanArticle article) {
    LocalDate upper;
    Evidence upperBasis;
    if (article.fetched() != null) {
      // a page fetched late in the UTC day may already carry the next day's date where it was written
      upper = article.fetched().atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
      upperBasis = Evidence.FETCH_DATE;
    } else {
      upper = LocalDate.now(clock).plusDays(1);
      upperBasis = Evidence.CLOCK;
    }
    Published page = PageDates.choose(article.meta().dateHints(), upper);
    if (page != null && page.isExact()) return new Dated(article, page, DateClues.none());
    Dated fromText = fromText(article, upper, upperBasis);
    if (page == null) return fromText;
    // the page's own dates leave a range (a UTC instant's two days, or sources that disagree): a date line in the
    // text, what the reader sees above the story, may pin a day inside it, never move outside it
    LocalDate t = fromText.published().date();
    if (t != null && !t.isBefore(page.earliest()) && !t.isAfter(page.latest()))
      return new Dated(article, Published.exact(t, page.basis().plus(fromText.published().basis())), fromText.clues());
    return new Dated(article, page, DateClues.none());
  }

  /** The publication date from the text alone, bounded by {@code upper}. */
  private Dated fromText(CleanArticle article, LocalDate upper, Evidence upperBasis) {
    String body = article.body().text();
    StoryHead head = StoryHead.of(article);
    if (head.dateLine() != null && !head.dateLine().isAfter(upper))
      return new Dated(article, Published.exact(head.dateLine(), Basis.of(Evidence.DATE_LINE)), DateClues.none());
    Datelines.Found dateline = head.dateline();
    List<Span> paragraphs = head.paragraphs();
    int leadIndex = head.lead();
    String text = head.text();
    Integer past = later(ClueReader.pastYear(body), YearEnds.afterYearEnd(body));
    if (past != null && past > upper.getYear()) past = null;
    if (dateline == null || dateline.monthDay() == null) {
      LocalDate after = ClueReader.pastDate(body);
      if (after != null && after.isAfter(upper)) after = null;
      LocalDate earliest = past == null ? null : LocalDate.of(past, 1, 1);
      Basis basis = past == null ? Basis.of(upperBasis) : Basis.of(Evidence.YEAR_CLUES, upperBasis);
      if (after != null && (earliest == null || after.isAfter(earliest))) {
        earliest = after;
        basis = Basis.of(Evidence.PAST_DATE, upperBasis);
      }
      DateClues clues = new DateClues(null, Set.of(), false, earliest == null ? null : earliest.getYear(), upper.getYear());
      return new Dated(article, Published.range(earliest, upper, basis), clues);
    }
    var md = dateline.monthDay();
    if (dateline.year() != null && !md.atYear(dateline.year()).isAfter(upper))
      return new Dated(article, Published.exact(md.atYear(dateline.year()), Basis.of(Evidence.DATELINE)), DateClues.none());
    Set<DayOfWeek> weekdays = LeadWeekdays.weekdays(text, paragraphs, leadIndex, dateline.span().end());
    // the lead names the day (perhaps beside the day of the event it reports: "said Tuesday the ferry sank Monday")
    boolean fromLead = weekdays.size() == 1 && ClueReader.mentions(text.substring(dateline.span().end(), paragraphs.get(leadIndex).end()))
        .stream().anyMatch(m -> weekdays.contains(m.day()));
    boolean firm = fromLead && LeadWeekdays.firm(text, paragraphs, leadIndex, dateline.span().end(), weekdays.iterator().next());
    LocalDate stated = ClueReader.statedFor(body, md);
    // a full date on the dateline's day is often an anniversary ("On April 27, 1978 ... was murdered"): it states
    // the year only when the lead's weekday agrees and no later year is spoken of as past
    if (stated != null && !stated.isAfter(upper) && weekdays.contains(stated.getDayOfWeek())
        && (past == null || stated.getYear() >= past))
      return new Dated(article, Published.exact(stated, Basis.of(Evidence.DATELINE, Evidence.WEEKDAY, Evidence.STATED_YEAR)), DateClues.none());

    int maxYear = md.isValidYear(upper.getYear()) && !md.atYear(upper.getYear()).isAfter(upper) ? upper.getYear() : upper.getYear() - 1;
    // a month spoken of as still to come ("to be held in January 2027") bounds the year from above
    LocalDate coming = ClueReader.futureBound(body);
    boolean bounded = false, yearEnd = false;
    if (coming != null) {
      int y = md.isValidYear(coming.getYear()) && !md.atYear(coming.getYear()).isAfter(coming) ? coming.getYear() : coming.getYear() - 1;
      if (y < maxYear && (past == null || y >= past)) {
        maxYear = y;
        bounded = true;
      }
    }
    // a bare year still to come ("will top 500,000 in 2005") bounds the year too, but says nothing of how near it is
    LocalDate comingYear = YearEnds.comingYearEnd(body);
    if (comingYear != null && comingYear.getYear() < maxYear && (past == null || comingYear.getYear() >= past)) {
      maxYear = comingYear.getYear();
      yearEnd = true;
    }
    if (past != null && past > maxYear) past = null;
    DateClues clues = new DateClues(md, weekdays, firm, past, maxYear);
    Basis basis = LeadWeekdays.basis(Basis.of(Evidence.DATELINE), weekdays);
    if (past != null || bounded || yearEnd) basis = basis.plus(Evidence.YEAR_CLUES);
    // a month still to come is near: a weekday that fits no year shortly before it contradicts it
    if (!weekdays.isEmpty() && (past != null ? clues.years(past, maxYear).isEmpty()
        : bounded && clues.years(maxYear - RECENT_YEARS, maxYear).isEmpty())) {
      // the weekday contradicts the year bounds: one of them is wrong, so trust neither to narrow
      clues = new DateClues(md, Set.of(), false, past, maxYear);
      basis = Basis.of(Evidence.DATELINE, Evidence.YEAR_CLUES);
    }
    return new Dated(article, rangeOf(clues, basis.plus(upperBasis)), clues);
  }

  private static Integer later(Integer a, Integer b) {
    if (a == null) return b;
    return b == null ? a : Integer.valueOf(Math.max(a, b));
  }

  /** The published range the clues allow on their own: the first to the last day that fits. */
  static Published rangeOf(DateClues clues, Basis basis) {
    int max = clues.maxYear();
    List<Integer> fit = clues.years(clues.minYear() == null ? max - 400 : clues.minYear(), max);
    if (fit.isEmpty()) return Published.range(null, clues.on(max), basis);
    LocalDate latest = clues.on(fit.get(fit.size() - 1));
    if (clues.minYear() == null) return Published.range(null, latest, basis);
    // a few years fit: the days they give are listed, the hull is the range; never one of them as the date
    return Published.candidates(fit.stream().map(clues::on).toList(), basis);
  }

  /** The run's years and span date what the articles' own evidence left open: {@link RunYears}. */
  @Override
  public List<Dated> refine(List<Dated> run) {
    return RunYears.refine(run);
  }
}
