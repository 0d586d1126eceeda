package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.store.Views.ArticleMeta;
import org.dateline.store.Views.ArticleStatement;
import org.dateline.store.Views.ArticleSummary;
import org.dateline.store.Views.ArticleView;
import org.dateline.store.Views.Bucket;
import org.dateline.store.Views.DateEvidence;
import org.dateline.store.Views.Facet;
import org.dateline.store.Views.Facets;
import org.dateline.store.Views.OutletPage;
import org.dateline.store.Views.OutletView;
import org.dateline.store.Views.Page;
import org.dateline.store.Views.PersonPage;
import org.dateline.store.Views.PersonRef;
import org.dateline.store.Views.PersonView;
import org.dateline.store.Views.Removed;
import org.dateline.store.Views.SpeakerCount;
import org.dateline.store.Views.StatementView;
import org.dateline.store.Views.StoryView;
import org.dateline.store.Views.Timeline;
import org.dateline.store.Views.Variant;

/** The reads behind the API and the exports. Rejected statements are left out of every list. */
public final class Queries {
  private final Store store;

  Queries(Store store) {
    this.store = store;
  }

  public Page<StatementView> statements(StatementQuery q) {
    return store.read(c -> search(c, q, null, true));
  }

  /**
   * A search counts its matches exactly up to this many (or to its page's end, when further): past it, the total
   * says "more than" ({@code totalExact} false). Counting every match of a common word cost ~10-20 ms per search;
   * stepping to the bound costs well under one.
   */
  public static final int EXACT_TOTAL = 1000;

  private Page<StatementView> search(Connection c, StatementQuery q, String speakerId) throws SQLException {
    return search(c, q, speakerId, false);
  }

  /** A page of statements: {@code ranked} orders a search with words by how well they match, else by date. */
  private Page<StatementView> search(Connection c, StatementQuery q, String speakerId, boolean ranked) throws SQLException {
    if (q.q() != null) return searchWords(c, q, speakerId, ranked);
    StringBuilder where = new StringBuilder(" WHERE m.rejected = 0");
    List<Object> args = new ArrayList<>();
    String from = " FROM merged m";
    String order = " ORDER BY m.seq";
    boolean fewCandidates = speakerId != null || q.speaker() != null || q.story() != null;
    if (speakerId != null) {
      where.append(" AND m.speaker_id = ?");
      args.add(speakerId);
    }
    if (q.speaker() != null) {
      where.append(" AND m.speaker_id IN (SELECT person_id FROM person_names WHERE folded = ?)");
      args.add(Derive.fold(q.speaker()));
    }
    if (q.outlet() != null && !fewCandidates && q.from() == null && q.to() == null) {
      // nothing narrower drives: the outlet's keys do, in order, so the walk stops at the bound
      from = " FROM merged_outlets o JOIN merged m ON m.seq = o.seq";
      where.append(" AND o.outlet = ?");
      order = " ORDER BY o.seq";
      args.add(q.outlet());
    } else if (q.outlet() != null) {
      where.append(" AND m.seq IN (SELECT seq FROM merged_outlets WHERE outlet = ?)");
      args.add(q.outlet());
    }
    if (q.story() != null) {
      where.append(" AND m.story_id = ?");
      args.add(q.story());
    }
    if (q.kind() != null) {
      where.append(" AND m.kind = ?");
      args.add(q.kind());
    }
    if (q.from() != null) {
      where.append(" AND m.date >= ?");
      args.add(q.from().toString());
    }
    if (q.to() != null) {
      where.append(" AND m.date <= ?");
      args.add(q.to().toString());
    }
    // one walk in result order gives the page and the total, stopping one match past the bound
    int bound = Math.max(EXACT_TOTAL, q.offset() + q.limit());
    int end = q.offset() + q.limit();
    List<String> ids = new ArrayList<>();
    int seen = 0;
    long last = Long.MIN_VALUE;
    try (ResultSet rs = query(c, "SELECT m.seq, m.id" + from + where + order, args)) {
      while (seen <= bound && rs.next()) {
        long seq = rs.getLong(1);
        if (seq == last) continue;
        last = seq;
        if (seen >= q.offset() && seen < end) ids.add(rs.getString(2));
        seen++;
      }
    }
    return seen > bound ? new Page<>(load(c, ids), bound, false) : new Page<>(load(c, ids), seen);
  }

  /**
   * A search with words, as a search box people know answers it: each word must occur in the statement (any outlet's
   * version), a name or alias of its speaker, an outlet that ran it or the headline of an article that ran it; the last
   * word may be the start of a word. Ranked: a word naming the speaker counts most (a surname finds what that person
   * said before what others said about them), then the statement's own words, then outlet and headline; ties in date
   * order.
   */
  private Page<StatementView> searchWords(Connection c, StatementQuery q, String speakerId, boolean ranked) throws SQLException {
    List<Word> words = words(c, q.q());
    if (words.isEmpty()) return new Page<>(List.of(), 0);
    Filter f = filter(q, speakerId, null);
    List<Object> args = new ArrayList<>();
    StringBuilder cols = new StringBuilder(), matched = new StringBuilder(), score = new StringBuilder("0");
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      cols.append(", CASE WHEN m.speaker_id IN (SELECT value FROM json_each(?)) THEN 8 ELSE 0 END")
          .append(" + CASE WHEN m.seq IN (SELECT rowid >> 12 FROM merged_fts WHERE merged_fts MATCH ?) THEN 4 ELSE 0 END")
          .append(" + CASE WHEN m.seq IN (SELECT seq FROM merged_outlets WHERE outlet IN (SELECT value FROM json_each(?))) THEN 2 ELSE 0 END")
          .append(" + CASE WHEN m.seq IN (").append(HEADLINE_SEQS).append(") THEN 1 ELSE 0 END AS w").append(i);
      args.addAll(w.args());
      matched.append(" AND w").append(i).append(" > 0");
      score.append(" + w").append(i);
    }
    args.addAll(f.args());
    // the first word's candidates drive (an index lookup per source), so no walk over every statement
    args.addAll(words.getFirst().args());
    String sql = "SELECT id FROM (SELECT m.id AS id, m.seq AS seq" + cols + " FROM merged m WHERE m.rejected = 0" + f.where()
        + WORD_MATCH + ") WHERE 1" + matched + (ranked ? " ORDER BY " + score + " DESC, seq" : " ORDER BY seq");
    int bound = Math.max(EXACT_TOTAL, q.offset() + q.limit());
    int end = q.offset() + q.limit();
    List<String> ids = new ArrayList<>();
    int seen = 0;
    try (ResultSet rs = query(c, sql, args)) {
      while (seen <= bound && rs.next()) {
        if (seen >= q.offset() && seen < end) ids.add(rs.getString(1));
        seen++;
      }
    }
    return seen > bound ? new Page<>(load(c, ids), bound, false) : new Page<>(load(c, ids), seen);
  }

  /** Keys of the statements reported by an article whose headline matches. */
  private static final String HEADLINE_SEQS = """
      SELECT hm.seq FROM articles_fts af JOIN statements hs ON hs.article_id = af.rowid
      JOIN variants hv ON hv.statement_id = hs.id JOIN merged hm ON hm.id = hv.merged_id WHERE articles_fts MATCH ?""";

  /** A word's condition on {@code merged m}: one of its four sources holds it (arguments: {@link Word#args()}). */
  private static final String WORD_MATCH = " " + """
       AND m.seq IN (SELECT seq FROM merged WHERE speaker_id IN (SELECT value FROM json_each(?))
       UNION SELECT rowid >> 12 FROM merged_fts WHERE merged_fts MATCH ?
       UNION SELECT seq FROM merged_outlets WHERE outlet IN (SELECT value FROM json_each(?))
       UNION\s""" + HEADLINE_SEQS + ")";

  /**
   * One word of a search and where it may match: the people with a name or alias holding it as a word (or the start
   * of one), the outlets likewise, and the full-text queries for statement text and headlines.
   */
  private record Word(String fts, String headline, List<String> people, List<String> outlets) {
    /** In the order every use above takes them: speakers, statement text, outlets, headlines. */
    List<Object> args() {
      return List.of(Store.json(people), fts, Store.json(outlets), headline);
    }
  }

  private static List<Word> words(Connection c, String text) throws SQLException {
    List<String> ws = new ArrayList<>();
    for (String w : fold(text).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) ws.add(w);
    List<Word> out = new ArrayList<>();
    for (int i = 0; i < ws.size(); i++) {
      String w = ws.get(i);
      boolean prefix = i == ws.size() - 1;
      String fts = '"' + w + '"' + (prefix ? "*" : "");
      List<String> people = new ArrayList<>();
      // LIKE narrows to names holding the letters; the word test is ours (LIKE knows no word boundaries)
      try (ResultSet rs = query(c, "SELECT DISTINCT person_id, folded FROM person_names WHERE folded LIKE ?", List.of("%" + w + "%"))) {
        while (rs.next()) if (hasWord(rs.getString(2), w, prefix)) people.add(rs.getString(1));
      }
      List<String> outlets = new ArrayList<>();
      try (ResultSet rs = query(c, "SELECT DISTINCT outlet FROM articles WHERE outlet LIKE ?", List.of("%" + w + "%"))) {
        while (rs.next()) if (hasWord(rs.getString(1), w, prefix)) outlets.add(rs.getString(1));
      }
      out.add(new Word(fts, "headline : " + fts, people, outlets));
    }
    return out;
  }

  /** Whether {@code name} holds {@code word} as a whole word (or, with {@code prefix}, as the start of one). */
  static boolean hasWord(String name, String word, boolean prefix) {
    for (String t : fold(name).split("[^\\p{L}\\p{N}]+"))
      if (prefix ? t.startsWith(word) : t.equals(word)) return true;
    return false;
  }

  /** Lower case without diacritics, as the full-text index folds words ({@code remove_diacritics}). */
  static String fold(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * What a search could be narrowed to, with counts: each facet counts the statements matching every filter but its
   * own (so the outlet list under "outlet=Nord Post" still offers the other outlets), the most frequent first.
   */
  public Facets facets(StatementQuery q) {
    return store.read(c -> {
      List<Word> words = q.q() == null ? List.of() : words(c, q.q());
      if (q.q() != null && words.isEmpty()) return new Facets(0, List.of(), List.of(), List.of(), List.of(), null, null);
      List<Object> wordArgs = new ArrayList<>();
      StringBuilder match = new StringBuilder();
      for (Word w : words) {
        match.append(WORD_MATCH);
        wordArgs.addAll(w.args());
      }
      class Counter {
        List<Facet> count(String select, String join, String skip) throws SQLException {
          Filter f = filter(q, null, skip);
          List<Object> args = new ArrayList<>(f.args());
          args.addAll(wordArgs);
          List<Facet> out = new ArrayList<>();
          try (ResultSet rs = query(c, "SELECT " + select + ", count(DISTINCT m.seq) AS n FROM merged m" + join + " WHERE m.rejected = 0"
              + f.where() + match + " GROUP BY 1, 2 ORDER BY n DESC, 2 LIMIT " + MAX_FACET, args)) {
            while (rs.next()) if (rs.getString(1) != null) out.add(new Facet(rs.getString(1), rs.getString(2), rs.getInt(3)));
          }
          return out;
        }
      }
      Counter k = new Counter();
      Filter all = filter(q, null, null);
      List<Object> args = new ArrayList<>(all.args());
      args.addAll(wordArgs);
      int total;
      LocalDate first, last;
      try (ResultSet rs = query(c, "SELECT count(*), min(m.date), max(m.date) FROM merged m WHERE m.rejected = 0" + all.where() + match, args)) {
        rs.next();
        total = rs.getInt(1);
        first = date(rs.getString(2));
        last = date(rs.getString(3));
      }
      return new Facets(total,
          k.count("m.kind, m.kind", "", "kind"),
          k.count("p.name, p.name", " JOIN people p ON p.id = m.speaker_id", "speaker"),
          k.count("o.outlet, o.outlet", " JOIN merged_outlets o ON o.seq = m.seq", "outlet"),
          k.count("m.story_id, coalesce(s.label, m.story_id)", " LEFT JOIN stories s ON s.id = m.story_id", "story"),
          first, last);
    });
  }

  /** The most values a facet lists. */
  public static final int MAX_FACET = 30;

  /**
   * A search's filters as conditions on {@code merged m} (each an index lookup or a key set), leaving out the one
   * named {@code skip}: a facet counts the values it would offer under every other filter.
   */
  private record Filter(String where, List<Object> args) {}

  private static Filter filter(StatementQuery q, String speakerId, String skip) {
    StringBuilder where = new StringBuilder();
    List<Object> args = new ArrayList<>();
    if (speakerId != null) {
      where.append(" AND m.speaker_id = ?");
      args.add(speakerId);
    }
    if (q.speaker() != null && !"speaker".equals(skip)) {
      where.append(" AND m.speaker_id IN (SELECT person_id FROM person_names WHERE folded = ?)");
      args.add(Derive.fold(q.speaker()));
    }
    if (q.outlet() != null && !"outlet".equals(skip)) {
      where.append(" AND m.seq IN (SELECT seq FROM merged_outlets WHERE outlet = ?)");
      args.add(q.outlet());
    }
    if (q.story() != null && !"story".equals(skip)) {
      where.append(" AND m.story_id = ?");
      args.add(q.story());
    }
    if (q.kind() != null && !"kind".equals(skip)) {
      where.append(" AND m.kind = ?");
      args.add(q.kind());
    }
    if (q.from() != null && !"date".equals(skip)) {
      where.append(" AND m.date >= ?");
      args.add(q.from().toString());
    }
    if (q.to() != null && !"date".equals(skip)) {
      where.append(" AND m.date <= ?");
      args.add(q.to().toString());
    }
    return new Filter(where.toString(), args);
  }

  /** The user's words as an FTS5 query: every word quoted (no operators reach FTS5), the last one a prefix. */
  static Optional<String> ftsQuery(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) words.add('"' + w + '"');
    if (words.isEmpty()) return Optional.empty();
    words.set(words.size() - 1, words.getLast() + "*");
    return Optional.of(String.join(" ", words));
  }

  /** Merged statements by id, in the given order, with their variants. */
  private List<StatementView> load(Connection c, List<String> ids) throws SQLException {
    if (ids.isEmpty()) return List.of();
    // one array parameter instead of a list of marks: the statement text stays the same, so it is prepared once
    List<Object> idArray = List.of(Store.json(ids));
    Map<String, List<Variant>> variants = new LinkedHashMap<>();
    try (ResultSet rs = query(c, """
        SELECT v.merged_id, s.id, a.id, a.source, a.outlet, a.url, a.published, s.text, s.spans, s.date, s.mention, a.earliest, a.latest
        FROM variants v JOIN statements s ON s.id = v.statement_id JOIN articles a ON a.id = s.article_id
        WHERE v.merged_id IN (SELECT value FROM json_each(?)) ORDER BY a.published IS NULL, a.published, a.id""", idArray)) {
      while (rs.next())
        variants.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Variant(rs.getLong(2), rs.getLong(3),
            rs.getString(4), rs.getString(5), rs.getString(6), date(rs.getString(7)), date(rs.getString(12)),
            date(rs.getString(13)), rs.getString(8),
            Store.spans(rs.getString(9)), date(rs.getString(10)), rs.getString(11)));
    }
    Map<String, StatementView> byId = new LinkedHashMap<>();
    try (ResultSet rs = query(c, """
        SELECT m.id, m.story_id, m.speaker_id, p.name, p.roles, m.kind, m.text, m.date, m.first_outlet, m.rejected
        FROM merged m LEFT JOIN people p ON p.id = m.speaker_id WHERE m.id IN (SELECT value FROM json_each(?))""", idArray)) {
      while (rs.next()) {
        String id = rs.getString(1);
        String text = rs.getString(7);
        List<Variant> vs = variants.getOrDefault(id, List.of()).stream().map(v -> v.slim(text)).toList();
        String speakerId = rs.getString(3);
        byId.put(id, new StatementView(id, rs.getString(2), speakerId == null ? null : new PersonRef(speakerId, rs.getString(4)),
            Store.strings(rs.getString(5)), rs.getString(6), text, date(rs.getString(8)), rs.getString(9),
            vs.stream().map(Variant::outlet).filter(o -> o != null).distinct().toList(), vs, rs.getInt(10) != 0));
      }
    }
    List<StatementView> out = new ArrayList<>();
    for (String id : ids) if (byId.containsKey(id)) out.add(byId.get(id));
    return out;
  }

  /** The headline and dates of the given articles, by id (ids not in the store are left out). */
  public Map<Long, ArticleMeta> articleMeta(java.util.Collection<Long> ids) {
    return store.read(c -> {
      Map<Long, ArticleMeta> out = new LinkedHashMap<>();
      if (ids.isEmpty()) return out;
      try (ResultSet rs = query(c, "SELECT id, headline, url, published, earliest, latest FROM articles WHERE id IN (SELECT value FROM json_each(?))",
          List.of(Store.json(ids)))) {
        while (rs.next())
          out.put(rs.getLong(1), new ArticleMeta(rs.getLong(1), rs.getString(2), rs.getString(3), date(rs.getString(4)),
              date(rs.getString(5)), date(rs.getString(6))));
      }
      return out;
    });
  }

  /** One statement with all its variants, rejected or not. */
  public StatementView statement(String id) {
    return store.read(c -> {
      List<StatementView> l = load(c, List.of(id));
      if (l.isEmpty()) throw new NotFoundException("statement", id);
      return l.getFirst();
    });
  }

  public List<StoryView> stories() {
    return store.read(c -> {
      List<StoryView> out = new ArrayList<>();
      try (var st = c.createStatement(); ResultSet rs = st.executeQuery(STORY_SQL + " ORDER BY s.first IS NULL, s.first, s.id")) {
        while (rs.next()) out.add(story(rs));
      }
      return out;
    });
  }

  private static final String STORY_SQL = """
      SELECT s.id, s.label, s.first, s.last,
        (SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id),
        (SELECT count(*) FROM merged m WHERE m.story_id = s.id AND m.rejected = 0)
      FROM stories s""";

  private static StoryView story(ResultSet rs) throws SQLException {
    return new StoryView(rs.getString(1), rs.getString(2), date(rs.getString(3)), date(rs.getString(4)), rs.getInt(5), rs.getInt(6));
  }

  public StoryView story(String id) {
    return store.read(c -> story(c, id));
  }

  private static StoryView story(Connection c, String id) throws SQLException {
    try (ResultSet rs = query(c, STORY_SQL + " WHERE s.id = ?", List.of(id))) {
      if (!rs.next()) throw new NotFoundException("story", id);
      return story(rs);
    }
  }

  /** A story's statements in date order, filtered by {@code q}'s speaker and outlet, with the facets to filter by. */
  public Timeline timeline(String id, StatementQuery q) {
    return store.read(c -> {
      StoryView s = story(c, id);
      Page<StatementView> page = search(c, q.withStory(id), null);
      List<PersonRef> speakers = new ArrayList<>();
      try (ResultSet rs = query(c, """
          SELECT DISTINCT p.id, p.name FROM merged m JOIN people p ON p.id = m.speaker_id
          WHERE m.story_id = ? AND m.rejected = 0 ORDER BY p.name""", List.of(id))) {
        while (rs.next()) speakers.add(new PersonRef(rs.getString(1), rs.getString(2)));
      }
      List<ArticleSummary> articles = new ArrayList<>();
      try (ResultSet rs = query(c, """
          SELECT a.id, a.source, a.outlet, a.headline, a.published, a.url, a.earliest, a.latest FROM story_articles sa
          JOIN articles a ON a.id = sa.article_id
          WHERE sa.story_id = ? ORDER BY coalesce(a.published, a.earliest) IS NULL, coalesce(a.published, a.earliest), a.id""", List.of(id))) {
        while (rs.next()) articles.add(new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), date(rs.getString(5)),
            rs.getString(6), date(rs.getString(7)), date(rs.getString(8))));
      }
      List<String> outlets = articles.stream().map(ArticleSummary::outlet).filter(o -> o != null).distinct().sorted().toList();
      return new Timeline(s, page.items(), page.total(), page.totalExact(), speakers, outlets, articles);
    });
  }

  public Page<PersonView> people(int limit, int offset) {
    return store.read(c -> {
      List<String> ids = new ArrayList<>();
      try (ResultSet rs = query(c, "SELECT id FROM people ORDER BY name, id LIMIT ? OFFSET ?", List.of(limit, offset))) {
        while (rs.next()) ids.add(rs.getString(1));
      }
      List<PersonView> out = new ArrayList<>();
      for (String id : ids) out.add(person(c, id));
      return new Page<>(out, Store.count(c, "people"));
    });
  }

  private static PersonView person(Connection c, String id) throws SQLException {
    String name, kind, roles;
    try (ResultSet rs = query(c, "SELECT name, kind, roles FROM people WHERE id = ?", List.of(id))) {
      if (!rs.next()) throw new NotFoundException("person", id);
      name = rs.getString(1);
      kind = rs.getString(2);
      roles = rs.getString(3);
    }
    List<String> names = new ArrayList<>();
    try (ResultSet rs = query(c, "SELECT name FROM person_names WHERE person_id = ? ORDER BY name", List.of(id))) {
      while (rs.next()) names.add(rs.getString(1));
    }
    int n;
    try (ResultSet rs = query(c, "SELECT count(*) FROM merged WHERE speaker_id = ? AND rejected = 0", List.of(id))) {
      n = rs.next() ? rs.getInt(1) : 0;
    }
    return new PersonView(id, name, kind, names, Store.strings(roles), n);
  }

  /** A person and their statements over time (the first {@code limit}). */
  public PersonPage person(String id, int limit) {
    return store.read(c -> {
      PersonView p = person(c, id);
      Map<LocalDate, Integer> weeks = new java.util.TreeMap<>();
      int undated = 0;
      try (ResultSet rs = query(c, "SELECT date FROM merged WHERE speaker_id = ? AND rejected = 0", List.of(id))) {
        while (rs.next()) {
          LocalDate d = date(rs.getString(1));
          if (d == null) undated++;
          else weeks.merge(d.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)), 1, Integer::sum);
        }
      }
      List<String> outlets = new ArrayList<>();
      try (ResultSet rs = query(c, """
          SELECT mo.outlet FROM merged m JOIN merged_outlets mo ON mo.seq = m.seq WHERE m.speaker_id = ? AND m.rejected = 0
          GROUP BY mo.outlet ORDER BY count(*) DESC, mo.outlet""", List.of(id))) {
        while (rs.next()) outlets.add(rs.getString(1));
      }
      return new PersonPage(p, search(c, StatementQuery.all(limit), id).items(),
          weeks.entrySet().stream().map(e -> new Bucket(e.getKey(), e.getValue())).toList(), undated, outlets);
    });
  }

  private static final String OUTLET_SQL = """
      SELECT a.outlet, count(*), min(a.published), max(a.published),
        (SELECT count(*) FROM merged_outlets mo JOIN merged m ON m.seq = mo.seq WHERE mo.outlet = a.outlet AND m.rejected = 0)
      FROM articles a WHERE a.outlet IS NOT NULL""";

  /** Every named outlet, most articles first. */
  public List<OutletView> outlets() {
    return store.read(c -> {
      List<OutletView> out = new ArrayList<>();
      try (ResultSet rs = query(c, OUTLET_SQL + " GROUP BY a.outlet ORDER BY count(*) DESC, a.outlet", List.of())) {
        while (rs.next()) out.add(outlet(rs));
      }
      return out;
    });
  }

  /** One outlet: its articles (newest first) and who it quoted most. */
  public OutletPage outlet(String name) {
    return store.read(c -> {
      OutletView o;
      try (ResultSet rs = query(c, OUTLET_SQL + " AND a.outlet = ? GROUP BY a.outlet", List.of(name))) {
        if (!rs.next()) throw new NotFoundException("outlet", name);
        o = outlet(rs);
      }
      List<ArticleSummary> articles = new ArrayList<>();
      try (ResultSet rs = query(c, """
          SELECT id, source, outlet, headline, published, url, earliest, latest FROM articles WHERE outlet = ?
          ORDER BY published IS NULL, published DESC, id""", List.of(name))) {
        while (rs.next()) articles.add(new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), date(rs.getString(5)),
            rs.getString(6), date(rs.getString(7)), date(rs.getString(8))));
      }
      List<SpeakerCount> speakers = new ArrayList<>();
      try (ResultSet rs = query(c, """
          SELECT p.id, p.name, count(*) FROM merged_outlets mo JOIN merged m ON m.seq = mo.seq JOIN people p ON p.id = m.speaker_id
          WHERE mo.outlet = ? AND m.rejected = 0 GROUP BY p.id ORDER BY count(*) DESC, p.name LIMIT ?""", List.of(name, MAX_FACET))) {
        while (rs.next()) speakers.add(new SpeakerCount(rs.getString(1), rs.getString(2), rs.getInt(3)));
      }
      return new OutletPage(o, articles, speakers);
    });
  }

  private static OutletView outlet(ResultSet rs) throws SQLException {
    return new OutletView(rs.getString(1), rs.getInt(2), rs.getInt(5), date(rs.getString(3)), date(rs.getString(4)));
  }

  public ArticleView article(long id) {
    return store.read(c -> {
      ArticleView head;
      DateEvidence evidence;
      List<Removed> removed = new ArrayList<>();
      try (ResultSet rs = query(c, """
          SELECT a.id, a.source, a.url, a.outlet, a.headline, a.published, t.source_text, a.earliest, a.latest, t.record
          FROM articles a JOIN article_texts t ON t.article_id = a.id WHERE a.id = ?""", List.of(id))) {
        if (!rs.next()) throw new NotFoundException("article", Long.toString(id));
        head = new ArticleView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            date(rs.getString(6)), rs.getString(7), List.of(), List.of(), date(rs.getString(8)), date(rs.getString(9)), null, false, List.of());
        // the record as the pipeline wrote it: the article's own date evidence and the chrome it removed
        com.fasterxml.jackson.databind.JsonNode record = Store.tree(rs.getString(10));
        evidence = evidence(record.path("published"));
        for (com.fasterxml.jackson.databind.JsonNode r : record.path("removed"))
          removed.add(new Removed(r.path("text").asText(""), r.path("reason").asText("other")));
      }
      List<ArticleStatement> sts = new ArrayList<>();
      try (ResultSet rs = query(c, """
          SELECT s.id, v.merged_id, s.kind, s.text, s.spans, coalesce(p.name, s.speaker_name)
          FROM statements s LEFT JOIN variants v ON v.statement_id = s.id LEFT JOIN merged m ON m.id = v.merged_id
          LEFT JOIN people p ON p.id = m.speaker_id WHERE s.article_id = ? ORDER BY s.idx""", List.of(id))) {
        while (rs.next()) sts.add(new ArticleStatement(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), Store.spans(rs.getString(5)), rs.getString(6)));
      }
      List<String> stories = new ArrayList<>();
      try (ResultSet rs = query(c, "SELECT story_id FROM story_articles WHERE article_id = ? ORDER BY story_id", List.of(id))) {
        while (rs.next()) stories.add(rs.getString(1));
      }
      boolean refined = !java.util.Objects.equals(head.published(), evidence.date()) || !java.util.Objects.equals(head.earliest(), evidence.earliest())
          || !java.util.Objects.equals(head.latest(), evidence.latest());
      return new ArticleView(head.id(), head.source(), head.url(), head.outlet(), head.headline(), head.published(), head.text(), sts, stories,
          head.earliest(), head.latest(), evidence, refined, removed);
    });
  }

  private static DateEvidence evidence(com.fasterxml.jackson.databind.JsonNode p) {
    List<LocalDate> candidates = new ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode d : p.path("candidates")) candidates.add(LocalDate.parse(d.asText()));
    String basis = p.path("basis").asText("none");
    return new DateEvidence(day(p.path("date")), day(p.path("earliest")), day(p.path("latest")),
        List.of(basis.isBlank() ? new String[] {"none"} : basis.split("\\+")), candidates);
  }

  private static LocalDate day(com.fasterxml.jackson.databind.JsonNode n) {
    return n.isTextual() ? LocalDate.parse(n.asText()) : null;
  }

  /**
   * Runs {@code sql} with {@code args} on the connection's prepared statement for it. Statements are kept per read
   * connection (a connection serves one request at a time) and reused: callers close the result set (which resets
   * the statement), never the statement. A search has a few dozen shapes, so the cache stays small.
   */
  private static ResultSet query(Connection c, String sql, List<?> args) throws SQLException {
    Map<String, PreparedStatement> mine = PREPARED.computeIfAbsent(c, k -> new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
        if (size() <= MAX_PREPARED) return false;
        try {
          eldest.getValue().close();
        } catch (SQLException ignored) {
          // a statement that cannot close is dropped all the same
        }
        return true;
      }
    });
    PreparedStatement ps = mine.get(sql);
    if (ps == null || ps.isClosed()) mine.put(sql, ps = c.prepareStatement(sql));
    ps.clearParameters();
    for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
    return ps.executeQuery();
  }

  private static final int MAX_PREPARED = 128;
  private static final Map<Connection, Map<String, PreparedStatement>> PREPARED =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }
}
