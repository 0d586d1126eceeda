package org.dateline.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/** Query parameters, strictly: unknown names, repeated names and malformed values are 400s naming the parameter. */
final class Params {
  private final Context ctx;

  Params(Context ctx, Set<String> known) {
    this.ctx = ctx;
    for (var e : ctx.queryParamMap().entrySet()) {
      if (!known.contains(e.getKey()))
        throw ApiError.badParameter("unknown parameter '%s'; known: %s".formatted(e.getKey(), String.join(", ", new TreeSet<>(known))));
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
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiError.badParameter("%s must be a date as YYYY-MM-DD, was '%s'".formatted(name, v));
    }
  }
}
