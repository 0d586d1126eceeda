package org.dateline.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Person;
import org.dateline.people.PersonIds;

/**
 * The corpus's people: mentions clustered by name key (full names by surname and agreeing given names, whatever
 * their roles; initials and bare surnames only into an unambiguous person whose roles do not disagree), each cluster
 * a {@link Linking.GlobalPerson} with an id from its most complete name. A bare surname its article does not settle
 * waits for its story ({@link #resolveBare}).
 */
final class PeopleClusters {
  private static final Set<String> GENERIC_ROLE_WORDS = Set.of("forme", "deput", "acting", "senio", "chief", "head");
  private final List<ArticleRecord> in;
  private final int n;
  final Map<String, Map<String, String>> globalIdOf = new HashMap<>(); // source -> article person id -> global id
  final List<Linking.GlobalPerson> people = new ArrayList<>();
  final Map<String, Linking.GlobalPerson> personById = new HashMap<>();

  PeopleClusters(Corpus corpus) {
    this.in = corpus.in;
    this.n = corpus.n;
  }

  private static final class Entry {
    final int article;
    final Person person;
    final Names.Name name;
    final Set<String> roles = new HashSet<>();

    Entry(int article, Person person, Names.Name name) {
      this.article = article;
      this.person = person;
      this.name = name;
      for (String r : person.roles()) roles.addAll(Words.stems(r));
      roles.removeAll(GENERIC_ROLE_WORDS);
    }
  }

  private static final class Cluster {
    final Person.Kind kind;
    final String group; // loose surname, or the organisation key
    String first; // readable given name, or an initial, or null
    final List<Entry> entries = new ArrayList<>();
    final Set<String> roles = new HashSet<>();
    final Set<Integer> articles = new HashSet<>();

    Cluster(Person.Kind kind, String group, String first) {
      this.kind = kind;
      this.group = group;
      this.first = first;
    }

    void add(Entry e) {
      entries.add(e);
      roles.addAll(e.roles);
      articles.add(e.article);
      if (e.name != null && e.name.first() != null && (first == null || first.length() == 1) && e.name.first().length() > 1)
        first = e.name.first();
    }

    boolean rolesDisagree(Entry e) {
      if (roles.isEmpty() || e.roles.isEmpty()) return false;
      for (String r : e.roles) if (roles.contains(r)) return false;
      return true;
    }
  }

  final List<Cluster> clusters = new ArrayList<>();
  final Map<String, List<Cluster>> bySurname = new HashMap<>();
  final Map<Integer, List<Cluster>> inArticle = new HashMap<>();
  final List<Entry> bare = new ArrayList<>(); // lone names no article settled: the story may

  /** Clusters every mention of the corpus and names the people. */
  void people() {
    List<Entry> full = new ArrayList<>(), initials = new ArrayList<>(), surnames = new ArrayList<>();
    Map<String, Cluster> orgs = new TreeMap<>();
    for (int a = 0; a < n; a++) {
      for (Person p : in.get(a).everyone()) {
        if (p.name() == null || p.name().isBlank()) continue;
        if (p.kind() != Person.Kind.PERSON) {
          String key = Names.fold(p.name()).replaceAll("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
          if (key.isEmpty()) continue;
          Person.Kind kind = p.kind() == null ? Person.Kind.ORGANISATION : p.kind();
          orgs.computeIfAbsent(kind.label() + "|" + key, k -> {
            Cluster c = new Cluster(kind, key, null);
            clusters.add(c);
            return c;
          }).add(new Entry(a, p, null));
          continue;
        }
        Names.Name name = Names.parse(p.name());
        if (name == null) continue;
        Entry e = new Entry(a, p, name);
        (name.surnameOnly() ? surnames : name.initialOnly() ? initials : full).add(e);
      }
    }
    Comparator<Entry> order = Comparator.comparing((Entry e) -> e.name.key()).thenComparingInt(e -> e.article);
    full.sort(order);
    initials.sort(order);
    surnames.sort(order);
    // full names: same surname and agreeing given names are one person, whatever their roles (roles change)
    for (Entry e : full) {
      List<Cluster> group = bySurname.computeIfAbsent(Names.loose(e.name.last()), k -> new ArrayList<>());
      Cluster target = null;
      for (Cluster c : group) if (Names.firstNamesAgree(c.first, e.name.first())) { target = c; break; }
      if (target == null) {
        target = new Cluster(Person.Kind.PERSON, Names.loose(e.name.last()), e.name.first());
        group.add(target);
        clusters.add(target);
      }
      target.add(e);
      inArticle.computeIfAbsent(e.article, k -> new ArrayList<>()).add(target);
    }
    // initials and bare surnames carry less: they join only an unambiguous person whose roles do not disagree
    for (List<Entry> weak : List.of(initials, surnames)) {
      for (Entry e : weak) {
        String loose = Names.loose(e.name.last());
        List<Cluster> group = bySurname.computeIfAbsent(loose, k -> new ArrayList<>());
        List<Cluster> fits = new ArrayList<>();
        for (Cluster c : group)
          if (c.first != null && Names.firstNamesAgree(c.first, e.name.first()) && !c.rolesDisagree(e)) fits.add(c);
        List<Cluster> here = fits.stream().filter(c -> c.articles.contains(e.article)).toList();
        if (e.name.surnameOnly()) {
          // a lone word may be the given name of someone in the same article ("Bryan" for Bryan Pagliano), spelt
          // as that article spells it: loosely, the river "Lenna" would be Lena Ostrova
          List<Cluster> byFirst = inArticle.getOrDefault(e.article, List.of()).stream()
              .filter(c -> givenNameIn(c, e.article, e.name.last())).distinct().toList();
          if (!byFirst.isEmpty() || !here.isEmpty()) {
            here = new ArrayList<>(here);
            here.addAll(byFirst);
            if (here.size() == 1) {
              here.get(0).add(e);
              continue;
            }
          }
        }
        // a bare surname waits for its story (resolveBare); an initial may use the whole corpus
        Cluster target = here.size() == 1 ? here.get(0)
            : here.isEmpty() && fits.size() == 1 && !e.name.surnameOnly() ? fits.get(0) : null;
        if (target == null && e.name.surnameOnly() && here.isEmpty()) bare.add(e);
        if (target == null) {
          // unresolved: all such mentions of one surname (or initial + surname) stand together
          String first = e.name.first();
          for (Cluster c : group) if (c.first == null ? first == null : c.first.equals(first) && c.first.length() == 1) target = c;
          if (target == null) {
            target = new Cluster(Person.Kind.PERSON, loose, first);
            group.add(target);
            clusters.add(target);
          }
        }
        target.add(e);
      }
    }
    buildPeople();
  }

  void buildPeople() {
    people.clear();
    personById.clear();
    globalIdOf.clear();
    Set<String> used = new HashSet<>();
    for (Cluster c : clusters) {
      if (c.entries.isEmpty()) continue;
      String base = c.kind == Person.Kind.PERSON ? PersonIds.of(Person.Kind.PERSON, idKey(c)) : PersonIds.of(c.kind, c.group);
      String id = base;
      for (int k = 2; !used.add(id); k++) id = base + "-" + k;
      people.add(globalPerson(id, c));
    }
    people.sort(Comparator.comparing(Linking.GlobalPerson::id));
    for (Linking.GlobalPerson g : people) personById.put(g.id(), g);
  }

  /**
   * A bare surname its own article does not settle joins the one person of that surname in its story, if there
   * is exactly one; across the whole corpus it would be a guess ("Kennedy" of a clan is not John F. Kennedy).
   */
  void resolveBare(int[] storyOf) {
    boolean moved = false;
    for (Entry e : bare) {
      Cluster from = null;
      for (Cluster c : bySurname.getOrDefault(Names.loose(e.name.last()), List.of())) if (c.entries.contains(e)) from = c;
      List<Cluster> fits = new ArrayList<>();
      for (Cluster c : bySurname.getOrDefault(Names.loose(e.name.last()), List.of())) {
        if (c.first == null || c.first.length() == 1 || c.rolesDisagree(e)) continue;
        if (inStory(c, e.article, storyOf)) fits.add(c);
      }
      // no one of that surname: the word may be a given name the article's NER cut off from its surname
      // ("Marek «the Pilot» Soll" read as "Marek" and "Soll"); it joins the one person of the story with that
      // given name whose surname the same article also names
      if (fits.isEmpty()) {
        Set<String> surnamesHere = new HashSet<>();
        for (Person p : in.get(e.article).everyone()) {
          Names.Name pn = p.kind() == Person.Kind.PERSON ? Names.parse(p.name()) : null;
          if (pn != null) surnamesHere.add(Names.loose(pn.last()));
        }
        for (Cluster c : clusters)
          if (c.kind == Person.Kind.PERSON && c.first != null && c.first.equals(e.name.last()) && surnamesHere.contains(c.group)
              && !c.rolesDisagree(e) && inStory(c, e.article, storyOf)) fits.add(c);
      }
      if (fits.size() != 1 || from == null) continue;
      from.entries.remove(e);
      fits.get(0).add(e);
      moved = true;
    }
    if (moved) buildPeople();
  }

  /** Whether the cluster has a mention in the article's story. */
  boolean inStory(Cluster c, int article, int[] storyOf) {
    for (int a : c.articles) if (storyOf[a] == storyOf[article]) return true;
    return false;
  }

  /** Whether one of the cluster's full names in that article has exactly this given name. */
  boolean givenNameIn(Cluster c, int article, String given) {
    for (Entry x : c.entries)
      if (x.article == article && x.name != null && !x.name.surnameOnly() && !x.name.initialOnly() && x.name.first().equals(given))
        return true;
    return false;
  }

  /** Smallest readable key among the most complete names: stable when more articles add more mentions. */
  String idKey(Cluster c) {
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Entry e : c.entries) {
      int rank = e.name.surnameOnly() ? 2 : e.name.initialOnly() ? 1 : 0;
      String k = e.name.key();
      if (rank < bestRank || (rank == bestRank && k.compareTo(best) < 0)) {
        best = k;
        bestRank = rank;
      }
    }
    return best;
  }

  Linking.GlobalPerson globalPerson(String id, Cluster c) {
    Map<String, Integer> nameCounts = new TreeMap<>();
    Set<String> aliases = new TreeSet<>(), roles = new TreeSet<>();
    Map<String, Linking.ArticlePerson> mentions = new LinkedHashMap<>();
    int bestRank = 3;
    for (Entry e : c.entries) {
      int rank = e.name == null ? 0 : e.name.surnameOnly() ? 2 : e.name.initialOnly() ? 1 : 0;
      if (rank < bestRank) {
        nameCounts.clear();
        bestRank = rank;
      }
      if (rank == bestRank) nameCounts.merge(e.person.name().trim(), 1, Integer::sum);
      aliases.add(e.person.name().trim());
      for (String alias : e.person.aliases()) {
        // an article may have folded a namesake into this person ("Ivana Trump" under "Donald Trump"): a full
        // alias whose given name disagrees is not this person's name
        Names.Name an = e.name == null ? null : Names.parse(alias);
        if (an != null && !an.surnameOnly() && !Names.firstNamesAgree(an.first(), e.name.first())) continue;
        aliases.add(alias);
      }
      roles.addAll(e.person.roles());
      String source = in.get(e.article).source();
      mentions.putIfAbsent(source + "\u0000" + e.person.id(), new Linking.ArticlePerson(source, e.person.id()));
      globalIdOf.computeIfAbsent(source, k -> new HashMap<>()).put(e.person.id(), id);
    }
    String name = nameCounts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    aliases.remove(name);
    List<Linking.ArticlePerson> ms = new ArrayList<>(mentions.values());
    return new Linking.GlobalPerson(id, name, c.kind, List.copyOf(aliases), List.copyOf(roles), ms);
  }

  String globalId(int article, String personId) {
    if (personId == null) return null;
    Map<String, String> m = globalIdOf.get(in.get(article).source());
    return m == null ? null : m.get(personId);
  }
}
