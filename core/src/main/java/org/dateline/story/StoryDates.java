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
import org.dateline.model.Evidence;
import org.dateline.model.Published;
import org.dateline.model.TimeExpression;

/**
 * Publication dates from the story an article belongs to, for articles whose own evidence pins no day. Conservative
 * on purpose: a day is set only when a month and day without a year ("Tuesday, March 3") meet exactly one year of the
 * story's span with the same weekday; otherwise the range only narrows, to the days around the first reports of the
 * statements the article shares with dated articles. Dated articles are never changed.
 */
public final class StoryDates {
  /** Reports of one utterance lie this many days apart at most: the linker's statement window. */
  private final int windowDays;

  public StoryDates(int windowDays) {
    if (windowDays < 0) throw new IllegalArgumentException("windowDays must be at least 0, was " + windowDays);
    this.windowDays = windowDays;
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
      LocalDate day = openYearDay(r, storyOf.get(r.source()), lo, hi);
      Published refined;
      if (day != null) refined = new Published(day, lo, hi, p.basis().plus(Evidence.STORY_YEAR_WEEKDAY));
      else if (!why.isEmpty()) refined = Published.range(lo, hi, p.basis().plusStoryStatements(why));
      else refined = p;
      out.add(refined == p ? r : new ArticleRecord(r.source(), r.url(), r.outlet(), r.agency(), r.headline(), r.section(), r.byline(),
          r.dateline(), refined, r.body(), r.removed(), r.people(), r.statements(), r.times(), r.warnings(), r.sourceText()));
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
