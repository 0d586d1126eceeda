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
import org.dateline.store.Views.ArticleStatement;
import org.dateline.store.Views.ArticleSummary;
import org.dateline.store.Views.ArticleView;
import org.dateline.store.Views.Page;
import org.dateline.store.Views.PersonPage;
import org.dateline.store.Views.PersonRef;
import org.dateline.store.Views.PersonView;
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
    return store.read(c -> search(c, q, null));
  }

  /**
   * A search counts its matches exactly up to this many (or to its page's end, when further): past it, the total
   * says "more than" ({@code totalExact} false). Counting every match of a common word cost ~10-20 ms per search;
   * stepping to the bound costs well under one.
   */
  public static final int EXACT_TOTAL = 1000;

  private Page<StatementView> search(Connection c, StatementQuery q, String speakerId) throws SQLException {
    StringBuilder where = new StringBuilder(" WHERE m.rejected = 0");
    List<Object> args = new ArrayList<>();
    String from = " FROM merged m";
    String order = " ORDER BY m.seq";
    boolean fewCandidates = speakerId != null || q.speaker() != null || q.story() != null;
    if (q.q() != null) {
      Optional<String> match = ftsQuery(q.q());
      if (match.isEmpty()) return new Page<>(List.of(), 0);
      // the match yields keys (seq * 4096 + version) in key order, so no join through variants and statements.
      if (fewCandidates) {
        // a speaker's or story's few candidates drive and are checked against the key set built once ('+' keeps
        // their index in front)
        where.append(" AND +m.seq IN (SELECT rowid >> 12 FROM merged_fts WHERE merged_fts MATCH ?)");
      } else {
        // the match drives, in key order, and the walk stops at the bound: no set of every match is built first.
        // Several versions of one statement may match: their rows are adjacent and counted once below.
        from = " FROM merged_fts f JOIN merged m ON m.seq = f.rowid >> 12";
        where.append(" AND merged_fts MATCH ?");
        order = " ORDER BY f.rowid";
      }
      args.add(match.get());
    }
    if (speakerId != null) {
      where.append(" AND m.speaker_id = ?");
      args.add(speakerId);
    }
    if (q.speaker() != null) {
      where.append(" AND m.speaker_id IN (SELECT person_id FROM person_names WHERE folded = ?)");
      args.add(Derive.fold(q.speaker()));
    }
    if (q.outlet() != null && q.q() == null && !fewCandidates && q.from() == null && q.to() == null) {
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
          SELECT a.id, a.source, a.outlet, a.headline, a.published, a.url FROM story_articles sa JOIN articles a ON a.id = sa.article_id
          WHERE sa.story_id = ? ORDER BY a.published IS NULL, a.published, a.id""", List.of(id))) {
        while (rs.next()) articles.add(new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), date(rs.getString(5)), rs.getString(6)));
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
    return store.read(c -> new PersonPage(person(c, id), search(c, StatementQuery.all(limit), id).items()));
  }

  public ArticleView article(long id) {
    return store.read(c -> {
      ArticleView head;
      try (ResultSet rs = query(c, "SELECT a.id, a.source, a.url, a.outlet, a.headline, a.published, t.source_text FROM articles a JOIN article_texts t ON t.article_id = a.id WHERE a.id = ?", List.of(id))) {
        if (!rs.next()) throw new NotFoundException("article", Long.toString(id));
        head = new ArticleView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            date(rs.getString(6)), rs.getString(7), List.of(), List.of());
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
      return new ArticleView(head.id(), head.source(), head.url(), head.outlet(), head.headline(), head.published(), head.text(), sts, stories);
    });
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
