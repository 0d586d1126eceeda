package org.dateline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.model.ArticleRecord;
import org.dateline.story.Linker;
import org.dateline.story.LinkingPass;

import static org.dateline.store.Sql.count;
import static org.dateline.store.Sql.exists;
import static org.dateline.store.Sql.meta;
import static org.dateline.store.Sql.parse;
import static org.dateline.store.Sql.setMeta;
import static org.dateline.store.Sql.sha256;
import static org.dateline.store.Sql.update;
import static org.dateline.store.Sql.version;
import static org.dateline.store.Sql.withSourceText;

/**
 * The record in one SQLite database. Writes go through one connection, one transaction per article; reads use a
 * small pool of connections that WAL lets run beside the writer. Thread-safe.
 */
public final class Store implements AutoCloseable {
  public static final String FILE = "dateline.db";
  private static final int READERS = 4;
  /** How long a write waits for another process's write transaction (one article, or a re-link's replace). */
  private static final int BUSY_MILLIS = 60_000;

  private final Path dir;
  private final Path file;
  private final Linker linker;
  private final Clock clock;
  private final Connection writer; // guarded by this
  private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
  private final Queries queries;
  private final AtomicLong generation = new AtomicLong();
  /** A connection only for {@code PRAGMA data_version}, which moves when another connection commits. */
  private final Connection watch; // guarded by itself
  private long dataVersion = -1; // guarded by watch

  /** What ingesting one article did. */
  public enum Outcome { ADDED, UNCHANGED, REPLACED }

  /**
   * Rows in the store, for summaries and tests. {@code statements} counts each article's own statements (one outlet's
   * version each); {@code merged} the statements once the same words from several articles are one, {@code rejected}
   * of those a correction hid.
   */
  public record Counts(int articles, int statements, int stories, int people, int merged, int rejected, int listed) {
    /**
     * "77 statements (84 versions in articles)", with the other kinds and the rejected when there are any: the one way
     * a summary says it. {@code listed} is what a reader sees by default: the speech not rejected, as search, story,
     * people and outlet pages and every export count it.
     */
    public String statementsLine() {
      int others = merged - rejected - listed;
      return "%d statements (%s%s%d versions in articles)".formatted(listed,
          others > 0 ? others + " more of other kinds (stance, asked, negated: kind=all); " : "",
          rejected > 0 ? rejected + " rejected not counted; " : "", statements);
    }
  }

  private Store(Path dir, Linker linker, Migrations migrations, Clock clock) throws SQLException {
    this.linker = linker;
    this.clock = clock;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + dir, e);
    }
    this.dir = dir;
    this.file = dir.resolve(FILE);
    this.writer = connect(false);
    migrations.migrate(writer);
    for (int i = 0; i < READERS; i++) readers.add(connect(true));
    this.watch = connect(true);
    this.queries = new Queries(this);
  }

  public static Store open(Path dir, Linker linker) {
    return open(dir, linker, Migrations.all(), Clock.systemUTC());
  }

  public static Store open(Path dir, Linker linker, Migrations migrations, Clock clock) {
    try {
      Store s = new Store(dir, linker, migrations, clock);
      // an ingest killed between its last article and its re-link leaves the flag set; an ingest still running
      // re-links itself when it ends, and a reader that re-linked beside it would only contend for the store
      if (s.needsRelink()) {
        try (WriterLock alone = WriterLock.tryExclusive(dir)) {
          if (alone != null) s.relink();
        }
      }
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
    p.setProperty("busy_timeout", String.valueOf(BUSY_MILLIS));
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
    try (var st = c.createStatement()) {
      st.execute("PRAGMA journal_mode=WAL");
      st.execute("PRAGMA foreign_keys=ON");
      st.execute("PRAGMA busy_timeout=" + BUSY_MILLIS);
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
    // writes by other processes (an ingest or a correction from the command line) count too
    synchronized (watch) {
      try (var st = watch.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
        long v = rs.next() ? rs.getLong(1) : -1;
        if (v != dataVersion) {
          dataVersion = v;
          generation.incrementAndGet();
        }
      } catch (SQLException e) {
        throw new StoreException("cannot read the store's data version: " + e.getMessage(), e);
      }
    }
    return generation.get();
  }

  /**
   * Holds the store as written by this run until closed (an ingest's): another process opening it meanwhile leaves
   * the re-link to this run instead of re-linking beside it.
   */
  public AutoCloseable writing() {
    return WriterLock.shared(dir);
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

  synchronized <T> T write(SqlWork<T> work) {
    try (var tx = writer.createStatement()) {
      // the write lock is taken when the transaction begins, waiting up to the busy timeout for another process's:
      // a transaction begun as a read cannot take it after another process's commit, and failed at once with
      // SQLITE_BUSY whatever the timeout
      tx.execute("BEGIN IMMEDIATE");
      try {
        T t = work.run(writer);
        // every write moves the version, so a re-link can tell whether the articles it linked are still all there
        update(writer, "INSERT INTO meta(key, value) VALUES ('version', '1') ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1");
        tx.execute("COMMIT");
        return t;
      } catch (SQLException | RuntimeException e) {
        try {
          tx.execute("ROLLBACK");
        } catch (SQLException ignored) {
          // the original failure matters more
        }
        throw e;
      }
    } catch (SQLException | RuntimeException e) {
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
    return ingest(record, sourceText, null);
  }

  /**
   * Adds one article as {@link #ingest(ArticleRecord, String)} does, with where its page was archived ("WARC file#
   * WARC-Record-ID", or null). An unchanged article that had no archive gets this one.
   */
  public Outcome ingest(ArticleRecord record, String sourceText, String archive) {
    String text = sourceText != null ? sourceText : record.sourceText();
    if (text == null) throw new IllegalArgumentException("article " + record.source() + " has no source text to store");
    String hash = sha256(text);
    return write(c -> {
      if (exists(c, "SELECT 1 FROM articles WHERE hash = ?", hash)) {
        if (archive != null) update(c, "UPDATE articles SET archive = ? WHERE hash = ? AND archive IS NULL", archive, hash);
        return Outcome.UNCHANGED;
      }
      boolean replaced = ArticleRows.insert(c, record, text, hash, archive);
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

  /** Where the article with this source was archived ("WARC file#WARC-Record-ID"), or null. */
  public String archiveOf(String source) {
    return read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT archive FROM articles WHERE source = ?")) {
        ps.setString(1, source);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getString(1) : null;
        }
      }
    });
  }

  public boolean needsRelink() {
    return read(c -> "1".equals(meta(c, "needs_relink")));
  }

  /** Every stored article as its record, with its source text, in ingest order. */
  public List<ArticleRecord> articles() {
    return read(Store::articles);
  }

  private static List<ArticleRecord> articles(Connection c) throws SQLException {
    List<ArticleRecord> out = new ArrayList<>();
    try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT record, source_text FROM article_texts ORDER BY article_id")) {
      while (rs.next()) out.add(withSourceText(parse(rs.getString(1)), rs.getString(2)));
    }
    return out;
  }

  /**
   * Re-derives stories, people, merged statements and story-refined article dates from all stored articles with the
   * one {@link LinkingPass} and replaces them in one transaction, then re-applies the user's corrections in the order they were made.
   */
  public synchronized void relink() {
    for (int attempt = 1; ; attempt++) {
      Snapshot snap = snapshot();
      LinkingPass.Linked linked = new LinkingPass(linker).link(snap.articles());
      // linking takes long, so it runs outside the write lock; when another process wrote meanwhile, this linking
      // misses its articles and is thrown away: the flag stays set and the linking runs again over the new set
      boolean done = write(c -> {
        if (version(c) != snap.version()) return false;
        new Derive(c, linked.articles(), linked.linking()).run();
        for (Logged k : Corrections.log(c)) Corrections.apply(c, k.correction());
        setMeta(c, "needs_relink", "0");
        return true;
      });
      if (done) return;
      if (attempt == RELINK_ATTEMPTS)
        throw new StoreException("the store changed during %d re-links in a row; it stays marked as needing one".formatted(attempt), null);
    }
  }

  private static final int RELINK_ATTEMPTS = 5;

  /** The stored articles and the store's version, read in one transaction. */
  private record Snapshot(long version, List<ArticleRecord> articles) {}

  private Snapshot snapshot() {
    return read(c -> {
      c.setAutoCommit(false);
      try {
        return new Snapshot(version(c), articles(c));
      } finally {
        c.commit();
        c.setAutoCommit(true);
      }
    });
  }

  /** Checks that the correction's ids exist, stores it and applies it at once. */
  public void correct(Correction k) {
    write(c -> {
      Corrections.check(c, k);
      Corrections.append(c, k, clock.instant().toString());
      Corrections.apply(c, k);
      return null;
    });
  }

  public List<Correction> corrections() {
    return read(c -> Corrections.log(c).stream().map(Logged::correction).toList());
  }

  /** A correction as the log holds it: its number (for {@link #undo}) and when it was made. */
  public record Logged(long id, Correction correction, String created) {}

  /** The correction log, oldest first. */
  public List<Logged> correctionLog() {
    return read(Corrections::log);
  }

  /**
   * Takes correction {@code id} out of the log and re-links, which re-applies the rest in order: the record is as if
   * that correction had never been made (a reject or an alias undone, a merge taken apart).
   */
  public synchronized Correction undo(long id) {
    Correction k = write(c -> {
      Correction found = Corrections.remove(c, id);
      // should the re-link below fail, the store stays marked and the next opening re-derives without it
      setMeta(c, "needs_relink", "1");
      return found;
    });
    relink();
    return k;
  }

  public Counts counts() {
    return read(c -> new Counts(count(c, "articles"), count(c, "statements"), count(c, "stories"), count(c, "people"),
        count(c, "merged"), count(c, "merged WHERE rejected = 1"), count(c, "merged m WHERE m.rejected = 0 AND " + Sql.SPEECH)));
  }

  public int schemaVersion() {
    return read(Migrations::version);
  }

  @Override
  public synchronized void close() {
    try {
      writer.close();
      for (Connection c : readers) c.close();
      synchronized (watch) {
        watch.close();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot close store: " + e.getMessage(), e);
    }
  }
}
