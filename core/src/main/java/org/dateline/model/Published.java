package org.dateline.model;

import java.time.LocalDate;

/**
 * When an article was published, as far as the evidence goes. {@code date} is set only when the evidence pins
 * one day; otherwise it is null and {@code [earliest, latest]} is the narrowest range the evidence allows (either
 * end may be null when unbounded). {@code basis} is the evidence used (in JSON one "a+b+c" string: {@link Basis}).
 */
public record Published(LocalDate date, LocalDate earliest, LocalDate latest, Basis basis) {
  public Published {
    if (basis == null) throw new IllegalArgumentException("a publication date needs a basis");
    if (earliest != null && latest != null && earliest.isAfter(latest))
      throw new IllegalArgumentException("range [%s, %s] is empty".formatted(earliest, latest));
    if (date != null && ((earliest != null && date.isBefore(earliest)) || (latest != null && date.isAfter(latest))))
      throw new IllegalArgumentException("date %s outside [%s, %s]".formatted(date, earliest, latest));
  }

  public static Published exact(LocalDate date, Basis basis) {
    return new Published(date, date, date, basis);
  }

  public static Published range(LocalDate earliest, LocalDate latest, Basis basis) {
    if (earliest != null && earliest.equals(latest)) return exact(earliest, basis);
    return new Published(null, earliest, latest, basis);
  }

  public static Published unknown() {
    return new Published(null, null, null, Basis.of(Evidence.NONE));
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isExact() {
    return date != null;
  }
}
