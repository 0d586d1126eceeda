package org.dateline.story;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Basis;
import org.dateline.model.Evidence;
import org.dateline.model.Published;
import org.dateline.model.TimeExpression;
import org.dateline.time.EventReferences;
import org.dateline.time.StatementDays;
import org.dateline.time.StorySpan;

/**
 * Publication dates from the story an article belongs to, for articles whose own evidence pins no day. Conservative
 * on purpose: a day is set only when one of the article's candidate days lies among the story's dated articles and
 * every other lies far from them ({@code story-span}), or when a month and day without a year ("Tuesday, March 3")
 * meet exactly one year of the story's span with the same weekday; otherwise the range only narrows, to the days around the first reports of the
 * statements the article shares with dated articles. Dated articles are never changed.
 */
public final class StoryDates {
  /** Reports of one utterance lie this many days apart at most: the linker's statement window. */
  private final int windowDays;
  /** The longest silence the linker lets a story pass without its main actors: the linker's story gap. */
  private final int gapDays;

  public StoryDates(int windowDays, int gapDays) {
    if (windowDays < 0) throw new IllegalArgumentException("windowDays must be at least 0, was " + windowDays);
    if (gapDays < 0) throw new IllegalArgumentException("gapDays must be at least 0, was " + gapDays);
    this.windowDays = windowDays;
    this.gapDays = gapDays;
  }

  /** With the standard linker's story gap. */
  public StoryDates(int windowDays) {
    this(windowDays, StoryLinker.Settings.standard().storyGapDays());
  }

  /** With the standard linker's window. */
  public static List<ArticleRecord> refine(List<ArticleRecord> articles, Linking linking) {
    return new StoryDates(StoryLinker.Settings.standard().statementWindowDays()).apply(articles, linking);
  }

  private static final Pattern OPEN_YEAR = Pattern.compile("XXXX-(\\d\\d)-(\\d\\d)");

  public List<ArticleRecord> apply(List<ArticleRecord> articles, Linking linking) {
    Map<String, Linking.Story> storyOf = new HashMap<>();
    for (Linking.Story s : linking.stories()) for (String a : s.articles()) storyOf.put(a, s);
    for (Linking.DuplicateSet d : linking.duplicates())
      for (String a : d.sources()) if (storyOf.containsKey(d.canonical())) storyOf.putIfAbsent(a, storyOf.get(d.canonical()));
    Map<String, List<Linking.MergedStatement>> sharedBy = new HashMap<>();
    for (Linking.MergedStatement m : linking.statements())
      if (m.variants().size() > 1) for (Linking.Variant v : m.variants()) sharedBy.computeIfAbsent(v.source(), k -> new ArrayList<>()).add(m);
    Map<String, ArticleRecord> bySource = new HashMap<>();
    for (ArticleRecord r : articles) bySource.putIfAbsent(r.source(), r);
    List<ArticleRecord> out = new ArrayList<>(articles.size());
    for (ArticleRecord r : articles) {
      Published p = r.published() == null ? Published.unknown() : r.published();
      if (p.date() != null) {
        out.add(r);
        continue;
      }
      LocalDate lo = p.earliest(), hi = p.latest();
      List<String> why = new ArrayList<>();
      for (Linking.MergedStatement m : sharedBy.getOrDefault(r.source(), List.of())) {
        LocalDate firstReport = null, lastReport = null;
        for (Linking.Variant v : m.variants()) {
          ArticleRecord other = bySource.get(v.source());
          if (v.source().equals(r.source()) || other == null || other.published() == null || other.published().date() == null) continue;
          LocalDate d = other.published().date();
          if (firstReport == null || d.isBefore(firstReport)) firstReport = d;
          if (lastReport == null || d.isAfter(lastReport)) lastReport = d;
        }
        if (firstReport == null) continue;
        LocalDate l = firstReport.minusDays(windowDays), h = lastReport.plusDays(windowDays);
        LocalDate nlo = lo == null || l.isAfter(lo) ? l : lo, nhi = hi == null || h.isBefore(hi) ? h : hi;
        if (nlo.isAfter(nhi)) continue; // the evidence disagrees with the article's own: trust the article
        lo = nlo;
        hi = nhi;
        why.add(m.id());
      }
      Basis basis = why.isEmpty() ? p.basis() : p.basis().plusStoryStatements(why);
      Published narrowed = why.isEmpty() ? p : p.narrowed(lo, hi, basis);
      LocalDate near = spanDay(narrowed, storyOf.get(r.source()), r.source(), storyOf, bySource);
      LocalDate day = near != null ? null : openYearDay(r, storyOf.get(r.source()), lo, hi);
      Published refined;
      if (near != null) refined = Published.exact(near, basis.plus(Evidence.STORY_SPAN));
      else if (day != null) refined = new Published(day, lo, hi, basis.plus(Evidence.STORY_YEAR_WEEKDAY));
      else refined = narrowed;
      out.add(refined == p ? r : withPublished(r, refined));
    }
    out = new StoryReach(gapDays).apply(bounded(out, storyOf), storyOf, linking);
    List<ArticleRecord> redated = new ArrayList<>(out.size());
    for (ArticleRecord r : out) redated.add(StatementDays.redate(r));
    return redated;
  }

  static ArticleRecord withPublished(ArticleRecord r, Published p) {
    return new ArticleRecord(r.source(), r.url(), r.outlet(), r.agency(), r.headline(), r.section(), r.byline(),
        r.dateline(), p, r.body(), r.removed(), r.people(), r.statements(), r.times(), r.warnings(), r.sourceText());
  }

  /**
   * Articles the steps above left without a day, bounded by the events of their story they speak of
   * ({@link EventReferences}): after each event they speak of as past, before each they expect. An event's year is
   * read from the story's dated articles (after the steps above), so an article is never bounded by its own guess.
   * References that leave no day at all contradict each other or the article's own evidence: none is used.
   */
  private static List<ArticleRecord> bounded(List<ArticleRecord> articles, Map<String, Linking.Story> storyOf) {
    Map<Linking.Story, List<LocalDate>> dated = new HashMap<>();
    for (ArticleRecord r : articles) {
      Linking.Story s = storyOf.get(r.source());
      if (s != null && r.published() != null && r.published().date() != null)
        dated.computeIfAbsent(s, k -> new ArrayList<>()).add(r.published().date());
    }
    List<ArticleRecord> out = new ArrayList<>(articles.size());
    for (ArticleRecord r : articles) {
      Published p = r.published() == null ? Published.unknown() : r.published();
      Linking.Story s = storyOf.get(r.source());
      if (p.date() != null || s == null || !dated.containsKey(s)) {
        out.add(r);
        continue;
      }
      LocalDate lo = p.earliest(), hi = p.latest();
      List<String> why = new ArrayList<>();
      String text = (r.headline() == null ? "" : r.headline() + ".\n") + (r.body() == null ? "" : r.body());
      for (EventReferences.Reference ref : EventReferences.read(text)) {
        LocalDate day = EventReferences.dayOf(ref, dated.get(s));
        if (day == null) continue;
        if (ref.as() == EventReferences.As.PAST) {
          if (lo == null || day.isAfter(lo)) lo = day;
          why.add("after " + day + ": " + ref.phrase());
        } else {
          if (hi == null || day.isBefore(hi)) hi = day;
          why.add("before " + day + ": " + ref.phrase());
        }
      }
      if (why.isEmpty() || (lo != null && hi != null && lo.isAfter(hi))) {
        out.add(r);
        continue;
      }
      Published narrowed = p.narrowed(lo, hi, p.basis().plusStoryEvents(why));
      out.add(withPublished(r, narrowed));
    }
    return out;
  }

  /**
   * The one candidate day of an article's range that the story's firmly dated articles lie near while every other
   * candidate lies far from all of them ({@link StorySpan}): its month-day fits several years, the story was
   * written in one of them.
   */
  private static LocalDate spanDay(Published p, Linking.Story story, String self, Map<String, Linking.Story> storyOf,
      Map<String, ArticleRecord> bySource) {
    List<LocalDate> candidates = p.candidates().size() >= 2 ? p.candidates() : yearless(p);
    if (story == null || candidates.size() < 2) return null;
    List<LocalDate> firm = new ArrayList<>();
    // the story's articles and their duplicates (a second outlet's copy of a dated report dates the story too)
    storyOf.forEach((a, s) -> {
      ArticleRecord other = bySource.get(a);
      if (s == story && !a.equals(self) && other != null && other.published() != null && other.published().date() != null)
        firm.add(other.published().date());
    });
    return new StorySpan(firm, 1, StorySpan.STORY_NEAR_DAYS).choose(candidates);
  }

  /** A weekday's days repeat within this many years: older candidates add nothing a nearer one does not. */
  private static final int WEEKDAY_CYCLE_YEARS = 28;

  /**
   * The days a dateline's month-day and one weekday allow when no year clue bounds them from below (the range is
   * open below and ends on the latest such day): that day in each earlier year with the same weekday, over one
   * weekday cycle. Empty for any other range.
   */
  static List<LocalDate> yearless(Published p) {
    if (p.date() != null || p.earliest() != null || p.latest() == null) return List.of();
    if (!p.basis().has(Evidence.DATELINE) || !p.basis().has(Evidence.WEEKDAY) || p.basis().has(Evidence.EVENING)) return List.of();
    LocalDate last = p.latest();
    List<LocalDate> out = new ArrayList<>();
    for (int k = WEEKDAY_CYCLE_YEARS; k >= 0; k--) {
      LocalDate d = last.minusYears(k);
      if (d.getDayOfMonth() == last.getDayOfMonth() && d.getDayOfWeek() == last.getDayOfWeek()) out.add(d);
    }
    return out;
  }

  /** The one day a yearless date in the article's opening can be, given the story's years and a named weekday. */
  private static LocalDate openYearDay(ArticleRecord r, Linking.Story story, LocalDate lo, LocalDate hi) {
    if (story == null || story.first() == null) return null;
    String body = r.body() == null ? "" : r.body();
    String opening = ((r.headline() == null ? "" : r.headline() + "\n") + body.substring(0, Math.min(400, body.length()))).toLowerCase(Locale.ROOT);
    for (TimeExpression t : r.times()) {
      if (t.value() == null) continue;
      Matcher m = OPEN_YEAR.matcher(t.value());
      if (!m.matches()) continue;
      int at = opening.indexOf(t.text().toLowerCase(Locale.ROOT));
      if (at < 0) continue;
      String near = opening.substring(Math.max(0, at - 20), Math.min(opening.length(), at + t.text().length() + 20));
      DayOfWeek named = null;
      for (DayOfWeek w : DayOfWeek.values())
        if (near.contains(w.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))) {
          if (named != null) return null; // two weekdays: no telling which one goes with the date
          named = w;
        }
      if (named == null) continue;
      LocalDate only = null;
      for (int y = story.first().getYear() - 1; y <= story.last().getYear() + 1; y++) {
        LocalDate d;
        try {
          d = LocalDate.of(y, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (java.time.DateTimeException e) {
          continue;
        }
        if (d.getDayOfWeek() != named || (lo != null && d.isBefore(lo)) || (hi != null && d.isAfter(hi))) continue;
        if (only != null) return null;
        only = d;
      }
      if (only != null) return only;
    }
    return null;
  }
}
