package org.dateline.time;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.dateline.clean.DateHint;
import org.dateline.model.Basis;
import org.dateline.model.Evidence;
import org.dateline.model.Published;

/**
 * Chooses a page's publication date among the dates it states about itself. Every hint holds the page's local day
 * as a range: one day when it states it, two for a "Z" instant with nothing to say which side of midnight the writer
 * was on. The page's date is the day all hints leave open: one day is the date; two days of one UTC instant are a
 * range; contradicting hints (a republished story's old JSON-LD date beside a new visible date, a URL minted on
 * another day) give the range covering them all: the page is not sure of its date, so neither is Dateline. The
 * first {@code <time>} element is the weakest witness and only pins what the others leave open. Update times never
 * reach here: cleaning drops {@code dateModified} values and {@code <time>} elements or date lines labelled as updates.
 */
final class PageDates {
  private PageDates() {}

  /**
   * The publication date the hints state, or null when no hint is usable. Hints after {@code upper} (a date past
   * the fetch) are typos or teasers and are dropped. The hints agree when the days they pin are one day that every
   * UTC value allows, or, with nothing pinned, when the UTC values all fall on one UTC day; two UTC values a day
   * apart are two instants (publication and an update), not two readings of one.
   */
  static Published choose(List<DateHint> hints, LocalDate upper) {
    List<DateHint> usable = hints.stream().filter(h -> !h.earliest().isAfter(upper)).toList();
    if (usable.isEmpty()) return null;
    List<DateHint> strong = usable.stream().filter(h -> h.kind() != DateHint.Kind.TIME_ELEMENT).toList();
    if (!strong.isEmpty()) {
      // the first <time> of a page is the weakest witness (a teaser's, an update's, a site-wide stamp): it may pin
      // a day the stronger sources leave open, never overrule or unsettle them
      Published decided = agreed(strong, upper);
      if (decided == null || decided.isExact()) return decided != null ? decided : covering(strong, upper);
      Published withTime = agreed(usable, upper);
      return withTime != null && withTime.isExact() ? withTime : decided;
    }
    Published decided = agreed(usable, upper);
    return decided != null ? decided : covering(usable, upper);
  }

  /** The day or UTC range the hints agree on, or null when they contradict each other. */
  private static Published agreed(List<DateHint> usable, LocalDate upper) {
    List<DateHint> pinning = usable.stream().filter(DateHint::pinsDay).toList();
    Set<LocalDate> pinned = pinning.stream().map(DateHint::date).collect(Collectors.toSet());
    if (pinned.size() == 1) {
      LocalDate day = pinned.iterator().next();
      if (usable.stream().allMatch(h -> !day.isBefore(h.earliest()) && !day.isAfter(h.latest())))
        return Published.exact(day, basis(pinning));
    } else if (pinned.isEmpty() && usable.stream().map(DateHint::date).distinct().count() == 1) {
      if (usable.stream().anyMatch(DateHint::zeroOffset))
        return Published.exact(usable.get(0).date(), basis(usable.stream().filter(DateHint::zeroOffset).toList()).plus(Evidence.ZERO_OFFSET));
      LocalDate lo = usable.stream().map(DateHint::earliest).max(Comparator.naturalOrder()).orElseThrow();
      LocalDate hi = usable.stream().map(DateHint::latest).min(Comparator.naturalOrder()).orElseThrow();
      return Published.range(lo, hi.isAfter(upper) ? upper : hi, basis(usable).plus(Evidence.UTC));
    }
    return null;
  }

  /** The range covering contradicting hints: the page is not sure of its date, so neither is Dateline. */
  private static Published covering(List<DateHint> usable, LocalDate upper) {
    LocalDate first = usable.stream().map(DateHint::earliest).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate last = usable.stream().map(DateHint::latest).max(Comparator.naturalOrder()).orElseThrow();
    return Published.range(first, last.isAfter(upper) ? upper : last, basis(usable).plus(Evidence.DISAGREEING));
  }

  /** The kinds of the hints ("json-ld+url"). */
  private static Basis basis(List<DateHint> from) {
    EnumSet<Evidence> kinds = EnumSet.noneOf(Evidence.class);
    for (DateHint h : from) kinds.add(evidence(h.kind()));
    return new Basis(kinds, List.of());
  }

  private static Evidence evidence(DateHint.Kind kind) {
    return switch (kind) {
      case JSON_LD -> Evidence.JSON_LD;
      case META -> Evidence.META;
      case FEED -> Evidence.FEED;
      case URL -> Evidence.URL;
      case TEXT_LINE -> Evidence.TEXT_LINE;
      case TIME_ELEMENT -> Evidence.TIME_ELEMENT;
    };
  }
}
