package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * When an article was published, as far as the evidence goes. {@code date} is set only when the evidence pins
 * one day; otherwise it is null and {@code [earliest, latest]} is the narrowest range the evidence allows (either
 * end may be null when unbounded). {@code candidates}: when the evidence leaves only a few days inside that range
 * (a month-day and weekday that fit a few years), those days, ascending, the first and last being the range's
 * ends; empty otherwise (and always when {@code date} is set). {@code basis} is the evidence used (in JSON one
 * "a+b+c" string: {@link Basis}).
 */
public record Published(LocalDate date, LocalDate earliest, LocalDate latest, Basis basis,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LocalDate> candidates) {
  /** At most this many days are listed as candidates; more say no more than the range does. */
  public static final int MAX_CANDIDATES = 8;

  public Published {
    if (basis == null) throw new IllegalArgumentException("a publication date needs a basis");
    if (earliest != null && latest != null && earliest.isAfter(latest))
      throw new IllegalArgumentException("range [%s, %s] is empty".formatted(earliest, latest));
    if (date != null && ((earliest != null && date.isBefore(earliest)) || (latest != null && date.isAfter(latest))))
      throw new IllegalArgumentException("date %s outside [%s, %s]".formatted(date, earliest, latest));
    candidates = candidates == null || date != null ? List.of() : List.copyOf(candidates);
    for (LocalDate c : candidates)
      if ((earliest != null && c.isBefore(earliest)) || (latest != null && c.isAfter(latest)))
        throw new IllegalArgumentException("candidate %s outside [%s, %s]".formatted(c, earliest, latest));
  }

  public Published(LocalDate date, LocalDate earliest, LocalDate latest, Basis basis) {
    this(date, earliest, latest, basis, List.of());
  }

  public static Published exact(LocalDate date, Basis basis) {
    return new Published(date, date, date, basis);
  }

  public static Published range(LocalDate earliest, LocalDate latest, Basis basis) {
    if (earliest != null && earliest.equals(latest)) return exact(earliest, basis);
    return new Published(null, earliest, latest, basis);
  }

  /**
   * The days {@code days} (ascending, at least two) as a range with its candidates: the hull, and the days listed
   * when there are no more than {@link #MAX_CANDIDATES}.
   */
  public static Published candidates(List<LocalDate> days, Basis basis) {
    if (days.size() == 1) return exact(days.get(0), basis);
    List<LocalDate> sorted = days.stream().sorted().distinct().toList();
    return new Published(null, sorted.get(0), sorted.get(sorted.size() - 1), basis,
        sorted.size() <= MAX_CANDIDATES ? sorted : List.of());
  }

  /** This range narrowed to {@code [lo, hi]}: the candidates inside it kept (one left is the date). */
  public Published narrowed(LocalDate lo, LocalDate hi, Basis basis) {
    if (candidates.isEmpty()) return range(lo, hi, basis);
    List<LocalDate> inside = candidates.stream()
        .filter(c -> (lo == null || !c.isBefore(lo)) && (hi == null || !c.isAfter(hi))).toList();
    if (inside.isEmpty()) return range(lo, hi, basis);
    return candidates(inside, basis);
  }

  public static Published unknown() {
    return new Published(null, null, null, Basis.of(Evidence.NONE));
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isExact() {
    return date != null;
  }
}
