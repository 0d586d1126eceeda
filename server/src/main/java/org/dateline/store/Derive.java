package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Person;
import org.dateline.model.Statement;
import org.dateline.story.Linking;

/**
 * Writes one {@link org.dateline.story.LinkingPass.Linked} (the refined articles and their linking) into the derived
 * tables and the articles' date columns, replacing what was there. Whatever the linker left out still
 * shows: a per-article person no global person claims becomes one (grouped by per-article id, which is stable per
 * canonical name), a statement no merged statement claims becomes a merged statement of its own.
 */
final class Derive {
  private final Connection c;
  private final List<ArticleRecord> articles;
  private final Linking linking;
  private final Map<String, Long> articleIds;
  private final Map<String, ArticleRecord> bySource = new HashMap<>();
  private final Map<String, String> personOf = new HashMap<>(); // articleId + "\0" + pid -> global id
  private final Map<Long, String> storyOf = new HashMap<>(); // article id -> first story

  Derive(Connection c, List<ArticleRecord> articles, Linking linking) throws SQLException {
    this.c = c;
    this.articles = articles;
    this.linking = linking;
    this.articleIds = Sql.articleIds(c);
    for (ArticleRecord r : articles) bySource.put(r.source(), r);
  }

  void run() throws SQLException {
    for (String t : List.of("stories", "story_articles", "people", "person_names", "person_mentions", "merged", "variants", "merged_outlets"))
      Sql.update(c, "DELETE FROM " + t);
    dates();
    stories();
    people();
    statements();
    // the search's key-ordered indexes (see V004__search_rows.sql), from the rows just written
    Sql.update(c, "INSERT INTO merged_fts(merged_fts) VALUES ('delete-all')");
    Sql.update(c, """
        INSERT INTO merged_fts(rowid, text)
        SELECT seq * 4096 + k, text FROM (
          SELECT m.seq AS seq, row_number() OVER (PARTITION BY m.seq ORDER BY s.id) - 1 AS k, s.text AS text
          FROM variants v JOIN merged m ON m.id = v.merged_id JOIN statements s ON s.id = v.statement_id)
        WHERE k < 4096""");
    Sql.update(c, """
        INSERT OR IGNORE INTO merged_outlets(outlet, seq)
        SELECT a.outlet, m.seq FROM variants v JOIN merged m ON m.id = v.merged_id JOIN statements s ON s.id = v.statement_id
        JOIN articles a ON a.id = s.article_id
        WHERE a.outlet IS NOT NULL""");
  }

  /**
   * The articles' dates as the linking pass refined them (the stored record keeps the article's own), and the ranges
   * of their statements without a day.
   */
  private void dates() throws SQLException {
    try (PreparedStatement st = c.prepareStatement("UPDATE statements SET earliest = ?, latest = ? WHERE article_id = ? AND idx = ?")) {
      for (ArticleRecord r : articles) {
        Long id = articleIds.get(r.source());
        if (id == null) continue;
        for (int i = 0; i < r.statements().size(); i++) {
          Statement s = r.statements().get(i);
          st.setString(1, Sql.str(s.earliest()));
          st.setString(2, Sql.str(s.latest()));
          st.setLong(3, id);
          st.setInt(4, i);
          st.addBatch();
        }
      }
      st.executeBatch();
    }
    try (PreparedStatement up = c.prepareStatement("UPDATE articles SET published = ?, earliest = ?, latest = ? WHERE id = ?")) {
      for (ArticleRecord r : articles) {
        Long id = articleIds.get(r.source());
        if (id == null) continue;
        var pub = r.published();
        up.setString(1, pub == null ? null : Sql.str(pub.date()));
        up.setString(2, pub == null ? null : Sql.str(pub.earliest()));
        up.setString(3, pub == null ? null : Sql.str(pub.latest()));
        up.setLong(4, id);
        up.addBatch();
      }
      up.executeBatch();
    }
  }

  private void stories() throws SQLException {
    try (PreparedStatement st = c.prepareStatement("INSERT OR IGNORE INTO stories(id, label, first, last) VALUES (?, ?, ?, ?)");
         PreparedStatement sa = c.prepareStatement("INSERT OR IGNORE INTO story_articles(story_id, article_id) VALUES (?, ?)")) {
      for (Linking.Story s : linking.stories()) {
        st.setString(1, s.id());
        st.setString(2, s.label());
        st.setString(3, Sql.str(s.first()));
        st.setString(4, Sql.str(s.last()));
        st.executeUpdate();
        for (String source : s.articles()) {
          Long id = articleIds.get(source);
          if (id == null) continue;
          sa.setString(1, s.id());
          sa.setLong(2, id);
          sa.executeUpdate();
          storyOf.putIfAbsent(id, s.id());
        }
      }
    }
  }

  private void people() throws SQLException {
    Set<String> ids = new HashSet<>();
    try (PreparedStatement pp = c.prepareStatement("INSERT OR IGNORE INTO people(id, name, kind, roles) VALUES (?, ?, ?, ?)")) {
      for (Linking.GlobalPerson g : linking.people()) {
        if (!ids.add(g.id())) continue;
        insertPerson(pp, g.id(), g.name(), g.kind(), g.roles());
        addName(g.id(), g.name());
        for (String a : g.aliases()) addName(g.id(), a);
        for (Linking.ArticlePerson m : g.mentions()) mention(g.id(), m.source(), m.personId());
      }
      // per-article people the linker did not place
      Map<String, List<String[]>> loose = new LinkedHashMap<>();
      for (ArticleRecord r : articles) {
        Long aid = articleIds.get(r.source());
        if (aid == null) continue;
        for (Person p : r.everyone()) if (!personOf.containsKey(aid + "\0" + p.id())) loose.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(new String[] {r.source(), p.id()});
      }
      for (var e : loose.entrySet()) {
        String id = e.getKey();
        for (int n = 1; ids.contains(id); n++) id = e.getKey() + "~" + n;
        ids.add(id);
        Person first = Sql.peopleById(bySource.get(e.getValue().getFirst()[0])).get(e.getKey());
        Set<String> roles = new LinkedHashSet<>();
        for (String[] m : e.getValue()) {
          Person p = Sql.peopleById(bySource.get(m[0])).get(m[1]);
          roles.addAll(p.roles());
          addName(id, p.name());
          for (String a : p.aliases()) addName(id, a);
          mention(id, m[0], m[1]);
        }
        insertPerson(pp, id, first.name(), first.kind(), List.copyOf(roles));
      }
    }
  }

  private static void insertPerson(PreparedStatement pp, String id, String name, Person.Kind kind, List<String> roles) throws SQLException {
    pp.setString(1, id);
    pp.setString(2, name == null ? id : name);
    pp.setString(3, kind == null ? null : kind.label());
    pp.setString(4, Sql.json(roles));
    pp.executeUpdate();
  }

  private void addName(String personId, String name) throws SQLException {
    if (name == null || name.isBlank()) return;
    Sql.update(c, "INSERT OR IGNORE INTO person_names(person_id, name, folded) VALUES (?, ?, ?)", personId, name.strip(), fold(name));
  }

  static String fold(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private void mention(String personId, String source, String pid) throws SQLException {
    Long aid = articleIds.get(source);
    ArticleRecord r = bySource.get(source);
    if (aid == null || r == null || personOf.containsKey(aid + "\0" + pid)) return;
    personOf.put(aid + "\0" + pid, personId);
    Person p = Sql.peopleById(r).get(pid);
    Sql.update(c, "INSERT OR IGNORE INTO person_mentions(person_id, article_id, pid, name) VALUES (?, ?, ?, ?)", personId, aid, pid,
        p == null ? null : p.name());
  }

  private void statements() throws SQLException {
    Map<String, Long> statementIds = new HashMap<>(); // articleId + ":" + idx -> row id
    try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT article_id, idx, id FROM statements")) {
      while (rs.next()) statementIds.put(rs.getLong(1) + ":" + rs.getInt(2), rs.getLong(3));
    }
    Set<Long> claimed = new HashSet<>();
    Set<String> ids = new HashSet<>();
    List<Row> out = new ArrayList<>();
    try (PreparedStatement ms = c.prepareStatement("INSERT INTO merged(seq, id, story_id, speaker_id, kind, text, date, first_outlet) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
         PreparedStatement vs = c.prepareStatement("INSERT OR IGNORE INTO variants(merged_id, statement_id) VALUES (?, ?)")) {
      for (Linking.MergedStatement m : linking.statements()) {
        List<Long> rows = new ArrayList<>();
        Long firstArticle = null;
        LocalDate date = m.date();
        for (Linking.Variant v : m.variants()) {
          Long aid = articleIds.get(v.source());
          Long row = aid == null ? null : statementIds.get(aid + ":" + v.statementIndex());
          if (row == null || !claimed.add(row)) continue;
          rows.add(row);
          if (firstArticle == null) firstArticle = aid;
          if (date == null) date = v.date() != null ? v.date() : published(v.source());
        }
        if (rows.isEmpty() || !ids.add(m.id())) continue;
        String story = m.storyId() != null ? m.storyId() : storyOf.get(firstArticle);
        out.add(new Row(m.id(), story, m.speakerId(), m.kind(), m.text(), date, m.firstOutlet(), rows));
      }
      // statements the linker did not place stand alone, under an id stable for the same article text
      for (ArticleRecord r : articles) {
        Long aid = articleIds.get(r.source());
        if (aid == null) continue;
        String hash = hashOf(aid);
        for (int i = 0; i < r.statements().size(); i++) {
          Long row = statementIds.get(aid + ":" + i);
          if (row == null || claimed.contains(row)) continue;
          Statement s = r.statements().get(i);
          String id = "s-" + hash.substring(0, 12) + "-" + i;
          if (!ids.add(id)) continue;
          String speaker = s.speaker() == null || s.speaker().id() == null ? null : personOf.get(aid + "\0" + s.speaker().id());
          out.add(new Row(id, storyOf.get(aid), speaker, s.kind().json(), s.text(),
              s.date() != null ? s.date() : published(r.source()), r.outlet(), List.of(row)));
        }
      }
      // keys in result order: dated first, by date, then id (the search's ORDER BY is the key)
      out.sort(Comparator.comparing((Row r) -> r.date() == null).thenComparing(Row::date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Row::id));
      long seq = 0;
      for (Row r : out) {
        insertMerged(ms, ++seq, r);
        for (Long row : r.statements()) {
          vs.setString(1, r.id());
          vs.setLong(2, row);
          vs.executeUpdate();
        }
      }
    }
  }

  /** A merged statement before it is written: written in result order once all are known. */
  private record Row(String id, String story, String speaker, String kind, String text, LocalDate date, String firstOutlet,
      List<Long> statements) {}

  private final Map<Long, String> hashes = new HashMap<>();

  private String hashOf(long articleId) throws SQLException {
    if (hashes.isEmpty()) {
      try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, hash FROM articles")) {
        while (rs.next()) hashes.put(rs.getLong(1), rs.getString(2));
      }
    }
    return hashes.get(articleId);
  }

  /**
   * The day a statement without its own date is dated by: its article's publication day, or none. A range's
   * earliest end is no day: shown as the statement's date it would put the statement at the wrong time.
   */
  private LocalDate published(String source) {
    ArticleRecord r = bySource.get(source);
    return r == null || r.published() == null ? null : r.published().date();
  }

  private static void insertMerged(PreparedStatement ms, long seq, Row r) throws SQLException {
    ms.setLong(1, seq);
    ms.setString(2, r.id());
    ms.setString(3, r.story());
    ms.setString(4, r.speaker());
    ms.setString(5, r.kind());
    ms.setString(6, r.text());
    ms.setString(7, Sql.str(r.date()));
    ms.setString(8, r.firstOutlet());
    ms.executeUpdate();
  }
}
