package org.dateline.time;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
  /** Leads to read for weekdays: the dateline's paragraph and, for disagreement, the next few. */
  private static final int PARAGRAPHS_FOR_WEEKDAYS = 3;
  /** Blocks at the top of the body searched for a dateline or a date line. */
  private static final int HEAD_PARAGRAPHS = 3;
  /** Lines of the raw source searched when the body's head holds no dateline. */
  private static final int SOURCE_LINES = 40;
  /** A line at least this long is prose, not page furniture. */
  private static final int PROSE_LINE = 80;
  /** How many years after the latest past year a text names it is tested against (news speaks of recent years). */
  private static final int RECENT_YEARS = 2;
  /** Odds against chance required before a year is taken as one the run was written in. */
  private static final double CHANCE = 1_000;
  /**
   * Rare names an article must share with articles dated around one reading of its weekday (and more than with
   * those around the other) for its story to decide: about one name no more than four articles of a run use, or two
   * used by ten. It only breaks the tie between a weekday's own day and the day before. Measured on agency copy: at
   * 10, 24 of 25 right; at 6, 10 more, all right; at 5, 31 more than at 10, 3 of them wrong.
   */
  private static final double STORY_SUPPORT = 6;
  /**
   * Rare five-word shingles an article must share with one exact-dated article near a reading for its story to date
   * it (a passage of about ten words in a row). Measured on agency copy: 17 of 17 right at 6, none near the other
   * reading; at 3, 25 right and 3 wrong (house phrases of market reports).
   */
  private static final int SHARED_PASSAGE = 6;
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
    Head head = head(body, article.body().bodyParagraphs(), HEAD_PARAGRAPHS, false);
    if (head.dateline() == null && head.dateLine() == null && !article.sourceText().equals(body)) {
      // cleaning may have left the dateline in what it took for the headline block: read the source's top lines
      String src = article.sourceText();
      head = head(src, lines(src, SOURCE_LINES), SOURCE_LINES, true);
    }
    if (head.dateLine() != null && !head.dateLine().isAfter(upper))
      return new Dated(article, Published.exact(head.dateLine(), Basis.of(Evidence.DATE_LINE)), DateClues.none());
    Datelines.Found dateline = head.dateline();
    List<Span> paragraphs = head.paragraphs();
    int leadIndex = head.lead();
    String text = head.text();
    Integer past = ClueReader.pastYear(body);
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
    Set<DayOfWeek> weekdays = weekdays(text, paragraphs, leadIndex, dateline.span().end());
    // the lead names the day (perhaps beside the day of the event it reports: "said Tuesday the ferry sank Monday")
    boolean fromLead = weekdays.size() == 1 && ClueReader.mentions(text.substring(dateline.span().end(), paragraphs.get(leadIndex).end()))
        .stream().anyMatch(m -> weekdays.contains(m.day()));
    boolean firm = fromLead && firm(text, paragraphs, leadIndex, dateline.span().end(), weekdays.iterator().next());
    LocalDate stated = ClueReader.statedFor(body, md);
    // a full date on the dateline's day is often an anniversary ("On April 27, 1978 ... was murdered"): it states
    // the year only when the lead's weekday agrees and no later year is spoken of as past
    if (stated != null && !stated.isAfter(upper) && weekdays.contains(stated.getDayOfWeek())
        && (past == null || stated.getYear() >= past))
      return new Dated(article, Published.exact(stated, Basis.of(Evidence.DATELINE, Evidence.WEEKDAY, Evidence.STATED_YEAR)), DateClues.none());

    int maxYear = md.isValidYear(upper.getYear()) && !md.atYear(upper.getYear()).isAfter(upper) ? upper.getYear() : upper.getYear() - 1;
    // a month spoken of as still to come ("to be held in January 2027") bounds the year from above
    LocalDate coming = ClueReader.futureBound(body);
    boolean bounded = false;
    if (coming != null) {
      int y = md.isValidYear(coming.getYear()) && !md.atYear(coming.getYear()).isAfter(coming) ? coming.getYear() : coming.getYear() - 1;
      if (y < maxYear && (past == null || y >= past)) {
        maxYear = y;
        bounded = true;
      }
    }
    if (past != null && past > maxYear) past = null;
    DateClues clues = new DateClues(md, weekdays, firm, past, maxYear);
    Basis basis = weekdayBasis(Basis.of(Evidence.DATELINE), weekdays);
    if (past != null || bounded) basis = basis.plus(Evidence.YEAR_CLUES);
    // a month still to come is near: a weekday that fits no year shortly before it contradicts it
    if (!weekdays.isEmpty() && (past != null ? clues.years(past, maxYear).isEmpty()
        : bounded && clues.years(maxYear - RECENT_YEARS, maxYear).isEmpty())) {
      // the weekday contradicts the year bounds: one of them is wrong, so trust neither to narrow
      clues = new DateClues(md, Set.of(), false, past, maxYear);
      basis = Basis.of(Evidence.DATELINE, Evidence.YEAR_CLUES);
    }
    return new Dated(article, rangeOf(clues, basis.plus(upperBasis)), clues);
  }

  /** How the weekday evidence is named in a basis: none, one weekday, or an evening's two days. */
  private static Basis weekdayBasis(Basis basis, Set<DayOfWeek> weekdays) {
    return weekdays.isEmpty() ? basis : basis.plus(weekdays.size() == 1 ? Evidence.WEEKDAY : Evidence.EVENING);
  }

  /** Where the story starts: the text searched, its blocks, the block holding the dateline, a dated line above it. */
  private record Head(String text, List<Span> paragraphs, int lead, Datelines.Found dateline, LocalDate dateLine) {}

  /**
   * Searches the first {@code blocks} blocks, line by line, for a dateline and for a line that is only a date.
   * From raw source lines a date line counts only when prose follows within three lines: a page header's date
   * ("Monday, November 23, 2026" over the menu) is the day of the visit, not of the story.
   */
  private static Head head(String text, List<Span> paragraphs, int blocks, boolean needProse) {
    LocalDate dateLine = null;
    for (int i = 0; i < Math.min(blocks, paragraphs.size()); i++) {
      Span para = paragraphs.get(i);
      for (int at = para.start(); at < para.end(); ) {
        int eol = text.indexOf('\n', at);
        if (eol < 0 || eol > para.end()) eol = para.end();
        if (dateLine == null) {
          LocalDate d = ClueReader.dateLine(text.substring(at, eol));
          if (d != null && (!needProse || proseFollows(paragraphs, i, text))) dateLine = d;
        }
        Datelines.Found found = Datelines.at(text, at);
        // a dateline lies within its paragraph; a match running on into the next one is a false start
        if (found != null && found.span().end() <= para.end()) return new Head(text, paragraphs, i, found, dateLine);
        at = eol + 1;
      }
    }
    return new Head(text, paragraphs, -1, null, dateLine);
  }

  private static boolean proseFollows(List<Span> lines, int i, String text) {
    for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) if (lines.get(j).length() >= PROSE_LINE) return true;
    return false;
  }

  /** The first {@code max} non-blank lines of {@code text}, trimmed. */
  private static List<Span> lines(String text, int max) {
    List<Span> out = new ArrayList<>();
    int at = 0;
    while (at < text.length() && out.size() < max) {
      int eol = text.indexOf('\n', at);
      if (eol < 0) eol = text.length();
      int s = at, e = eol;
      while (s < e && Character.isWhitespace(text.charAt(s))) s++;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
      if (e > s) out.add(new Span(s, e));
      at = eol + 1;
    }
    return out;
  }

  /** The published range the clues allow on their own: the first to the last day that fits. */
  static Published rangeOf(DateClues clues, Basis basis) {
    int max = clues.maxYear();
    List<Integer> fit = clues.years(clues.minYear() == null ? max - 400 : clues.minYear(), max);
    if (fit.isEmpty()) return Published.range(null, clues.on(max), basis);
    LocalDate latest = clues.on(fit.get(fit.size() - 1));
    if (clues.minYear() == null) return Published.range(null, latest, basis);
    if (fit.size() == 1) return Published.exact(latest, basis);
    return Published.range(clues.on(fit.get(0)), latest, basis);
  }

  /**
   * Whether the story clearly treats {@code day} as its own: the lead uses it with a verb of saying ("said here
   * Friday"), puts it just before its clause's verb ("Rice Monday condemned", "the cabinet on Tuesday approved":
   * measured on agency copy, 225 of 233 such lead weekdays name the dateline's day, 6 the day before), after a
   * market session's close ("shares closed lower Thursday": 45 of 45) or to date an agency's day list (9 of 9); or
   * the rest of the story uses it with a verb of saying, or speaks of the day before it as past. Measured on agency
   * copy: a weak lead weekday names the day before the dateline's about one time in twenty; with a verb of saying,
   * under one in a hundred; just before its verb, about one in forty.
   */
  private static boolean firm(String body, List<Span> paragraphs, int lead, int afterDateline, DayOfWeek day) {
    for (ClueReader.Mention m : ClueReader.mentions(body.substring(afterDateline, paragraphs.get(lead).end())))
      if ((m.said() || m.tied()) && m.day() == day) return true;
    String rest = body.substring(paragraphs.get(lead).end());
    for (ClueReader.Mention m : ClueReader.mentions(rest))
      if ((m.said() && m.day() == day) || m.day() == day.minus(1)) return true;
    return false;
  }

  /**
   * The weekday the story uses for its own day: the one the dateline's paragraph agrees on (or, when it names only an
   * evening, that day and the next), unless a following
   * paragraph names a later day of the same week as past, which shows the lead's weekday was the day before. A lead
   * naming two days in a row takes the later when a verb of saying goes with it ("the court ruled on Monday ...,
   * the paper reported on Tuesday"): a report is never older than what it reports.
   */
  private static Set<DayOfWeek> weekdays(String body, List<Span> paragraphs, int lead, int afterDateline) {
    Span first = paragraphs.get(lead);
    List<ClueReader.Mention> leadMentions = ClueReader.mentions(body.substring(afterDateline, first.end()));
    Set<DayOfWeek> w = agreed(leadMentions);
    if (w.isEmpty() && leadMentions.isEmpty()) {
      // a lead naming only an evening ("rescued late Wednesday", "clashes on Monday night"): that day or the next
      Set<DayOfWeek> evenings = EnumSet.noneOf(DayOfWeek.class);
      evenings.addAll(ClueReader.evenings(body.substring(afterDateline, first.end())));
      if (evenings.size() == 1) {
        DayOfWeek e = evenings.iterator().next();
        return EnumSet.of(e, e.plus(1));
      }
      return laterWeekday(body, paragraphs, lead);
    }
    if (w.isEmpty()) return Set.of();
    DayOfWeek day = w.iterator().next();
    // "said Thursday" in the lead is the day itself, whatever later paragraphs plan or recall
    if (leadMentions.stream().anyMatch(m -> m.day() == day && (m.said() || m.tied()))) return w;
    for (int i = lead + 1; i < Math.min(paragraphs.size(), lead + PARAGRAPHS_FOR_WEEKDAYS); i++) {
      for (DayOfWeek other : ClueReader.leadWeekdays(paragraphs.get(i).of(body))) {
        int ahead = Math.floorMod(other.getValue() - day.getValue(), 7);
        if (ahead == 1 || ahead == 2) return Set.of();
      }
    }
    return w;
  }

  /**
   * The one day a list of mentions agrees on; else the one day its verbs of saying agree on ("the court ruled on
   * Monday ..., the paper reported on Tuesday"): a report is never older than what it reports; else, with no verb of
   * saying, the one day put just before a verb or after a market close; else none.
   */
  static Set<DayOfWeek> agreed(List<ClueReader.Mention> mentions) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class), said = EnumSet.noneOf(DayOfWeek.class),
        tied = EnumSet.noneOf(DayOfWeek.class);
    for (ClueReader.Mention m : mentions) {
      days.add(m.day());
      if (m.said()) said.add(m.day());
      if (m.tied()) tied.add(m.day());
    }
    if (days.size() == 1) return days;
    if (said.size() == 1) return said;
    // "Thai shares rebounded Wednesday after Tuesday's collapse": the day the report's own verb goes with
    return said.isEmpty() && tied.size() == 1 ? tied : Set.of();
  }

  /**
   * When the lead names no day: the one day the rest of the story names, when a verb of saying goes with it at least
   * once ("she told reporters on Tuesday"). It is never firm: such a weekday is the day before a little more often.
   */
  private static Set<DayOfWeek> laterWeekday(String body, List<Span> paragraphs, int lead) {
    List<ClueReader.Mention> ms = new ArrayList<>();
    for (int i = lead + 1; i < paragraphs.size(); i++) ms.addAll(ClueReader.mentions(paragraphs.get(i).of(body)));
    Set<DayOfWeek> day = ms.stream().map(ClueReader.Mention::day).distinct().count() == 1 ? Set.of(ms.get(0).day()) : Set.of();
    // a lone weekday later in the story is as often some earlier event ("arrived on Saturday") as the day itself
    return ms.stream().anyMatch(m -> day.contains(m.day()) && m.said()) ? day : Set.of();
  }

  /**
   * An article whose year is open takes one from the run only when exactly one of the run's years fits its own
   * month-day, weekday and year bounds. The run's years are those at least two articles pin on their own evidence,
   * and those that articles speaking of that year or the two before as past fit by weekday far more often than
   * chance: a weekday fits a wrong year about one time in seven, so a year is taken only when so many of those
   * articles fit it that chance would do so less than once in {@link #CHANCE} tries.
   */
  @Override
  public List<Dated> refine(List<Dated> run) {
    Map<Integer, Integer> pinned = new HashMap<>(), fit = new HashMap<>(), tried = new HashMap<>();
    List<DateClues> open = new ArrayList<>();
    for (Dated d : run) {
      if (d.published().isExact()) pinned.merge(d.published().date().getYear(), 1, Integer::sum);
      DateClues c = d.clues();
      if (d.published().isExact() || !c.testable() || c.minYear() == null) continue;
      open.add(c);
      for (int y = c.minYear(); y <= c.minYear() + RECENT_YEARS && y <= c.maxYear(); y++) {
        tried.merge(y, 1, Integer::sum);
        if (c.fits(y)) fit.merge(y, 1, Integer::sum);
      }
    }
    Set<Integer> years = new HashSet<>();
    pinned.forEach((y, n) -> {
      if (n >= 2) years.add(y);
    });
    // strongest first, and a year's fits count only where no year already taken fits as well: November 2000 has
    // the weekdays of November 2006, so articles of 2006 that speak of 2000 as past must not make 2000 a run year
    List<Integer> candidates = new ArrayList<>(fit.keySet());
    candidates.sort(Comparator.comparingDouble(y -> binomialTail(tried.get(y), fit.get(y), 1.0 / 7)));
    for (int y : candidates) {
      int n = 0, k = 0;
      for (DateClues c : open) {
        if (y < c.minYear() || y > c.minYear() + RECENT_YEARS || y > c.maxYear() || years.stream().anyMatch(c::fits)) continue;
        n++;
        if (c.fits(y)) k++;
      }
      if (k >= 3 && binomialTail(n, k, 1.0 / 7) < 1.0 / CHANCE) years.add(y);
    }
    if (years.isEmpty()) return run;
    List<Dated> out = new ArrayList<>(run.size());
    for (Dated d : run) out.add(refined(d, years));
    // a weekday that may be the day before: the article's story decides, when it clearly continues articles dated
    // around one reading and not the other
    RunNames names = new RunNames(out);
    List<Dated> settled = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      Dated d = out.get(i);
      Reading r = d.published().isExact() || !d.clues().dated() ? null : reading(d.clues(), years);
      if (r == null || r.rivals().isEmpty()) {
        settled.add(d);
        continue;
      }
      DateClues c = d.clues();
      double own = names.support(i, c.on(r.year())), rival = 0;
      for (int y : r.rivals()) rival = Math.max(rival, names.support(i, c.on(y)));
      settled.add(own >= STORY_SUPPORT && own > rival ? exact(d, r.year(), Evidence.STORY) : d);
    }
    return relatedStories(withinSpan(run, settled, years), years);
  }

  /**
   * An article the run's years and span leave open between two or more years takes the one where exact-dated
   * articles within {@link RunNames#STORY_DAYS} of its day tell the same story in the same words (a passage of
   * about ten words no more than {@link RunPassages#RARE} articles share) and where no article near the other
   * readings shares any such passage. Only readings its own clues allow are weighed: its weekday or the day after
   * it, its year bounds, inside the run's span.
   */
  private static List<Dated> relatedStories(List<Dated> run, Set<Integer> years) {
    RunSpan inRun = new RunSpan(run);
    RunPassages passages = null;
    List<Dated> out = new ArrayList<>(run.size());
    for (int i = 0; i < run.size(); i++) {
      Dated d = run.get(i);
      DateClues c = d.clues();
      if (d.published().isExact() || c.monthDay() == null) {
        out.add(d);
        continue;
      }
      List<Integer> readings = years.stream().filter(y -> (c.dated() ? c.fitsPossibly(y) : c.fits(y)) && inRun.covers(c.on(y), d))
          .sorted().toList();
      if (readings.size() < 2) {
        out.add(d);
        continue;
      }
      if (passages == null) passages = new RunPassages(run);
      Integer told = null;
      boolean elsewhere = false;
      for (int y : readings) {
        int n = passages.shared(i, c.on(y), RunNames.STORY_DAYS);
        if (n >= SHARED_PASSAGE && told == null) told = y;
        else if (n > 0) elsewhere = true;
      }
      out.add(told == null || elsewhere ? d
          : (c.dated() && !c.fits(told) ? exactDay(d, told, Evidence.RUN_RELATED_STORIES, Evidence.WEEKDAY_DAY_BEFORE)
              : exactDay(d, told, Evidence.RUN_RELATED_STORIES)));
    }
    return out;
  }

  /**
   * The run's years stand for the stretches its articles were written in: a date a run year gave that no other
   * exact-dated article comes near is taken back (an April run year says nothing of December). Then an open article
   * whose month-day falls inside those stretches in exactly one run year, on its stated weekday or the day after (news
   * often names the day before), takes that day; one with no weekday, only when the run has articles dated on both
   * sides of its month-day in exactly one of its years (a run of April 1997 and of November 2005 and 2006 dates an
   * "April 18" story without a weekday, never a "November 18" one).
   */
  private static List<Dated> withinSpan(List<Dated> original, List<Dated> settled, Set<Integer> years) {
    RunSpan pinned = new RunSpan(settled);
    List<Dated> kept = new ArrayList<>(settled.size());
    for (int i = 0; i < settled.size(); i++) {
      Dated d = settled.get(i);
      boolean byRun = d.published().isExact() && d.published().basis().has(Evidence.RUN_YEARS);
      kept.add(byRun && !pinned.covers(d.published().date(), d) ? original.get(i) : d);
    }
    RunSpan inRun = new RunSpan(kept);
    List<Dated> out = new ArrayList<>(kept.size());
    for (Dated d : kept) {
      DateClues c = d.clues();
      if (!d.published().isExact() && c.monthDay() != null && c.weekdays().isEmpty()) {
        // no weekday to test a year against: only a month-day that the run was being written around in exactly one
        // of its years (articles dated on both sides of it) takes that year
        List<Integer> around = years.stream().filter(y -> c.fits(y) && inRun.between(c.on(y), d)).toList();
        out.add(around.size() == 1 ? exactDay(d, around.get(0), Evidence.RUN_SPAN) : d);
        continue;
      }
      if (d.published().isExact() || !c.dated()) {
        out.add(d);
        continue;
      }
      List<Integer> inside = years.stream().filter(y -> c.fitsPossibly(y) && inRun.covers(c.on(y), d)).sorted().toList();
      if (inside.size() != 1) {
        out.add(d);
        continue;
      }
      int y = inside.get(0);
      // the article's own range counts only its stated weekday; the clues' year bounds still hold (fitsPossibly)
      out.add((c.fits(y) ? exactDay(d, y, Evidence.RUN_SPAN) : exactDay(d, y, Evidence.RUN_SPAN, Evidence.WEEKDAY_DAY_BEFORE)));
    }
    return out;
  }

  /**
   * The one run year the clues fit, and the run years that fit when the weekday was the day before the story's.
   */
  private record Reading(int year, List<Integer> rivals) {}

  /**
   * News often uses the weekday of the day before ("the fire that raged on Monday" in a Tuesday story): unless the
   * weekday is firm, the day of publication is the stated day or the next (an evening already names both). When
   * one run year fits the stated day and others the day after, those others are rivals and the year stays open
   * (the run's span may still tell them apart: {@link #withinSpan}).
   */
  private static Reading reading(DateClues c, Set<Integer> runYears) {
    List<Integer> own = runYears.stream().filter(c::fits).sorted().toList();
    List<Integer> possible = runYears.stream().filter(c::fitsPossibly).sorted().toList();
    if (own.size() != 1) return null;
    return new Reading(own.get(0), possible.stream().filter(y -> !y.equals(own.get(0))).toList());
  }

  private static Dated exact(Dated d, int year, Evidence... more) {
    LocalDate date = d.clues().on(year);
    Published p = d.published();
    if ((p.earliest() != null && date.isBefore(p.earliest())) || (p.latest() != null && date.isAfter(p.latest()))) return d;
    return exactDay(d, year, more);
  }

  private static Dated exactDay(Dated d, int year, Evidence... more) {
    DateClues c = d.clues();
    LocalDate date = c.on(year);
    Basis basis = weekdayBasis(Basis.of(Evidence.DATELINE), c.weekdays());
    if (c.minYear() != null) basis = basis.plus(Evidence.YEAR_CLUES);
    basis = basis.plus(Evidence.RUN_YEARS, more);
    return new Dated(d.article(), Published.exact(date, basis), c);
  }

  private static Dated refined(Dated d, Set<Integer> runYears) {
    DateClues c = d.clues();
    if (d.published().isExact() || !c.dated()) return d;
    Reading r = reading(c, runYears);
    return r == null || !r.rivals().isEmpty() ? d : exact(d, r.year());
  }

  /** P(X >= k) for X ~ Binomial(n, p). */
  static double binomialTail(int n, int k, double p) {
    double sum = 0;
    for (int i = k; i <= n; i++) {
      double logTerm = logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log1p(-p);
      sum += Math.exp(logTerm);
    }
    return sum;
  }

  private static double logChoose(int n, int k) {
    double r = 0;
    for (int i = 1; i <= k; i++) r += Math.log(n - k + i) - Math.log(i);
    return r;
  }
}
