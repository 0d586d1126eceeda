package org.dateline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Published;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.model.TimeExpression;

/**
 * The days statements were made, once their article's day is known from its story (the article had no day when its
 * statements were read, so {@link TimeTagger#dateOf} left them open): a weekday next to the statement's cue ("said on
 * Wednesday", "remarks broadcast Monday") is the last such weekday on or before the article's day; with none, the
 * article's day. A statement that already has a day keeps it. While the article has only a range, an open statement
 * keeps that range, each end (and each candidate day) moved back to the cue's weekday ("said on Wednesday" in an
 * article of 12-19 March: 11-18 March), so the record, the timeline and the store place it alike.
 */
public final class StatementDays {
  /** A weekday as SUTime writes it without a document date: {@code XXXX-WXX-3} is a Wednesday. */
  private static final Pattern WEEKDAY_VALUE = Pattern.compile("^XXXX-WXX-([1-7])$");
  /** A weekday must lie this close to the cue (characters) to date the statement, as in {@link TimeTagger}. */
  private static final int NEAR_CUE = 80;

  private StatementDays() {}

  /**
   * {@code r} with its open statements dated from its day, or given its range; {@code r} itself when nothing is known
   * of its date or nothing changed.
   */
  public static ArticleRecord redate(ArticleRecord r) {
    Published p = r.published();
    if (p == null || (p.date() == null && p.earliest() == null && p.latest() == null)
        || r.statements().stream().allMatch(s -> s.date() != null)) return r;
    List<Statement> out = new ArrayList<>(r.statements().size());
    for (Statement s : r.statements()) {
      if (s.date() != null) {
        out.add(s);
        continue;
      }
      DayOfWeek w = s.cue() == null || s.cue().span() == null ? null : weekdayNear(s, r.times());
      out.add(p.date() != null ? s.on(back(p.date(), w))
          : s.within(back(p.earliest(), w), back(p.latest(), w), p.candidates().stream().map(c -> back(c, w)).distinct().toList()));
    }
    if (out.equals(r.statements())) return r;
    return new ArticleRecord(r.source(), r.url(), r.outlet(), r.agency(), r.headline(), r.section(), r.byline(), r.dateline(),
        r.published(), r.body(), r.removed(), r.people(), out, r.times(), r.warnings(), r.sourceText());
  }

  /** The last {@code weekday} on or before {@code day} ({@code day} itself when no weekday); null stays null. */
  private static LocalDate back(LocalDate day, DayOfWeek weekday) {
    return day == null || weekday == null ? day : day.with(TemporalAdjusters.previousOrSame(weekday));
  }

  /** The weekday nearest the statement's cue, within {@link #NEAR_CUE} characters and outside what was said. */
  private static DayOfWeek weekdayNear(Statement s, List<TimeExpression> times) {
    Span cue = s.cue().span();
    DayOfWeek best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression t : times) {
      if (t.value() == null || t.span() == null) continue;
      Matcher m = WEEKDAY_VALUE.matcher(t.value());
      if (!m.matches()) continue;
      if (s.spans().stream().anyMatch(c -> c.overlaps(t.span()))) continue;
      int distance = t.span().start() >= cue.end() ? t.span().start() - cue.end() : cue.start() - t.span().end();
      if (distance < 0) distance = 0;
      if (distance > NEAR_CUE || distance >= bestDistance) continue;
      best = DayOfWeek.of(Integer.parseInt(m.group(1)));
      bestDistance = distance;
    }
    return best;
  }
}
