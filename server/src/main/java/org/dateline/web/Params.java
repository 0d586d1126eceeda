package org.dateline.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Query parameters, strictly: unknown names, repeated names and malformed values are 400s naming the parameter. */
final class Params {
  private final Context ctx;

  /** A percent sign not followed by two hex digits: the container would pass it on as if it were text. */
  private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,10}");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  Params(Context ctx, Set<String> known) {
    this.ctx = ctx;
    String raw = ctx.queryString();
    if (raw != null && BAD_ESCAPE.matcher(raw).find())
      throw ApiError.badParameter("the query string has a malformed percent-escape: " + raw.substring(0, Math.min(raw.length(), 200)));
    for (var e : ctx.queryParamMap().entrySet()) {
      for (String v : e.getValue())
        if (v.indexOf('\uFFFD') >= 0 && (raw == null || !raw.contains("%EF%BF%BD") && !raw.contains("%ef%bf%bd")))
          throw ApiError.badParameter("parameter '%s' is not valid UTF-8 once percent-decoded".formatted(e.getKey()));
      if (!known.contains(e.getKey()))
        throw ApiError.badParameter(known.isEmpty() ? "unknown parameter '%s'; this path takes none".formatted(e.getKey())
            : "unknown parameter '%s'; known: %s".formatted(e.getKey(), String.join(", ", new TreeSet<>(known))));
      if (e.getValue().size() > 1) throw ApiError.badParameter("parameter '%s' given %d times".formatted(e.getKey(), e.getValue().size()));
    }
  }

  /** The value, or null when absent or blank. */
  String string(String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  int integer(String name, int fallback, int min, int max) {
    String v = string(name);
    if (v == null) return fallback;
    // Integer.parseInt reads any script's digits ("٣" is 3): a parameter takes ASCII digits only
    if (!INTEGER.matcher(v).matches()) throw ApiError.badParameter("%s must be an integer, was '%s'".formatted(name, v));
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) throw ApiError.badParameter("%s must be between %d and %d, was %d".formatted(name, min, max, n));
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.badParameter("%s must be an integer, was '%s'".formatted(name, v));
    }
  }

  LocalDate date(String name) {
    String v = string(name);
    if (v == null) return null;
    // LocalDate.parse takes "+999999999-12-31": a date here is four digits of year, then month and day
    if (!DATE.matcher(v).matches()) throw ApiError.badParameter("%s must be a date as YYYY-MM-DD, was '%s'".formatted(name, v));
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiError.badParameter("%s must be a date as YYYY-MM-DD, was '%s'".formatted(name, v));
    }
  }
}
