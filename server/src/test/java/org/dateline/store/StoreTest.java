package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Statement;
import org.dateline.store.Fixtures.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on hand-built records: idempotent ingest, replacement, search, corrections that persist, migrations. */
class StoreTest {
  @TempDir Path dir;

  Store fill() {
    Store s = Store.open(dir, Fixtures.LINKER);
    for (ArticleRecord r : Fixtures.corpus()) s.ingest(r, null);
    s.relink();
    return s;
  }

  @Test
  void ingestingTwiceChangesNothing() {
    try (Store s = fill()) {
      Store.Counts before = s.counts();
      assertThat(before).isEqualTo(new Store.Counts(3, 5, 2, 4, 4, 0, 4));
      for (ArticleRecord r : Fixtures.corpus()) assertThat(s.ingest(r, null)).isEqualTo(Store.Outcome.UNCHANGED);
      s.relink();
      assertThat(s.counts()).isEqualTo(before);
    }
  }

  @Test
  void aChangedPageReplacesItsOldVersion() {
    try (Store s = fill()) {
      ArticleRecord changed = Fixtures.article("post/1", "Nord Post", "2026-02-11", "Dam dispute deepens",
          new Quote("Anna Korven", "Farmers will block the crossing"));
      assertThat(s.ingest(changed, null)).isEqualTo(Store.Outcome.REPLACED);
      s.relink();
      assertThat(s.counts().articles()).isEqualTo(3);
      assertThat(s.counts().statements()).isEqualTo(4);
      assertThat(s.queries().statements(query("Anna Korven", null)).items()).extracting(Views.StatementView::text)
          .containsExactly("Farmers will block the crossing");
    }
  }

  @Test
  void statementsMergeAcrossOutletsAndSearchBySpeakerAndText() {
    try (Store s = fill()) {
      var page = s.queries().statements(query("ilse marren", null));
      assertThat(page.total()).isEqualTo(1);
      var st = page.items().getFirst();
      assertThat(st.outlets()).containsExactly("Harbour Ledger", "Nord Post");
      ArticleRecord ledger = Fixtures.corpus().getFirst();
      var v = st.variants().getFirst();
      assertThat(v.spans().getFirst().of(ledger.sourceText())).isEqualTo("We will not open the gates before spring");
      assertThat(s.queries().statements(query(null, "turbin")).items()).extracting(Views.StatementView::text)
          .containsExactly("Farmers cannot wait for the turbines");
      assertThat(s.queries().statements(query(null, "\"AND OR (")).total()).isZero();
      assertThat(s.queries().statements(new StatementQuery(null, null, "nord post", null, null, null, null, 10, 0)).total()).isEqualTo(2);
      assertThat(s.queries().statements(new StatementQuery(null, null, null, null, null,
          java.time.LocalDate.parse("2026-03-01"), null, 10, 0)).items()).extracting(Views.StatementView::text)
          .containsExactly("The square has never been this full");
    }
  }

  @Test
  void correctionsSurviveRelinkAndReingest() {
    try (Store s = fill()) {
      s.correct(new Correction(Correction.Kind.ALIAS, "p-ilse-marren", "Minister Marren"));
      s.correct(new Correction(Correction.Kind.MERGE_PEOPLE, "p-anna-korven", "p-tomas-brell"));
      String festival = s.queries().statements(query("Pera Lund", null)).items().getFirst().id();
      s.correct(new Correction(Correction.Kind.REJECT, festival, null));
      for (ArticleRecord r : Fixtures.corpus()) s.ingest(r, null);
      s.ingest(Fixtures.article("post/2", "Nord Post", "2026-02-12", "Dam envoy arrives", new Quote("Tomas Brell", "Talks resume Monday")), null);
      s.relink();
      assertThat(s.queries().statements(query("minister marren", null)).total()).isEqualTo(1);
      assertThat(s.queries().statements(query("Tomas Brell", null)).total()).isEqualTo(3); // merged into Korven
      assertThat(s.queries().statements(query("Anna Korven", null)).total()).isEqualTo(3);
      assertThat(s.queries().statements(query("Pera Lund", null)).total()).isZero();
      assertThat(s.queries().statement(festival).rejected()).isTrue();

      s.correct(new Correction(Correction.Kind.SPLIT_PERSON, "p-anna-korven", "Tomas Brell"));
      assertThat(s.queries().statements(query("Anna Korven", null)).total()).isEqualTo(1);
      assertThat(s.queries().statements(query("Tomas Brell", null)).total()).isEqualTo(2);
      s.relink();
      assertThat(s.queries().statements(query("Tomas Brell", null)).total()).isEqualTo(2);
      assertThat(s.queries().statements(query("Tomas Brell", null)).items().getFirst().speaker().id()).isEqualTo("p-anna-korven~tomas-brell");
    }
  }

  @Test
  void correctionsNameExistingIds() {
    try (Store s = fill()) {
      assertThatThrownBy(() -> s.correct(new Correction(Correction.Kind.ALIAS, "p-nobody", "X")))
          .isInstanceOf(NotFoundException.class).hasMessage("no person with id 'p-nobody'");
      assertThatThrownBy(() -> new Correction(Correction.Kind.MERGE_PEOPLE, "p-a", "p-a"))
          .hasMessage("cannot merge person 'p-a' with itself");
      assertThat(s.corrections()).isEmpty();
    }
  }

  /**
   * Writes the corpus as ingest did up to V003 (record and source text in the articles row), with one merged
   * statement per statement when {@code derived}, into a database at schema {@code version}.
   */
  void writeOldStore(int version, boolean derived) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE))) {
      new Migrations(Migrations.SCRIPTS.subList(0, version)).migrate(c);
      long sid = 0;
      for (ArticleRecord r : Fixtures.corpus()) {
        long aid;
        try (PreparedStatement ps = c.prepareStatement("""
            INSERT INTO articles(source, hash, url, outlet, headline, published, n_statements, record, source_text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
          ps.setString(1, r.source());
          ps.setString(2, Sql.sha256(r.sourceText()));
          ps.setString(3, r.url());
          ps.setString(4, r.outlet());
          ps.setString(5, r.headline());
          ps.setString(6, r.published().date().toString());
          ps.setInt(7, r.statements().size());
          ps.setString(8, Sql.json(Sql.withSourceText(r, null)));
          ps.setString(9, r.sourceText());
          ps.executeUpdate();
          aid = Sql.lastId(c);
        }
        Sql.update(c, "INSERT INTO articles_fts(rowid, headline, body) VALUES (?, ?, ?)", aid, r.headline(), r.body());
        for (int i = 0; i < r.statements().size(); i++) {
          Statement st = r.statements().get(i);
          Sql.update(c, "INSERT INTO statements(article_id, idx, kind, text, speaker_name, date, spans) VALUES (?, ?, ?, ?, ?, ?, ?)",
              aid, i, st.kind().json(), st.text(), st.speaker().name(), r.published().date().toString(), Sql.json(st.spans()));
          sid = Sql.lastId(c);
          if (derived) {
            // ids that sort against their dates, so the migration must order by date to keep the result order
            Sql.update(c, "INSERT INTO merged(id, kind, text, date, first_outlet) VALUES (?, ?, ?, ?, ?)",
                "old-" + (100 - sid), st.kind().json(), st.text(), r.published().date().toString(), r.outlet());
            Sql.update(c, "INSERT INTO variants(merged_id, statement_id) VALUES (?, ?)", "old-" + (100 - sid), sid);
          }
        }
      }
      if (!derived) Sql.update(c, "UPDATE meta SET value = '1' WHERE key = 'needs_relink'");
    }
  }

  @Test
  void migratesAnOlderSchemaKeepingItsData() throws Exception {
    writeOldStore(1, false);
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE));
         var rs = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'corrections'")) {
      assertThat(rs.getInt(1)).isZero();
    }
    try (Store s = Store.open(dir, Fixtures.LINKER)) {
      assertThat(s.schemaVersion()).isEqualTo(Migrations.SCRIPTS.size());
      assertThat(s.counts().articles()).isEqualTo(3);
      s.correct(new Correction(Correction.Kind.ALIAS, "p-ilse-marren", "I. Marren"));
      assertThat(s.corrections()).hasSize(1);
    }
  }

  @Test
  void migratesAV003StoreWithItsDerivedRowsReadyToSearch() throws Exception {
    writeOldStore(3, true);
    try (Store s = Store.open(dir, Fixtures.LINKER)) {
      assertThat(s.needsRelink()).isFalse();
      assertThat(s.schemaVersion()).isEqualTo(Migrations.SCRIPTS.size());
      Queries q = s.queries();
      // the migrated rows answer before any re-link: keys in date order, words, outlets
      var all = q.statements(StatementQuery.all(50));
      assertThat(all.total()).isEqualTo(5);
      assertThat(all.items()).extracting(v -> v.date().toString())
          .containsExactly("2026-02-10", "2026-02-10", "2026-02-11", "2026-02-11", "2026-03-02");
      assertThat(all.items().get(0).id()).isEqualTo("old-98"); // same date: by id
      assertThat(q.statements(search(null, "turbine", null)).total()).isEqualTo(1);
      assertThat(q.statements(search(null, "gates spr", null)).total()).isEqualTo(2);
      assertThat(q.statements(search(null, null, "nord post")).items()).extracting(v -> v.variants().getFirst().source())
          .containsExactly("post/1", "post/1");
      long id = all.items().getLast().variants().getFirst().articleId();
      assertThat(q.article(id).text()).isEqualTo(Fixtures.corpus().get(2).sourceText());
      assertThat(s.articles()).extracting(ArticleRecord::sourceText)
          .containsExactlyElementsOf(Fixtures.corpus().stream().map(ArticleRecord::sourceText).toList());
      // and a re-link replaces them with the linker's
      s.relink();
      assertThat(q.statements(search(null, "gates spr", null)).total()).isEqualTo(1);
      assertThat(q.statements(search(null, null, "Nord Post")).total()).isEqualTo(2);
    }
  }

  static StatementQuery search(String speaker, String words, String outlet) {
    return new StatementQuery(speaker, words, outlet, null, null, null, null, 50, 0);
  }

  @Test
  void exportsCsvWithQuotingAndOneRowPerVariant() throws Exception {
    try (Store s = fill()) {
      s.ingest(Fixtures.article("post/3", "Nord Post", "2026-02-13", "Dam, \"quotes\"", new Quote("Ilse Marren", "Yes, \"no\", maybe")), null);
      s.relink();
      StringWriter w = new StringWriter();
      int n = Exports.write(s.queries(), Exports.Format.csv, null, w);
      List<String> lines = w.toString().lines().toList();
      assertThat(n).isEqualTo(5);
      assertThat(lines.getFirst()).isEqualTo(String.join(",", Exports.CSV_COLUMNS));
      assertThat(lines).hasSize(1 + 6);
      assertThat(lines).anyMatch(l -> l.contains(",Ilse Marren,spokesperson,Nord Post,\"Dam, \"\"quotes\"\"\",2026-02-13,2026-02-13,direct,\"Yes, \"\"no\"\", maybe\",post/3,https://example.test/post/3,"));
      StringWriter tl = new StringWriter();
      Exports.write(s.queries(), Exports.Format.timelinejs, "story-dam", tl);
      assertThat(tl.toString()).contains("\"events\"").contains("\"start_date\"");
    }
  }

  static StatementQuery query(String speaker, String q) {
    return new StatementQuery(speaker, q, null, null, null, null, null, 50, 0);
  }
}
