package org.dateline.time;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dateline.model.Basis;
import org.dateline.model.Evidence;
import org.dateline.model.Span;

/**
 * The weekday a story uses for its own day, read from its lead (and, failing that, from the rest of the story), and
 * whether that weekday is firm: clearly the day itself rather than, as news often writes, the day before.
 */
final class LeadWeekdays {
  /** Leads to read for weekdays: the dateline's paragraph and, for disagreement, the next few. */
  private static final int PARAGRAPHS_FOR_WEEKDAYS = 3;

  private LeadWeekdays() {}

  /** How the weekday evidence is named in a basis: none, one weekday, or an evening's two days. */
  static Basis basis(Basis basis, Set<DayOfWeek> weekdays) {
    return weekdays.isEmpty() ? basis : basis.plus(weekdays.size() == 1 ? Evidence.WEEKDAY : Evidence.EVENING);
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
  static boolean firm(String body, List<Span> paragraphs, int lead, int afterDateline, DayOfWeek day) {
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
  static Set<DayOfWeek> weekdays(String body, List<Span> paragraphs, int lead, int afterDateline) {
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
}
