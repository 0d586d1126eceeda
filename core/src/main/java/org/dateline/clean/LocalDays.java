package org.dateline.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The calendar day each machine timestamp of a page stands for, as its readers saw it. */
final class LocalDays {
  private LocalDays() {}

  private static final java.util.regex.Pattern STAMP = java.util.regex.Pattern.compile(
      "^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?\\b?.*$");

  /** Offsets news is written in, from UTC-10 (Hawaii) to UTC+13 (New Zealand summer), in hours. */
  private static final int WEST = 10, EAST = 13;

  /**
   * A page often states one instant twice: in UTC for machines and with its own offset (or as naive local time)
   * for readers. The local form gives the page's calendar day; a UTC value of the same instant takes that day. A "Z"
   * value with no local twin keeps the local days its hour allows: the day before when written at 09:59 UTC or
   * earlier (still the previous evening in the Americas), the day after from 11:00 UTC (already the next morning in
   * Asia and Oceania). A naive value that is the same wall time as a UTC one is that UTC value, not local time.
   */
  static List<DateHint> of(List<DateHint> hints) {
    List<java.time.OffsetDateTime> local = new ArrayList<>();
    List<java.time.LocalDateTime> naive = new ArrayList<>(), utc = new ArrayList<>();
    for (DateHint h : hints) {
      var m = STAMP.matcher(h.raw());
      if (!m.matches()) continue;
      java.time.LocalDateTime t = stamp(m);
      if (t == null) continue;
      String off = m.group(5);
      if (off == null) naive.add(t);
      else if (isUtc(off)) utc.add(t);
      else local.add(t.atOffset(java.time.ZoneOffset.of(off.length() == 5 ? off.substring(0, 3) + ":" + off.substring(3) : off)));
    }
    List<DateHint> out = new ArrayList<>(hints.size());
    for (DateHint h : hints) {
      var m = STAMP.matcher(h.raw());
      java.time.LocalDateTime t = m.matches() ? stamp(m) : null;
      boolean utcValue = t != null && (m.group(5) != null ? isUtc(m.group(5)) : utc.contains(t));
      if (!utcValue) {
        out.add(h);
        continue;
      }
      LocalDate day = null;
      java.time.Instant instant = t.toInstant(java.time.ZoneOffset.UTC);
      for (var l : local) if (Math.abs(l.toInstant().getEpochSecond() - instant.getEpochSecond()) <= 120) day = l.toLocalDate();
      for (var n : naive) {
        long diff = java.time.Duration.between(n, t).toSeconds();
        // the same wall-clock minutes a whole number of hours away: the naive value is local time
        if (diff != 0 && Math.abs(diff) <= 14 * 3600 && Math.abs(diff) % 1800 == 0) day = n.toLocalDate();
      }
      if (day != null) out.add(new DateHint(day, h.kind(), h.raw()));
      else out.add(new DateHint(t.toLocalDate(), h.kind(), h.raw(),
          t.getHour() < WEST ? t.toLocalDate().minusDays(1) : t.toLocalDate(),
          t.getHour() + EAST >= 24 ? t.toLocalDate().plusDays(1) : t.toLocalDate()));
    }
    return out;
  }

  private static boolean isUtc(String off) {
    return off.equals("Z") || off.equals("UTC") || off.equals("GMT") || off.replace(":", "").equals("+0000") || off.replace(":", "").equals("-0000");
  }

  private static java.time.LocalDateTime stamp(java.util.regex.Matcher m) {
    try {
      return LocalDate.parse(m.group(1)).atTime(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
          m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
