package org.dateline.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Person;
import org.dateline.model.Statement;
import org.dateline.people.PersonIds;

/**
 * The standard {@link Linker}: near-duplicates by MinHash, people by name keys, stories by a single pass in date
 * order (each article joins the most similar open story or starts one, so a new article is linked the same way),
 * statements by speaker, time window and text similarity. Deterministic: the same input gives the same output, and
 * ids come from content (names, the earliest article's source), never from counters over the input.
 */
public final class StoryLinker implements Linker {

  /**
   * Thresholds. {@code nearDuplicate}: estimated Jaccard of 5-word shingles; {@code storySimilarity}: {@code StoryState.score} between
   * an article and a story; {@code storyGapDays}: days an article may lie outside a story's span and still join;
   * {@code statementWindowDays}: the most days between two reports of one utterance (when both are dated).
   */
  public record Settings(double nearDuplicate, double storySimilarity, int storyGapDays, int statementWindowDays) {
    public Settings {
      if (nearDuplicate <= 0 || nearDuplicate > 1) throw new IllegalArgumentException("nearDuplicate must be in (0, 1], was " + nearDuplicate);
      if (storySimilarity <= 0 || storySimilarity > 1) throw new IllegalArgumentException("storySimilarity must be in (0, 1], was " + storySimilarity);
      if (storyGapDays < 0) throw new IllegalArgumentException("storyGapDays must be at least 0, was " + storyGapDays);
      if (statementWindowDays < 0) throw new IllegalArgumentException("statementWindowDays must be at least 0, was " + statementWindowDays);
    }

    public static Settings standard() {
      return new Settings(0.8, 0.12, 21, 7);
    }
  }

  private final Settings settings;
  /** How many of a story's main actors an article must name to join it across a longer silence. */
  static final int MAIN_ACTORS = 2;
  /**
   * A label a reader understands: the main actors by surname and what the story is about, "Vetrov and Marren on
   * the Karsa Dam"; the story's most used topic word when it names no thing ("Brandt on the bridge").
   */
  static String label(List<String> actors, String subject, List<String> topic) {
    List<String> surnames = actors.stream().map(a -> {
      Names.Name n = Names.parse(a);
      return n == null ? a : a.substring(a.lastIndexOf(' ') + 1);
    }).toList();
    String who = String.join(" and ", surnames);
    String what = subject != null ? "the " + subject : topic.isEmpty() ? null : "the " + topic.get(0);
    if (who.isEmpty()) return what == null ? "" : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    return what == null ? who : who + " on " + what;
  }

  /** Two or three capitalised words inside a sentence (after a lower-case word or a comma): a thing's name. */
  private static final java.util.regex.Pattern SUBJECT = java.util.regex.Pattern.compile(
      "(?<=[\\p{Ll},] )(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2})\\b");
  /**
   * The longest silence a story's main actors carry it over: half a year, the span within which a story's dated
   * reports date its others ({@code time.StorySpan#STORY_NEAR_DAYS}).
   */
  static final int ACTORS_GAP_DAYS = org.dateline.time.StorySpan.STORY_NEAR_DAYS;

  public StoryLinker() {
    this(Settings.standard());
  }

  public StoryLinker(Settings settings) {
    if (settings == null) throw new IllegalArgumentException("settings must not be null");
    this.settings = settings;
  }

  @Override
  public Linking link(List<ArticleRecord> articles) {
    if (articles == null) throw new IllegalArgumentException("articles must not be null");
    return new Run(articles).link();
  }

  /**
   * The surname key two mentions of one person share, whatever the spelling of the given name, title or
   * diacritics ("Dr. Andrei Vetrov", "Vetrov" → "vetrov"); null when {@code name} is not a person's name. It is
   * the blocking key a distributed run groups people by before matching them pairwise with {@link #link}.
   */
  public static String surnameKey(String name) {
    Names.Name n = Names.parse(name);
    return n == null ? null : n.last();
  }

  /**
   * The date an article is sorted by: its day, else the earliest possible; or null. A latest bound alone is no
   * position in time: an undated article's range is open below and ends at the clock, and sorting it there would put
   * it after every dated article and make it look months away from its story. A dateline's month-day with its
   * weekday is a position, though, within a year cycle: such an article sorts by the latest day it may be, so a
   * story's agency pieces are linked in their order before the story's dated articles fix their year.
   */
  static LocalDate sortDate(ArticleRecord r) {
    var p = r.published();
    if (p == null) return null;
    if (p.date() == null && p.earliest() == null && !StoryDates.yearless(p).isEmpty()) return p.latest();
    return p.date() != null ? p.date() : p.earliest();
  }

  static LocalDate day(ArticleRecord r) {
    return r.published() == null ? null : r.published().date();
  }

  /** One linking run over one list; holds the working state so the linker itself stays stateless. */
  private final class Run {
    final List<ArticleRecord> in;
    final int n;
    final List<List<String>> tokens = new ArrayList<>();
    final int[] canonicalOf;
    final List<Linking.DuplicateSet> duplicates = new ArrayList<>();
    final Map<String, Map<String, String>> globalIdOf = new HashMap<>(); // source -> article person id -> global id
    final List<Linking.GlobalPerson> people = new ArrayList<>();
    final Map<String, Linking.GlobalPerson> personById = new HashMap<>();
    final int[] storyOf;
    final List<StoryState> stories = new ArrayList<>();

    Run(List<ArticleRecord> in) {
      this.in = in;
      this.n = in.size();
      this.canonicalOf = new int[n];
      this.storyOf = new int[n];
      for (ArticleRecord r : in) {
        List<String> t = Words.tokens(r.body());
        // when cleaning kept no body, the page's visible text still tells copies apart
        if (t.size() < 8 && r.sourceText() != null) t = Words.tokens(r.sourceText());
        tokens.add(t);
      }
    }

    Comparator<Integer> byDate() {
      return Comparator.comparing((Integer i) -> sortDate(in.get(i)), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(i -> i);
    }

    Linking link() {
      duplicates();
      people();
      stories();
      resolveBare();
      List<Linking.Story> st = new ArrayList<>();
      for (StoryState state : stories) st.add(story(state));
      List<Linking.MergedStatement> ms = statements(st);
      return new Linking(st, people, ms, duplicates);
    }

    // ---------------------------------------------------------------- duplicates

    void duplicates() {
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) parent[i] = i;
      Map<String, Integer> exact = new HashMap<>();
      Map<Long, List<Integer>> buckets = new HashMap<>();
      long[][] sigs = new long[n][];
      for (int i = 0; i < n; i++) {
        List<String> t = tokens.get(i);
        if (t.size() < 8) continue; // an empty or one-line body says nothing about being a copy
        Integer j = exact.putIfAbsent(String.join(" ", t), i);
        if (j != null) {
          union(parent, i, j);
          continue;
        }
        long[] sig = sigs[i] = MinHash.signature(t);
        if (sig == null) continue;
        Set<Integer> seen = new HashSet<>();
        for (int b = 0; b < MinHash.BANDS; b++) {
          List<Integer> bucket = buckets.computeIfAbsent(MinHash.band(sig, b), k -> new ArrayList<>(2));
          for (int k : bucket)
            if (seen.add(k) && find(parent, k) != find(parent, i) && MinHash.similarity(sig, sigs[k]) >= settings.nearDuplicate())
              union(parent, i, k);
          bucket.add(i);
        }
      }
      Map<Integer, List<Integer>> groups = new TreeMap<>();
      for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
      for (List<Integer> g : groups.values()) {
        g.sort(byDate());
        for (int i : g) canonicalOf[i] = g.get(0);
        if (g.size() > 1)
          duplicates.add(new Linking.DuplicateSet(in.get(g.get(0)).source(), g.stream().map(i -> in.get(i).source()).toList()));
      }
      duplicates.sort(Comparator.comparing(Linking.DuplicateSet::canonical));
    }

    // ---------------------------------------------------------------- people

    final class Entry {
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

    final class Cluster {
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

    void people() {
      List<Entry> full = new ArrayList<>(), initials = new ArrayList<>(), surnames = new ArrayList<>();
      Map<String, Cluster> orgs = new TreeMap<>();
      for (int a = 0; a < n; a++) {
        for (Person p : in.get(a).people()) {
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
    void resolveBare() {
      boolean moved = false;
      for (Entry e : bare) {
        Cluster from = null;
        for (Cluster c : bySurname.getOrDefault(Names.loose(e.name.last()), List.of())) if (c.entries.contains(e)) from = c;
        List<Cluster> fits = new ArrayList<>();
        for (Cluster c : bySurname.getOrDefault(Names.loose(e.name.last()), List.of())) {
          if (c.first == null || c.first.length() == 1 || c.rolesDisagree(e)) continue;
          if (inStory(c, e.article)) fits.add(c);
        }
        // no one of that surname: the word may be a given name the article's NER cut off from its surname
        // ("Marek «the Pilot» Soll" read as "Marek" and "Soll"); it joins the one person of the story with that
        // given name whose surname the same article also names
        if (fits.isEmpty()) {
          Set<String> surnamesHere = new HashSet<>();
          for (Person p : in.get(e.article).people()) {
            Names.Name pn = p.kind() == Person.Kind.PERSON ? Names.parse(p.name()) : null;
            if (pn != null) surnamesHere.add(Names.loose(pn.last()));
          }
          for (Cluster c : clusters)
            if (c.kind == Person.Kind.PERSON && c.first != null && c.first.equals(e.name.last()) && surnamesHere.contains(c.group)
                && !c.rolesDisagree(e) && inStory(c, e.article)) fits.add(c);
        }
        if (fits.size() != 1 || from == null) continue;
        from.entries.remove(e);
        fits.get(0).add(e);
        moved = true;
      }
      if (moved) buildPeople();
    }

    /** Whether the cluster has a mention in the article's story. */
    boolean inStory(Cluster c, int article) {
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

    // ---------------------------------------------------------------- stories

    final class StoryState {
      final int seed;
      final Map<String, Double> sum = new HashMap<>();
      double wordNorm2;
      LocalDate first, last;
      final List<Integer> members = new ArrayList<>();

      StoryState(int seed) {
        this.seed = seed;
      }

      /**
       * How well an article fits: its (idf-weighted) people, organisations and names, each counted by the share of
       * the story's articles that have it, blended with the cosine of its topic words against the story's. Names weigh
       * more: two articles about one event share actors and places even when their words differ. The share makes
       * this a comparison with the story's average article: counting a name as soon as any member has it let a big
       * story, which has met every minister and town, take whatever came near it in time.
       */
      double score(Map<String, Double> v) {
        double entAll = 0, entHit = 0, dot = 0;
        for (var e : v.entrySet()) {
          Double s = sum.get(e.getKey());
          if (e.getKey().startsWith("w:")) {
            if (s != null) dot += s * e.getValue();
          } else {
            entAll += e.getValue();
            // a name's weight is the same in every article, so the sum over members counts the articles having it
            if (s != null) entHit += e.getValue() * Math.min(1, s / (e.getValue() * members.size()));
          }
        }
        double cos = wordNorm2 <= 0 ? 0 : dot / Math.sqrt(wordNorm2);
        return entAll <= 0 ? cos : 0.6 * entHit / entAll + 0.4 * cos;
      }

      /**
       * How many of the article's people are the story's main actors: named (by full name) in at least half of the
       * story's articles.
       */
      int mainActorsShared(Map<String, Double> v) {
        int n = 0;
        for (var e : v.entrySet()) {
          if (!e.getKey().startsWith("p:")) continue;
          Double s = sum.get(e.getKey());
          if (s != null && s / (e.getValue() * members.size()) >= 0.5) n++;
        }
        return n;
      }

      void add(int article, Map<String, Double> v) {
        members.add(article);
        for (var e : v.entrySet()) {
          double old = sum.getOrDefault(e.getKey(), 0.0), now = old + e.getValue();
          sum.put(e.getKey(), now);
          if (e.getKey().startsWith("w:")) wordNorm2 += now * now - old * old;
        }
        // only a known day widens the span: a range says where the article may lie, not where the story went
        LocalDate d = day(in.get(article));
        if (d != null && (first == null || d.isBefore(first))) first = d;
        if (d != null && (last == null || d.isAfter(last))) last = d;
      }

      /**
       * Days between the article's possible dates {@code [lo, hi]} (either bound may be open) and this story's span:
       * 0 when they overlap, when the story has no dated article yet, or when the article has no bounds at all.
       */
      long gap(LocalDate lo, LocalDate hi) {
        if (first == null) return 0;
        if (hi != null && hi.isBefore(first)) return ChronoUnit.DAYS.between(hi, first);
        if (lo != null && lo.isAfter(last)) return ChronoUnit.DAYS.between(last, lo);
        return 0;
      }
    }

    /** The days an article may have been published: its day, else its range; null bounds are open. */
    LocalDate[] possibleDays(ArticleRecord r) {
      var p = r.published();
      if (p == null) return new LocalDate[2];
      if (p.date() != null) return new LocalDate[] {p.date(), p.date()};
      return new LocalDate[] {p.earliest(), p.latest()};
    }

    final Map<String, String> display = new HashMap<>(); // stem -> first word seen for it
    // per stem, articles writing it capitalised inside a sentence minus articles writing it in lower case: a stem
    // mostly capitalised is a name (an actor or a place), not a topic word ("Vetrov", but not "river" of "Lenna River")
    final Map<String, Integer> nameVotes = new HashMap<>();

    final Set<String> roleStems = new HashSet<>(); // "foreign minister", "spokesman": who the actors are, not what happened

    boolean isName(String stem) {
      return nameVotes.getOrDefault(stem, 0) > 0 || roleStems.contains(stem);
    }

    static boolean topical(String t) {
      return !Words.STOP.contains(t) && !DATE_WORDS.contains(t) && t.length() >= 4 && !Character.isDigit(t.charAt(0));
    }

    Map<String, Double> rawFeatures(int a) {
      ArticleRecord r = in.get(a);
      Map<String, Double> f = new HashMap<>();
      for (Person p : r.people()) {
        for (String role : p.roles()) {
          List<String> words = Words.tokens(role);
          if (words.size() <= 4) for (String t : words) roleStems.add(Words.stem(t)); // longer is a clause, not a title
        }
        String g = globalId(a, p.id());
        // a bare surname is not yet anyone: as a feature it would pull namesakes' articles into one story
        if (g == null || (p.kind() == Person.Kind.PERSON && Names.parse(p.name()) != null && Names.parse(p.name()).surnameOnly())) continue;
        f.put((g.startsWith("p-") ? "p:" : "o:") + g, 3.0);
      }
      if (r.dateline() != null && r.dateline().place() != null) f.put("e:" + Names.fold(r.dateline().place()), 1.5);
      Set<String> named = new HashSet<>();
      for (String w : capitalised(r.headline() == null ? r.body() : r.headline() + "\n\n" + r.body())) {
        f.putIfAbsent("e:" + w, 1.5);
        if (named.add(Words.stem(w))) nameVotes.merge(Words.stem(w), 1, Integer::sum);
      }
      for (String st : lowerCaseStems(r.body())) nameVotes.merge(st, -1, Integer::sum);
      Map<String, Integer> tf = new HashMap<>();
      String text = (r.headline() == null ? "" : r.headline() + " ") + (r.body() == null ? "" : r.body());
      for (String t : tokens.get(a)) {
        if (!topical(t)) continue;
        String s = Words.stem(t);
        tf.merge(s, 1, Integer::sum);
        display.putIfAbsent(s, t);
      }
      if (r.headline() != null)
        for (String t : Words.tokens(r.headline()))
          if (topical(t)) {
            tf.merge(Words.stem(t), 2, Integer::sum);
            display.putIfAbsent(Words.stem(t), t);
          }
      for (var e : tf.entrySet()) f.put("w:" + e.getKey(), 1 + Math.log(e.getValue()));
      return f;
    }

    void stories() {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < n; i++) if (canonicalOf[i] == i) order.add(i);
      order.sort(byDate());
      List<Map<String, Double>> raw = new ArrayList<>(n);
      for (int i = 0; i < n; i++) raw.add(null);
      Map<String, Integer> df = new HashMap<>();
      for (int a : order) {
        Map<String, Double> f = rawFeatures(a);
        raw.set(a, f);
        for (String k : f.keySet()) df.merge(k, 1, Integer::sum);
      }
      int docs = order.size();
      // in a large corpus a feature in a tenth of it names no story; it only makes candidate lists long
      int maxDf = docs > 200 ? docs / 10 : docs;
      Map<String, List<Integer>> index = new HashMap<>();
      for (int a : order) {
        Map<String, Double> f = raw.get(a);
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        List<Map.Entry<String, Double>> words = new ArrayList<>();
        for (var e : f.entrySet()) {
          int d = df.get(e.getKey());
          if (d > maxDf) continue;
          double w = e.getValue() * Math.log(1.0 + docs / (double) d);
          if (e.getKey().startsWith("w:")) words.add(Map.entry(e.getKey(), w));
          else v.put(e.getKey(), w);
        }
        // the article's topic is its 20 most telling words; the rest is noise that would pull stories together
        words.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (var e : words.subList(0, Math.min(20, words.size()))) {
          v.put(e.getKey(), e.getValue());
          norm += e.getValue() * e.getValue();
        }
        norm = Math.sqrt(norm);
        if (norm > 0) for (var e : v.entrySet()) if (e.getKey().startsWith("w:")) e.setValue(e.getValue() / norm);
        LocalDate[] d = possibleDays(in.get(a));
        Set<Integer> candidates = new TreeSet<>();
        for (String k : v.keySet()) {
          List<Integer> l = index.get(k);
          if (l != null) candidates.addAll(l);
        }
        int best = -1;
        double bestScore = 0;
        for (int s : candidates) {
          StoryState st = stories.get(s);
          long gap = st.gap(d[0], d[1]);
          // a story's main actors, two or more of them, carry it over a longer silence (a referendum called in
          // November, voted on in March): one shared name does not, nor do words alone
          int limit = gap > settings.storyGapDays() && st.mainActorsShared(v) >= MAIN_ACTORS ? ACTORS_GAP_DAYS : settings.storyGapDays();
          if (gap > limit) continue;
          double score = st.score(v) * (1 - gap / (2.0 * Math.max(1, limit)));
          if (score > bestScore) {
            bestScore = score;
            best = s;
          }
        }
        if (best < 0 || bestScore < settings.storySimilarity()) {
          best = stories.size();
          stories.add(new StoryState(a));
        }
        StoryState st = stories.get(best);
        st.add(a, v);
        storyOf[a] = best;
        for (String k : v.keySet()) {
          List<Integer> l = index.computeIfAbsent(k, x -> new ArrayList<>(2));
          if (l.isEmpty() || l.get(l.size() - 1) != best) l.add(best);
        }
      }
      for (int i = 0; i < n; i++) storyOf[i] = storyOf[canonicalOf[i]];
    }

    Linking.Story story(StoryState st) {
      Map<String, Integer> counts = new HashMap<>();
      for (int a : st.members) {
        Set<String> seen = new HashSet<>();
        for (Person p : in.get(a).people()) {
          String g = globalId(a, p.id());
          if (g != null && g.startsWith("p-") && seen.add(g)) counts.merge(g, 1, Integer::sum);
        }
      }
      List<String> ppl = counts.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey).toList();
      List<String> actors = ppl.stream().filter(id -> personById.get(id).name().trim().contains(" ")).limit(2)
          .map(id -> personById.get(id).name()).toList();
      // topic words: the words most of the story's articles use, names left to the actors; the summed weights only
      // break ties, since idf favours a word one article repeats over the story's common vocabulary
      Map<String, Integer> inArticles = new HashMap<>();
      for (int a : st.members) {
        Set<String> seen = new HashSet<>();
        for (String t : tokens.get(a)) if (topical(t) && !isName(Words.stem(t)) && seen.add(Words.stem(t))) inArticles.merge(Words.stem(t), 1, Integer::sum);
        if (in.get(a).headline() != null)
          for (String t : Words.tokens(in.get(a).headline())) if (topical(t) && !isName(Words.stem(t)) && seen.add(Words.stem(t))) inArticles.merge(Words.stem(t), 1, Integer::sum);
      }
      List<String> topic = inArticles.entrySet().stream()
          .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
              .thenComparing(e -> -st.sum.getOrDefault("w:" + e.getKey(), 0.0)).thenComparing(Map.Entry::getKey))
          .limit(3).map(e -> display.getOrDefault(e.getKey(), e.getKey())).toList();
      String label = label(actors, subject(st, ppl), topic);
      List<String> members = st.members.stream().map(i -> in.get(i).source()).toList();
      return new Linking.Story(storyId(st), label.isEmpty() ? "(untitled)" : label, st.first, st.last, members, ppl);
    }

    /**
     * What the story is about when it names it: the name of two or three capitalised words (not a person's or an
     * outlet's, inside a sentence) that most of its articles use, "Serrat Canal", "Karsa Dam"; null when no name is
     * used by at least half of them.
     */
    String subject(StoryState st, List<String> ppl) {
      Set<String> excluded = new HashSet<>();
      for (String id : ppl) {
        Names.Name n = Names.parse(personById.get(id).name());
        if (n != null) excluded.add(Names.fold(personById.get(id).name().substring(personById.get(id).name().lastIndexOf(' ') + 1)));
      }
      Map<String, Integer> count = new HashMap<>();
      Map<String, String> shown = new HashMap<>();
      for (int a : st.members) {
        ArticleRecord r = in.get(a);
        Set<String> seen = new HashSet<>();
        java.util.regex.Matcher m = SUBJECT.matcher(r.body() == null ? "" : r.body());
        while (m.find()) {
          String phrase = m.group(1).replaceAll("['’]s$", "");
          String key = Names.fold(phrase);
          if (Words.STOP.contains(key.substring(0, key.indexOf(' ')))) continue;
          if (r.outlet() != null && key.equals(Names.fold(r.outlet()))) continue;
          if (r.agency() != null && key.equals(Names.fold(r.agency()))) continue;
          if (java.util.Arrays.stream(key.split(" ")).anyMatch(excluded::contains)) continue;
          if (seen.add(key)) count.merge(key, 1, Integer::sum);
          shown.putIfAbsent(key, phrase);
        }
      }
      return count.entrySet().stream().filter(e -> e.getValue() * 2 >= st.members.size() && e.getValue() >= 2)
          .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .map(e -> shown.get(e.getKey())).orElse(null);
    }

    String storyId(StoryState st) {
      return "s-" + Words.shortHash(in.get(st.seed).source());
    }

    // ---------------------------------------------------------------- statements

    record Ref(int no, int article, int index, Statement s, String speaker, LocalDate date, List<String> tokens,
        Set<String> stems) {}

    List<Linking.MergedStatement> statements(List<Linking.Story> storyList) {
      Map<String, List<Ref>> buckets = new TreeMap<>();
      List<Ref> all = new ArrayList<>();
      // a copy's statements count once: the canonical article's first, then what only a copy carries
      Map<Integer, Set<List<String>>> seenInCopies = new HashMap<>();
      List<Integer> order = new ArrayList<>();
      for (int a = 0; a < n; a++) order.add(a);
      order.sort(Comparator.comparingInt((Integer a) -> canonicalOf[a] == a ? 0 : 1).thenComparing(a -> a));
      for (int a : order) {
        ArticleRecord r = in.get(a);
        Set<List<String>> seen = seenInCopies.computeIfAbsent(canonicalOf[a], k -> new HashSet<>());
        for (int i = 0; i < r.statements().size(); i++) {
          Statement s = r.statements().get(i);
          if (!seen.add(Words.tokens(s.text())) && canonicalOf[a] != a) continue;
          String speaker = s.speaker() == null ? null : globalId(a, s.speaker().id());
          LocalDate d = s.date() != null ? s.date() : day(r);
          Ref ref = new Ref(all.size(), a, i, s, speaker, d, Words.tokens(s.text()), Words.stems(s.text()));
          all.add(ref);
          buckets.computeIfAbsent(speaker != null ? speaker : "?" + storyOf[a], k -> new ArrayList<>()).add(ref);
        }
      }
      int[] parent = new int[all.size()];
      for (int i = 0; i < parent.length; i++) parent[i] = i;
      for (var bucket : buckets.entrySet()) {
        boolean anonymous = bucket.getKey().startsWith("?");
        Map<String, List<Ref>> index = new HashMap<>();
        for (Ref r : bucket.getValue()) {
          Map<Integer, Integer> shared = new TreeMap<>();
          for (String st : r.stems()) for (Ref o : index.getOrDefault(st, List.of())) shared.merge(o.no(), 1, Integer::sum);
          for (var e : shared.entrySet()) {
            Ref o = all.get(e.getKey());
            if (find(parent, o.no()) != find(parent, r.no()) && same(r, o, e.getValue(), anonymous)) union(parent, r.no(), o.no());
          }
          if (r.stems().isEmpty()) for (Ref o : bucket.getValue()) {
            if (o == r) break;
            if (same(r, o, 0, anonymous)) union(parent, r.no(), o.no());
          }
          for (String st : r.stems()) index.computeIfAbsent(st, k -> new ArrayList<>()).add(r);
        }
      }
      Map<Integer, List<Ref>> groups = new LinkedHashMap<>();
      for (Ref r : all) groups.computeIfAbsent(find(parent, r.no()), k -> new ArrayList<>()).add(r);
      Comparator<Ref> reported = Comparator.comparing(Ref::date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingInt(Ref::article).thenComparingInt(Ref::index);
      List<Linking.MergedStatement> out = new ArrayList<>();
      for (List<Ref> g : groups.values()) {
        g.sort(reported);
        Ref first = g.get(0);
        Ref fullest = g.stream().max(Comparator.comparingInt((Ref r) -> r.tokens().size())
            .thenComparing(reported.reversed())).orElseThrow();
        List<Linking.Variant> variants = g.stream().map(r -> new Linking.Variant(in.get(r.article()).source(), r.index(),
            in.get(r.article()).outlet(), r.s().text(), r.s().spans(), r.date())).toList();
        ArticleRecord fa = in.get(first.article());
        out.add(new Linking.MergedStatement("st-" + Words.shortHash(fa.source() + "#" + first.index()),
            storyList.get(storyOf[first.article()]).id(), first.speaker(), fullest.s().kind().json(), fullest.s().text(),
            first.date(), fa.outlet() != null ? fa.outlet() : fa.source(), variants));
      }
      return out;
    }

    /** One utterance? Within the time window: equal words, a fragment contained in the other, or a paraphrase. */
    boolean same(Ref a, Ref b, int sharedStems, boolean anonymous) {
      if (a.date() != null && b.date() != null
          && Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) > settings.statementWindowDays()) return false;
      if (a.tokens().equals(b.tokens())) return !a.tokens().isEmpty();
      Ref shorter = a.tokens().size() <= b.tokens().size() ? a : b, longer = shorter == a ? b : a;
      int minTokens = anonymous ? 6 : 4;
      if (shorter.tokens().size() >= minTokens) {
        Set<String> inLonger = new HashSet<>(longer.tokens());
        int hit = 0;
        for (String t : shorter.tokens()) if (inLonger.contains(t)) hit++;
        if (hit >= 0.9 * shorter.tokens().size()) return true;
      }
      // a paraphrase or another translation: only across articles and with a known speaker, since one speaker
      // says related things within one article
      if (anonymous || a.article() == b.article()) return false;
      int min = Math.min(a.stems().size(), b.stems().size());
      return sharedStems >= 4 && sharedStems >= 0.4 * min;
    }
  }

  // every story has days and months; they say when, not what about
  private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
      "october", "november", "december", "today", "yesterday", "week", "month");

  private static final Set<String> GENERIC_ROLE_WORDS = Set.of("forme", "deput", "acting", "senio", "chief", "head");

  private static int find(int[] p, int i) {
    while (p[i] != i) i = p[i] = p[p[i]];
    return i;
  }

  private static void union(int[] p, int a, int b) {
    int x = find(p, a), y = find(p, b);
    if (x != y) p[Math.max(x, y)] = Math.min(x, y);
  }

  /** Stems of the words a text writes in lower case. */
  static Set<String> lowerCaseStems(String text) {
    Set<String> out = new HashSet<>();
    if (text == null) return out;
    int i = 0, len = text.length();
    while (i < len) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < len && Character.isLetterOrDigit(text.charAt(i))) i++;
      if (!Character.isLowerCase(text.charAt(s))) continue;
      String w = text.substring(s, i);
      boolean ascii = true;
      for (int k = 0; k < w.length() && ascii; k++) ascii = w.charAt(k) < 128;
      out.add(Words.stem(ascii ? w.toLowerCase(java.util.Locale.ROOT) : Names.fold(w))); // folding is slow: only when needed
    }
    return out;
  }

  /** Capitalised words that are not sentence-initial: places, organisations and names the NER may have missed. */
  static Set<String> capitalised(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) return out;
    boolean sentenceStart = true;
    int i = 0, len = text.length();
    while (i < len) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int s = i;
        while (i < len && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) i++;
        if (Character.isUpperCase(c) && !sentenceStart && i - s > 2) {
          String w = Names.fold(text.substring(s, i));
          if (!Words.STOP.contains(w)) out.add(w);
        }
        sentenceStart = false;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '"' || c == '“' || c == ':') sentenceStart = true;
      i++;
    }
    return out;
  }
}
