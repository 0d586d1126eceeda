package org.dateline.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Statement;

/**
 * One story in date order: its articles (the events as reported) and its merged statements. An entry known only to
 * lie in a range is listed at its middle and carries the range; entries with no bounded range come last. Built from a {@link Linking} and the records it was made from; rendered by
 * {@link TimelineFormat}.
 */
public record Timeline(String storyId, String label, LocalDate first, LocalDate last, List<Entry> entries) {
  public Timeline {
    entries = List.copyOf(entries);
  }

  /**
   * An article ({@code kind} "article": headline, outlet) or a statement ({@code kind} "statement": speaker, text,
   * every outlet that carried it, first one first). {@code date} is null when no day is known; then
   * {@code [earliest, latest]} is the range the evidence allows (either end null when open), {@code candidates} the
   * few days it may be (empty unless a weekday left a few), and {@code evidence} says why in words ("between
   * 2025-12-19 and 2026-03-08: after the vote in parliament on December 19, before the referendum on March 8").
   * A range-only entry is never given a day: it is listed at the middle of its range (where it certainly lies
   * between the entries dated before its range and after it), shown with its range.
   */
  public record Entry(LocalDate date, String kind, String headline, String text, String speaker, String outlet,
      String source, List<String> outlets, String statementId, LocalDate earliest, LocalDate latest,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY) List<LocalDate> candidates,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String evidence) {
    public Entry {
      outlets = List.copyOf(outlets);
      candidates = candidates == null ? List.of() : List.copyOf(candidates);
      if (date != null) {
        earliest = date;
        latest = date;
        candidates = List.of();
        evidence = null;
      }
    }

    /** Whether only a range is known, bounded at both ends. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean ranged() {
      return date == null && earliest != null && latest != null;
    }

    /** Where the entry is listed: its day, or the middle of a bounded range; null (last) when unbounded. */
    LocalDate position() {
      if (date != null) return date;
      if (!ranged()) return null;
      return earliest.plusDays(java.time.temporal.ChronoUnit.DAYS.between(earliest, latest) / 2);
    }
  }

  /** An entry's dates from a publication date: its day, else its range, candidates and the evidence in words. */
  static Entry entry(org.dateline.model.Published p, String kind, String headline, String text, String speaker, String outlet,
      String source, List<String> outlets, String statementId) {
    if (p == null) p = org.dateline.model.Published.unknown();
    if (p.date() != null)
      return new Entry(p.date(), kind, headline, text, speaker, outlet, source, outlets, statementId, null, null, List.of(), null);
    return new Entry(null, kind, headline, text, speaker, outlet, source, outlets, statementId, p.earliest(), p.latest(),
        p.candidates(), evidence(p));
  }

  /**
   * A range in words: "between A and B", "one of A, B, C" for candidates, with the story's events that bound it
   * ("after the referendum on March 8, before May 2"); null when nothing bounds it.
   */
  static String evidence(org.dateline.model.Published p) {
    if (p.earliest() == null && p.latest() == null) return null;
    String range = !p.candidates().isEmpty() ? "one of " + String.join(", ", p.candidates().stream().map(LocalDate::toString).toList())
        : p.earliest() == null ? "on or before " + p.latest()
        : p.latest() == null ? "on or after " + p.earliest() : "between " + p.earliest() + " and " + p.latest();
    List<String> why = new ArrayList<>();
    for (String e : p.basis().storyEvents()) {
      int colon = e.indexOf(": ");
      why.add((e.startsWith("after") ? "after " : "before ") + (colon < 0 ? e : e.substring(colon + 2)));
    }
    if (p.basis().has(org.dateline.model.Evidence.STORY_STATEMENTS)) why.add("statements reported by dated articles");
    if (p.basis().has(org.dateline.model.Evidence.STORY_REACH)) why.add("as near its story's dated articles as the story's other articles");
    return why.isEmpty() ? range : range + ": " + String.join(", ", why);
  }

  /** Timelines of every story with its speech only (direct, partial, indirect), biggest first. */
  public static List<Timeline> of(Linking linking, List<ArticleRecord> articles) {
    return of(linking, articles, false);
  }

  /**
   * Timelines of every story, biggest first (ties: earliest, then id); statements of every kind when {@code allKinds}
   * (stance, negated and asked speech too), else speech only.
   */
  public static List<Timeline> of(Linking linking, List<ArticleRecord> articles, boolean allKinds) {
    Map<String, ArticleRecord> bySource = new HashMap<>();
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      bySource.putIfAbsent(articles.get(i).source(), articles.get(i));
      position.putIfAbsent(articles.get(i).source(), i);
    }
    Map<String, String> names = new HashMap<>();
    for (Linking.GlobalPerson p : linking.people()) names.put(p.id(), p.name());
    Map<String, List<Linking.MergedStatement>> statementsOf = new HashMap<>();
    for (Linking.MergedStatement m : linking.statements())
      if (allKinds || speech(m.kind())) statementsOf.computeIfAbsent(m.storyId(), k -> new ArrayList<>()).add(m);
    List<Timeline> out = new ArrayList<>();
    for (Linking.Story s : linking.stories()) {
      List<Entry> entries = new ArrayList<>();
      List<Integer> order = new ArrayList<>();
      for (String src : s.articles()) {
        ArticleRecord r = bySource.get(src);
        if (r == null) continue;
        entries.add(entry(r.published(), "article", r.headline(), null, null, r.outlet(), src,
            r.outlet() == null ? List.of() : List.of(r.outlet()), null));
        order.add(position.get(src) * 10_000);
      }
      for (Linking.MergedStatement m : statementsOf.getOrDefault(s.id(), List.of())) {
        Linking.Variant first = m.variants().get(0);
        LinkedHashSet<String> outlets = new LinkedHashSet<>();
        for (Linking.Variant v : m.variants()) outlets.add(v.outlet() != null ? v.outlet() : v.source());
        String speaker = m.speakerId() == null ? null : names.get(m.speakerId());
        if (speaker == null && bySource.containsKey(first.source())) {
          var st = bySource.get(first.source()).statements();
          if (first.statementIndex() < st.size() && st.get(first.statementIndex()).speaker() != null)
            speaker = st.get(first.statementIndex()).speaker().mention();
        }
        // a statement without a day lies in its own range in the article that first carried it (docs/record.md)
        ArticleRecord carrier = bySource.get(first.source());
        org.dateline.model.Published when = m.date() != null ? org.dateline.model.Published.exact(m.date(),
            org.dateline.model.Basis.of(org.dateline.model.Evidence.NONE)) : carrier == null ? null : rangeOf(carrier, first.statementIndex());
        entries.add(entry(when, "statement", null, m.text(), speaker, m.firstOutlet(), first.source(), List.copyOf(outlets), m.id()));
        order.add(position.getOrDefault(first.source(), 0) * 10_000 + 1 + first.statementIndex());
      }
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) idx.add(i);
      idx.sort(Comparator.comparing((Integer i) -> entries.get(i).position(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(order::get));
      out.add(new Timeline(s.id(), s.label(), s.first(), s.last(), idx.stream().map(entries::get).toList()));
    }
    out.sort(Comparator.comparingInt((Timeline t) -> -t.entries().size())
        .thenComparing(Timeline::first, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Timeline::storyId));
    return out;
  }

  /** The range of statement {@code index} of {@code carrier} (its article's when it has none), with the article's basis. */
  private static org.dateline.model.Published rangeOf(ArticleRecord carrier, int index) {
    org.dateline.model.Published p = carrier.published();
    Statement st = index < carrier.statements().size() ? carrier.statements().get(index) : null;
    if (p == null || st == null || st.date() != null || (st.earliest() == null && st.latest() == null)) return p;
    return new org.dateline.model.Published(null, st.earliest(), st.latest(), p.basis(), st.candidates());
  }

  private static boolean speech(String kind) {
    for (Statement.Kind k : Statement.Kind.values()) if (k.json().equals(kind)) return k.speech();
    return true; // an unknown kind is shown rather than lost
  }
}
