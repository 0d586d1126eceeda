package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Statement;

import static org.dateline.store.Sql.json;
import static org.dateline.store.Sql.lastId;
import static org.dateline.store.Sql.str;
import static org.dateline.store.Sql.withSourceText;

/** An article's rows as ingest writes them: the article, its record and text, its full-text entry, its statements. */
final class ArticleRows {
  private ArticleRows() {}

  /** Writes the article, first deleting one stored under the same source; whether one was replaced. */
  static boolean insert(Connection c, ArticleRecord record, String text, String hash, String archive) throws SQLException {
    boolean replaced = false;
    try (PreparedStatement del = c.prepareStatement("DELETE FROM articles WHERE source = ?")) {
      del.setString(1, record.source());
      replaced = del.executeUpdate() > 0;
    }
    long id;
    try (PreparedStatement ins = c.prepareStatement("""
        INSERT INTO articles(source, hash, url, outlet, headline, published, earliest, latest, n_statements, archive)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
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
      ins.setString(10, archive);
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
        INSERT INTO statements(article_id, idx, kind, text, speaker_pid, speaker_name, mention, date, spans, earliest, latest)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
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
        ins.setString(10, str(s.earliest()));
        ins.setString(11, str(s.latest()));
        ins.addBatch();
      }
      ins.executeBatch();
    }
    return replaced;
  }
}
