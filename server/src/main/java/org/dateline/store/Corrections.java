package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Applies one correction to the derived tables. Applying is lenient (a correction whose ids a later re-link no
 * longer produces does nothing), checking before storing is strict (a new correction must name existing ids).
 */
final class Corrections {
  private Corrections() {}

  static void check(Connection c, Correction k) throws SQLException {
    switch (k.kind()) {
      case MERGE_PEOPLE -> {
        person(c, k.subject());
        person(c, k.object());
      }
      case SPLIT_PERSON -> {
        person(c, k.subject());
        if (!Sql.exists(c, "SELECT 1 FROM person_mentions WHERE person_id = ? AND lower(name) = ?", k.subject(), Derive.fold(k.object())))
          throw new IllegalArgumentException("person '%s' has no mention named '%s' to split off".formatted(k.subject(), k.object()));
      }
      case ALIAS -> person(c, k.subject());
      case REJECT -> {
        if (!Sql.exists(c, "SELECT 1 FROM merged WHERE id = ?", k.subject())) throw new NotFoundException("statement", k.subject());
      }
    }
  }

  private static void person(Connection c, String id) throws SQLException {
    if (!Sql.exists(c, "SELECT 1 FROM people WHERE id = ?", id)) throw new NotFoundException("person", id);
  }

  static void apply(Connection c, Correction k) throws SQLException {
    switch (k.kind()) {
      case MERGE_PEOPLE -> merge(c, k.subject(), k.object());
      case SPLIT_PERSON -> split(c, k.subject(), k.object());
      case ALIAS -> {
        if (Sql.exists(c, "SELECT 1 FROM people WHERE id = ?", k.subject()))
          Sql.update(c, "INSERT OR IGNORE INTO person_names(person_id, name, folded) VALUES (?, ?, ?)", k.subject(),
              k.object().strip(), Derive.fold(k.object()));
      }
      case REJECT -> Sql.update(c, "UPDATE merged SET rejected = 1 WHERE id = ?", k.subject());
    }
  }

  private static void merge(Connection c, String keep, String gone) throws SQLException {
    if (!Sql.exists(c, "SELECT 1 FROM people WHERE id = ?", keep) || !Sql.exists(c, "SELECT 1 FROM people WHERE id = ?", gone)) return;
    Sql.update(c, "UPDATE person_mentions SET person_id = ? WHERE person_id = ?", keep, gone);
    Sql.update(c, "INSERT OR IGNORE INTO person_names(person_id, name, folded) SELECT ?, name, folded FROM person_names WHERE person_id = ?", keep, gone);
    Sql.update(c, "DELETE FROM person_names WHERE person_id = ?", gone);
    Sql.update(c, "UPDATE merged SET speaker_id = ? WHERE speaker_id = ?", keep, gone);
    Sql.update(c, "DELETE FROM people WHERE id = ?", gone);
  }

  /** The mentions of {@code id} under {@code name} become the person {@code id~slug(name)}. */
  private static void split(Connection c, String id, String name) throws SQLException {
    String folded = Derive.fold(name);
    if (!Sql.exists(c, "SELECT 1 FROM person_mentions WHERE person_id = ? AND lower(name) = ?", id, folded)) return;
    String other = splitId(id, name);
    Sql.update(c, "INSERT OR IGNORE INTO people(id, name, kind, roles) SELECT ?, ?, kind, '[]' FROM people WHERE id = ?", other, name.strip(), id);
    Sql.update(c, "UPDATE person_mentions SET person_id = ? WHERE person_id = ? AND lower(name) = ?", other, id, folded);
    Sql.update(c, "INSERT OR IGNORE INTO person_names(person_id, name, folded) VALUES (?, ?, ?)", other, name.strip(), folded);
    Sql.update(c, "DELETE FROM person_names WHERE person_id = ? AND folded = ?", id, folded);
    Sql.update(c, """
        UPDATE merged SET speaker_id = ? WHERE speaker_id = ? AND id IN (
          SELECT v.merged_id FROM variants v JOIN statements s ON s.id = v.statement_id
          JOIN person_mentions pm ON pm.article_id = s.article_id AND pm.pid = s.speaker_pid WHERE pm.person_id = ?)""", other, id, other);
  }

  static String splitId(String id, String name) {
    return id + "~" + Derive.fold(name).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
  }

  /** Adds a checked correction to the end of the log. */
  static void append(Connection c, Correction k, String created) throws SQLException {
    Sql.update(c, "INSERT INTO corrections(kind, subject, object, created) VALUES (?, ?, ?, ?)", k.kind().label, k.subject(),
        k.object(), created);
  }

  /** Takes correction {@code id} out of the log and returns it. */
  static Correction remove(Connection c, long id) throws SQLException {
    Correction found = null;
    try (PreparedStatement ps = c.prepareStatement("SELECT kind, subject, object FROM corrections WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) found = new Correction(Correction.Kind.of(rs.getString(1)), rs.getString(2), rs.getString(3));
      }
    }
    if (found == null) throw new NotFoundException("correction", String.valueOf(id));
    Sql.update(c, "DELETE FROM corrections WHERE id = ?", id);
    return found;
  }

  /** The correction log, oldest first: the order a re-link applies them in. */
  static List<Store.Logged> log(Connection c) throws SQLException {
    List<Store.Logged> out = new ArrayList<>();
    try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, kind, subject, object, created FROM corrections ORDER BY id")) {
      while (rs.next())
        out.add(new Store.Logged(rs.getLong(1), new Correction(Correction.Kind.of(rs.getString(2)), rs.getString(3), rs.getString(4)), rs.getString(5)));
    }
    return out;
  }
}
