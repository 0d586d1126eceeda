package org.dateline.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Person;

/** The linkers the program wires. */
public final class Linkers {
  private Linkers() {}

  /**
   * The baseline: people are one person when their per-article ids agree (ids are stable per canonical name);
   * articles sharing a person form one story; statements are not merged (each stands alone).
   */
  public static Linker standard() {
    return Linkers::byPersonId;
  }

  private static Linking byPersonId(List<ArticleRecord> articles) {
    Map<String, List<Linking.ArticlePerson>> mentions = new LinkedHashMap<>();
    Map<String, Person> first = new HashMap<>();
    Map<String, Set<String>> names = new HashMap<>(), roles = new HashMap<>();
    int[] parent = new int[articles.size()];
    for (int i = 0; i < parent.length; i++) parent[i] = i;
    Map<String, Integer> firstArticle = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      ArticleRecord r = articles.get(i);
      for (Person p : r.people()) {
        mentions.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(new Linking.ArticlePerson(r.source(), p.id()));
        first.putIfAbsent(p.id(), p);
        names.computeIfAbsent(p.id(), k -> new LinkedHashSet<>()).add(p.name());
        names.get(p.id()).addAll(p.aliases());
        roles.computeIfAbsent(p.id(), k -> new LinkedHashSet<>()).addAll(p.roles());
        // only speakers tie articles into a story: a name in passing is too weak a link
        boolean speaks = r.statements().stream().anyMatch(s -> s.speaker() != null && p.id().equals(s.speaker().id()));
        if (!speaks || !"person".equals(p.kind())) continue;
        Integer j = firstArticle.putIfAbsent(p.id(), i);
        if (j != null) union(parent, i, j);
      }
    }
    List<Linking.GlobalPerson> people = new ArrayList<>();
    for (var e : mentions.entrySet()) {
      Person p = first.get(e.getKey());
      List<String> aliases = names.get(e.getKey()).stream().filter(n -> !n.equals(p.name())).toList();
      people.add(new Linking.GlobalPerson(e.getKey(), p.name(), p.kind(), aliases, List.copyOf(roles.get(e.getKey())), e.getValue()));
    }
    Map<Integer, List<ArticleRecord>> groups = new LinkedHashMap<>();
    for (int i = 0; i < articles.size(); i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(articles.get(i));
    List<Linking.Story> stories = new ArrayList<>();
    for (List<ArticleRecord> g : groups.values()) {
      LocalDate lo = null, hi = null;
      ArticleRecord earliest = g.getFirst();
      Set<String> who = new LinkedHashSet<>();
      for (ArticleRecord r : g) {
        LocalDate d = r.published() == null ? null : r.published().date() != null ? r.published().date() : r.published().earliest();
        if (d != null && (lo == null || d.isBefore(lo))) {
          lo = d;
          earliest = r;
        }
        if (d != null && (hi == null || d.isAfter(hi))) hi = d;
        r.statements().forEach(s -> { if (s.speaker() != null && s.speaker().id() != null) who.add(s.speaker().id()); });
      }
      String id = "story-" + Integer.toHexString(g.stream().map(ArticleRecord::source).sorted().findFirst().orElse("").hashCode());
      stories.add(new Linking.Story(id, earliest.headline() == null ? earliest.source() : earliest.headline(), lo, hi,
          g.stream().map(ArticleRecord::source).toList(), List.copyOf(who)));
    }
    return new Linking(stories, people, List.of(), List.of());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
