package org.dateline.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database to the newest schema: {@code schema_version} holds the number of the last script applied;
 * every later script runs in its own transaction with the version bump, so a crash mid-migration leaves the
 * previous version whole. Scripts are never edited once released: a change is a new script.
 */
public final class Migrations {
  /** The scripts in order; script {@code i} (0-based) takes the schema to version {@code i + 1}. */
  public static final List<String> SCRIPTS = List.of("V001__articles.sql", "V002__corrections.sql", "V003__search_indexes.sql",
      "V004__search_rows.sql", "V005__fetch.sql", "V006__statement_ranges.sql");

  private final List<String> scripts;

  public Migrations(List<String> scripts) {
    this.scripts = List.copyOf(scripts);
  }

  public static Migrations all() {
    return new Migrations(SCRIPTS);
  }

  public int latest() {
    return scripts.size();
  }

  /** Applies what is missing and returns the version reached. */
  public int migrate(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    }
    int current = version(c);
    if (current > scripts.size())
      throw new IllegalStateException("database schema version %d is newer than this program knows (%d): upgrade Dateline"
          .formatted(current, scripts.size()));
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      for (int v = current; v < scripts.size(); v++) {
        try (Statement st = c.createStatement()) {
          for (String sql : statements(read(scripts.get(v)))) st.execute(sql);
          st.execute("DELETE FROM schema_version");
          st.execute("INSERT INTO schema_version(version) VALUES (" + (v + 1) + ")");
          c.commit();
        } catch (SQLException e) {
          c.rollback();
          throw new SQLException("migration " + scripts.get(v) + " failed: " + e.getMessage(), e);
        }
      }
    } finally {
      c.setAutoCommit(auto);
    }
    return scripts.size();
  }

  public static int version(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static String read(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
      if (in == null) throw new IllegalStateException("missing migration script " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits a script on semicolons that end a line, keeping trigger bodies (BEGIN ... END;) whole. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean inTrigger = false;
    for (String line : script.split("\n")) {
      String t = line.strip();
      if (t.startsWith("--") || t.isEmpty()) continue;
      cur.append(line).append('\n');
      if (t.toUpperCase().startsWith("CREATE TRIGGER")) inTrigger = true;
      if (t.endsWith(";") && (!inTrigger || t.equalsIgnoreCase("END;"))) {
        out.add(cur.toString().strip());
        cur.setLength(0);
        inTrigger = false;
      }
    }
    if (!cur.toString().isBlank()) out.add(cur.toString().strip());
    return out;
  }
}
