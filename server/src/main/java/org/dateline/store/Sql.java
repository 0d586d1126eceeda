package org.dateline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.json.Json;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Person;
import org.dateline.model.Span;

/** The store's small SQL and JSON helpers, shared by the store, the derived tables, the corrections and the reads. */
final class Sql {
  private static final ObjectMapper JSON = Json.mapper();

  private Sql() {}

  /**
   * The condition on {@code merged m} every count of statements shares with the default lists: speech (direct,
   * partial, indirect), as a search without a kind shows, so a story's, a person's or an outlet's count is the number
   * of statements its link leads to.
   */
  static final String SPEECH = "m.kind IN (" + String.join(", ", StatementQuery.SPEECH.stream().map(k -> "'" + k + "'").toList()) + ")";


  static int count(Connection c, String table) throws SQLException {
    try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  static boolean exists(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
      return ps.executeUpdate();
    }
  }

  static long lastId(Connection c) throws SQLException {
    try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static long version(Connection c) throws SQLException {
    String v = meta(c, "version");
    return v == null ? 0 : Long.parseLong(v);
  }

  static String meta(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  static void setMeta(Connection c, String key, String value) throws SQLException {
    update(c, "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value);
  }

  static String str(LocalDate d) {
    return d == null ? null : d.toString();
  }

  static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  static List<Span> spans(String json) {
    try {
      return List.of(JSON.readValue(json, Span[].class));
    } catch (IOException e) {
      throw new IllegalStateException("bad spans in store: " + json, e);
    }
  }

  static List<String> strings(String json) {
    try {
      return json == null ? List.of() : List.of(JSON.readValue(json, String[].class));
    } catch (IOException e) {
      throw new IllegalStateException("bad list in store: " + json, e);
    }
  }

  /** A stored record as a JSON tree, for reads that need a few of its fields. */
  static com.fasterxml.jackson.databind.JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("bad record in store: " + e.getMessage(), e);
    }
  }

  static ArticleRecord parse(String json) {
    try {
      return JSON.readValue(json, ArticleRecord.class);
    } catch (IOException e) {
      throw new IllegalStateException("bad record in store: " + e.getMessage(), e);
    }
  }

  static ArticleRecord withSourceText(ArticleRecord r, String text) {
    return new ArticleRecord(r.source(), r.url(), r.outlet(), r.agency(), r.headline(), r.section(), r.byline(), r.dateline(),
        r.published(), r.body(), r.removed(), r.people(), r.statements(), r.times(), r.warnings(), text);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Per-article people of a record by their per-article id. */
  static Map<String, Person> peopleById(ArticleRecord r) {
    Map<String, Person> m = new LinkedHashMap<>();
    for (Person p : r.everyone()) m.putIfAbsent(p.id(), p);
    return m;
  }

  static Map<String, Long> articleIds(Connection c) throws SQLException {
    Map<String, Long> m = new HashMap<>();
    try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT source, id FROM articles")) {
      while (rs.next()) m.put(rs.getString(1), rs.getLong(2));
    }
    return m;
  }

  /**
   * Runs {@code sql} with {@code args} on the connection's prepared statement for it. Statements are kept per read
   * connection (a connection serves one request at a time) and reused: callers close the result set (which resets
   * the statement), never the statement. A search has a few dozen shapes, so the cache stays small.
   */
  static ResultSet query(Connection c, String sql, List<?> args) throws SQLException {
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

  static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }
}
