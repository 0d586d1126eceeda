package org.dateline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.json.Json;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Person;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.story.Linker;
import org.dateline.story.Linking;

/**
 * The record in one SQLite database. Writes go through one connection, one transaction per article; reads use a
 * small pool of connections that WAL lets run beside the writer. Thread-safe.
 */
public final class Store implements AutoCloseable {
  public static final String FILE = "dateline.db";
  private static final ObjectMapper JSON = Json.mapper();
  private static final int READERS = 4;

  private final Path file;
  private final Linker linker;
  private final Clock clock;
  private final Connection writer; // guarded by this
  private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
  private final Queries queries;
  private final AtomicLong generation = new AtomicLong();

  /** What ingesting one article did. */
  public enum Outcome { ADDED, UNCHANGED, REPLACED }

  /** Rows in the store, for summaries and tests. */
  public record Counts(int articles, int statements, int stories, int people, int merged) {}

  private Store(Path dir, Linker linker, Migrations migrations, Clock clock) throws SQLException {
    this.linker = linker;
    this.clock = clock;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + dir, e);
    }
    this.file = dir.resolve(FILE);
    this.writer = connect(false);
    migrations.migrate(writer);
    writer.setAutoCommit(false);
    for (int i = 0; i < READERS; i++) readers.add(connect(true));
    this.queries = new Queries(this);
  }

  public static Store open(Path dir, Linker linker) {
    return open(dir, linker, Migrations.all(), Clock.systemUTC());
  }

  public static Store open(Path dir, Linker linker, Migrations migrations, Clock clock) {
    try {
      Store s = new Store(dir, linker, migrations, clock);
      // an ingest killed between its last article and its re-link leaves the flag set
      if (s.needsRelink()) s.relink();
      return s;
    } catch (SQLException e) {
      throw new StoreException("cannot open store in " + dir + ": " + e.getMessage(), e);
    }
  }

  private Connection connect(boolean readOnly) throws SQLException {
    Properties p = new Properties();
    p.setProperty("journal_mode", "WAL");
    p.setProperty("synchronous", "NORMAL");
    p.setProperty("foreign_keys", "true");
    p.setProperty("busy_timeout", "10000");
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
    try (var st = c.createStatement()) {
      st.execute("PRAGMA journal_mode=WAL");
      st.execute("PRAGMA foreign_keys=ON");
      st.execute("PRAGMA busy_timeout=10000");
    }
    if (readOnly) try (var st = c.createStatement()) {
      st.execute("PRAGMA query_only=ON");
      // searches touch pages all over a store of thousands of articles: map the file instead of copying pages
      // through a 2 MB cache per connection, and sort in memory
      st.execute("PRAGMA mmap_size=1073741824");
      st.execute("PRAGMA cache_size=-32768");
      st.execute("PRAGMA temp_store=MEMORY");
    }
    return c;
  }

  public Path file() {
    return file;
  }

  public Queries queries() {
    return queries;
  }

  /**
   * A number that changes after every write (ingest, re-link, correction), committed or not. An answer read while
   * the generation was {@code g} may be reused for as long as the generation is still {@code g}: read the generation
   * before the answer.
   */
  public long generation() {
    return generation.get();
  }

  /** Runs {@code work} on a pooled read connection. */
  <T> T read(SqlWork<T> work) {
    Connection c;
    try {
      c = readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted waiting for a connection", e);
    }
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(e.getMessage(), e);
    } finally {
      readers.add(c);
    }
  }

  interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  private synchronized <T> T write(SqlWork<T> work) {
    try {
      T t = work.run(writer);
      writer.commit();
      return t;
    } catch (SQLException | RuntimeException e) {
      try {
        writer.rollback();
      } catch (SQLException ignored) {
        // the original failure matters more
      }
      if (e instanceof RuntimeException r) throw r;
      throw new StoreException(e.getMessage(), e);
    } finally {
      // bumped after the commit, so whoever reads the new generation reads the new rows
      generation.incrementAndGet();
    }
  }

  /**
   * Adds one article in one transaction. {@code sourceText} is what the record's spans point into (for HTML the
   * record carries it; for plain text the caller passes the file content). The same source text again changes
   * nothing; a new text under a known source replaces the old article. The linked view is stale until
   * {@link #relink()}.
   */
  public Outcome ingest(ArticleRecord record, String sourceText) {
    String text = sourceText != null ? sourceText : record.sourceText();
    if (text == null) throw new IllegalArgumentException("article " + record.source() + " has no source text to store");
    String hash = sha256(text);
    return write(c -> {
      if (exists(c, "SELECT 1 FROM articles WHERE hash = ?", hash)) return Outcome.UNCHANGED;
      boolean replaced = false;
      try (PreparedStatement del = c.prepareStatement("DELETE FROM articles WHERE source = ?")) {
        del.setString(1, record.source());
        replaced = del.executeUpdate() > 0;
      }
      long id;
      try (PreparedStatement ins = c.prepareStatement("""
          INSERT INTO articles(source, hash, url, outlet, headline, published, earliest, latest, n_statements)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
        var pub = record.published();
        ins.setString(1, record.source());
        ins.setString(2, hash);
        ins.setString(3, record.url());
        ins.setString(4, record.outlet());
        ins.setString(5, record.headline());
        ins.setString(6, pub == null ? null : str(pub.date()));
        ins.setString(7, pub == null ? null : str(pub.earliest()));
        ins.setString(8, pub == null ? null : str(pub.latest()));
        ins.setInt(9, record.statements().size());
        ins.executeUpdate();
        id = lastId(c);
      }
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO article_texts(article_id, record, source_text) VALUES (?, ?, ?)")) {
        ins.setLong(1, id);
        ins.setString(2, json(withSourceText(record, null)));
        ins.setString(3, text);
        ins.executeUpdate();
      }
      try (PreparedStatement fts = c.prepareStatement("INSERT INTO articles_fts(rowid, headline, body) VALUES (?, ?, ?)")) {
        fts.setLong(1, id);
        fts.setString(2, record.headline());
        fts.setString(3, record.body());
        fts.executeUpdate();
      }
      try (PreparedStatement ins = c.prepareStatement("""
          INSERT INTO statements(article_id, idx, kind, text, speaker_pid, speaker_name, mention, date, spans)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
        List<Statement> sts = record.statements();
        for (int i = 0; i < sts.size(); i++) {
          Statement s = sts.get(i);
          ins.setLong(1, id);
          ins.setInt(2, i);
          ins.setString(3, s.kind().json());
          ins.setString(4, s.text());
          ins.setString(5, s.speaker() == null ? null : s.speaker().id());
          ins.setString(6, s.speaker() == null ? null : s.speaker().name());
          ins.setString(7, s.speaker() == null ? null : s.speaker().mention());
          ins.setString(8, str(s.date()));
          ins.setString(9, json(s.spans()));
          ins.addBatch();
        }
        ins.executeBatch();
      }
      setMeta(c, "needs_relink", "1");
      return replaced ? Outcome.REPLACED : Outcome.ADDED;
    });
  }

  /** Whether this exact source text is stored (under any source): ingesting it again would change nothing. */
  public boolean holds(String sourceText) {
    if (sourceText == null) return false;
    String hash = sha256(sourceText);
    return read(c -> exists(c, "SELECT 1 FROM articles WHERE hash = ?", hash));
  }

  public boolean needsRelink() {
    return read(c -> "1".equals(meta(c, "needs_relink")));
  }

  /** Every stored article as its record, with its source text, in ingest order. */
  public List<ArticleRecord> articles() {
    return read(c -> {
      List<ArticleRecord> out = new ArrayList<>();
      try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT record, source_text FROM article_texts ORDER BY article_id")) {
        while (rs.next()) out.add(withSourceText(parse(rs.getString(1)), rs.getString(2)));
      }
      return out;
    });
  }

  /**
   * Re-derives stories, people and merged statements from all stored articles and replaces them in one
   * transaction, then re-applies the user's corrections in the order they were made.
   */
  public synchronized void relink() {
    List<ArticleRecord> all = articles();
    Linking linking = linker.link(all);
    write(c -> {
      new Derive(c, all, linking).run();
      for (Correction k : corrections(c)) Corrections.apply(c, k);
      setMeta(c, "needs_relink", "0");
      return null;
    });
  }

  /** Checks that the correction's ids exist, stores it and applies it at once. */
  public void correct(Correction k) {
    write(c -> {
      Corrections.check(c, k);
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO corrections(kind, subject, object, created) VALUES (?, ?, ?, ?)")) {
        ins.setString(1, k.kind().label);
        ins.setString(2, k.subject());
        ins.setString(3, k.object());
        ins.setString(4, clock.instant().toString());
        ins.executeUpdate();
      }
      Corrections.apply(c, k);
      return null;
    });
  }

  public List<Correction> corrections() {
    return read(Store::corrections);
  }

  private static List<Correction> corrections(Connection c) throws SQLException {
    List<Correction> out = new ArrayList<>();
    try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT kind, subject, object FROM corrections ORDER BY id")) {
      while (rs.next()) out.add(new Correction(Correction.Kind.of(rs.getString(1)), rs.getString(2), rs.getString(3)));
    }
    return out;
  }

  public Counts counts() {
    return read(c -> new Counts(count(c, "articles"), count(c, "statements"), count(c, "stories"), count(c, "people"),
        count(c, "merged")));
  }

  public int schemaVersion() {
    return read(Migrations::version);
  }

  @Override
  public synchronized void close() {
    try {
      writer.close();
      for (Connection c : readers) c.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store: " + e.getMessage(), e);
    }
  }

  // --- helpers shared with Derive, Corrections and Queries ---

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

  private static String meta(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static void setMeta(Connection c, String key, String value) throws SQLException {
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

  private static ArticleRecord parse(String json) {
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
    for (Person p : r.people()) m.putIfAbsent(p.id(), p);
    return m;
  }

  static Map<String, Long> articleIds(Connection c) throws SQLException {
    Map<String, Long> m = new HashMap<>();
    try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT source, id FROM articles")) {
      while (rs.next()) m.put(rs.getString(1), rs.getLong(2));
    }
    return m;
  }
}
