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
 * One story in date order: its articles (the events as reported) and its merged statements. Entries without a
 * known day come last. Built from a {@link Linking} and the records it was made from; rendered by
 * {@link TimelineFormat}.
 */
public record Timeline(String storyId, String label, LocalDate first, LocalDate last, List<Entry> entries) {
  public Timeline {
    entries = List.copyOf(entries);
  }

  /**
   * An article ({@code kind} "article": headline, outlet) or a statement ({@code kind} "statement": speaker, text,
   * every outlet that carried it, first one first). {@code date} is null when no day is known.
   */
  public record Entry(LocalDate date, String kind, String headline, String text, String speaker, String outlet,
      String source, List<String> outlets, String statementId) {
    public Entry {
      outlets = List.copyOf(outlets);
    }
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
        entries.add(new Entry(r.published() == null ? null : r.published().date(), "article", r.headline(), null, null,
            r.outlet(), src, r.outlet() == null ? List.of() : List.of(r.outlet()), null));
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
        entries.add(new Entry(m.date(), "statement", null, m.text(), speaker, m.firstOutlet(), first.source(),
            List.copyOf(outlets), m.id()));
        order.add(position.getOrDefault(first.source(), 0) * 10_000 + 1 + first.statementIndex());
      }
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) idx.add(i);
      idx.sort(Comparator.comparing((Integer i) -> entries.get(i).date(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(order::get));
      out.add(new Timeline(s.id(), s.label(), s.first(), s.last(), idx.stream().map(entries::get).toList()));
    }
    out.sort(Comparator.comparingInt((Timeline t) -> -t.entries().size())
        .thenComparing(Timeline::first, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Timeline::storyId));
    return out;
  }

  private static boolean speech(String kind) {
    for (Statement.Kind k : Statement.Kind.values()) if (k.json().equals(kind)) return k.speech();
    return true; // an unknown kind is shown rather than lost
  }
}
