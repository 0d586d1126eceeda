package org.dateline.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.store.Views.Facet;
import org.dateline.store.Views.Facets;
import org.dateline.store.Views.Page;
import org.dateline.store.Views.PersonRef;
import org.dateline.store.Views.StatementView;
import org.dateline.store.Views.Variant;

import static org.dateline.store.Sql.date;
import static org.dateline.store.Sql.query;

/**
 * Statement search on one read connection: a page of statements by filters (in date order) or by words (ranked), the
 * facets of a search, and merged statements loaded by id with their variants. {@link Queries} is its public face.
 */
final class StatementSearch {
  private StatementSearch() {}

  /** A page of statements: {@code ranked} orders a search with words by how well they match, else by date. */
  static Page<StatementView> search(Connection c, StatementQuery q, String speakerId, boolean ranked) throws SQLException {
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
    kindFilter(q.kind(), where, args);
    if (q.from() != null) {
      where.append(" AND m.date >= ?");
      args.add(q.from().toString());
    }
    if (q.to() != null) {
      where.append(" AND m.date <= ?");
      args.add(q.to().toString());
    }
    // one walk in result order gives the page and the total, stopping one match past the bound
    int bound = Math.max(Queries.EXACT_TOTAL, q.offset() + q.limit());
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
  private static Page<StatementView> searchWords(Connection c, StatementQuery q, String speakerId, boolean ranked) throws SQLException {
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
    int bound = Math.max(Queries.EXACT_TOTAL, q.offset() + q.limit());
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
      return List.of(Sql.json(people), fts, Sql.json(outlets), headline);
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

  /** Statements of one kind; speech (direct, partial, indirect) when no kind is asked for; every kind for {@code all}. */
  private static void kindFilter(String kind, StringBuilder where, List<Object> args) {
    if ("all".equals(kind)) return;
    if (kind == null || "speech".equals(kind)) {
      where.append(" AND m.kind IN (?, ?, ?)");
      args.addAll(StatementQuery.SPEECH);
      return;
    }
    where.append(" AND m.kind = ?");
    args.add(kind);
  }

  /** Lower case without diacritics, as the full-text index folds words ({@code remove_diacritics}). */
  static String fold(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * What a search could be narrowed to, with counts: each facet counts the statements matching every filter but its
   * own (so the outlet list under "outlet=Nord Post" still offers the other outlets), the most frequent first.
   */
  static Facets facets(Connection c, StatementQuery q) throws SQLException {
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
            + f.where() + match + " GROUP BY 1, 2 ORDER BY n DESC, 2 LIMIT " + Queries.MAX_FACET, args)) {
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
  }

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
    if (!"kind".equals(skip)) kindFilter(q.kind(), where, args);
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
  static List<StatementView> load(Connection c, List<String> ids) throws SQLException {
    if (ids.isEmpty()) return List.of();
    // one array parameter instead of a list of marks: the statement text stays the same, so it is prepared once
    List<Object> idArray = List.of(Sql.json(ids));
    Map<String, List<Variant>> variants = new LinkedHashMap<>();
    try (ResultSet rs = query(c, """
        SELECT v.merged_id, s.id, a.id, a.source, a.outlet, a.url, a.published, s.text, s.spans, s.date, s.mention,
          coalesce(s.earliest, a.earliest), coalesce(s.latest, a.latest)
        FROM variants v JOIN statements s ON s.id = v.statement_id JOIN articles a ON a.id = s.article_id
        WHERE v.merged_id IN (SELECT value FROM json_each(?)) ORDER BY a.published IS NULL, a.published, a.id""", idArray)) {
      while (rs.next())
        variants.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Variant(rs.getLong(2), rs.getLong(3),
            rs.getString(4), rs.getString(5), rs.getString(6), date(rs.getString(7)), date(rs.getString(12)),
            date(rs.getString(13)), rs.getString(8),
            Sql.spans(rs.getString(9)), date(rs.getString(10)), rs.getString(11)));
    }
    Map<String, StatementView> byId = new LinkedHashMap<>();
    try (ResultSet rs = query(c, """
        SELECT m.id, m.story_id, m.speaker_id, p.name, p.roles, m.kind, m.text, m.date, m.first_outlet, m.rejected, p.kind
        FROM merged m LEFT JOIN people p ON p.id = m.speaker_id WHERE m.id IN (SELECT value FROM json_each(?))""", idArray)) {
      while (rs.next()) {
        String id = rs.getString(1);
        String text = rs.getString(7);
        List<Variant> vs = variants.getOrDefault(id, List.of()).stream().map(v -> v.slim(text)).toList();
        String speakerId = rs.getString(3);
        byId.put(id, new StatementView(id, rs.getString(2), speakerId == null ? null : new PersonRef(speakerId, rs.getString(4), rs.getString(11)),
            Sql.strings(rs.getString(5)), rs.getString(6), text, date(rs.getString(8)), rs.getString(9),
            vs.stream().map(Variant::outlet).filter(o -> o != null).distinct().toList(), vs, rs.getInt(10) != 0));
      }
    }
    List<StatementView> out = new ArrayList<>();
    for (String id : ids) if (byId.containsKey(id)) out.add(byId.get(id));
    return out;
  }
}
