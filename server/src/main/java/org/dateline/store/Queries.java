package org.dateline.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.store.Views.ArticleMeta;
import org.dateline.store.Views.ArticleStatement;
import org.dateline.store.Views.ArticleSummary;
import org.dateline.store.Views.ArticleView;
import org.dateline.store.Views.Bucket;
import org.dateline.store.Views.DateEvidence;
import org.dateline.store.Views.Facets;
import org.dateline.store.Views.OutletPage;
import org.dateline.store.Views.OutletView;
import org.dateline.store.Views.Page;
import org.dateline.store.Views.PersonPage;
import org.dateline.store.Views.PersonRef;
import org.dateline.store.Views.PersonView;
import org.dateline.store.Views.Removed;
import org.dateline.store.Views.SpeakerCount;
import org.dateline.store.Views.StatementView;
import org.dateline.store.Views.StoryView;
import org.dateline.store.Views.Timeline;

import static org.dateline.store.Sql.date;
import static org.dateline.store.Sql.query;

/** The reads behind the API and the exports. Rejected statements are left out of every list. */
public final class Queries {
  private final Store store;

  Queries(Store store) {
    this.store = store;
  }

  public Page<StatementView> statements(StatementQuery q) {
    return store.read(c -> StatementSearch.search(c, q, null, true));
  }

  /**
   * A search counts its matches exactly up to this many (or to its page's end, when further): past it, the total
   * says "more than" ({@code totalExact} false). Counting every match of a common word cost ~10-20 ms per search;
   * stepping to the bound costs well under one.
   */
  public static final int EXACT_TOTAL = 1000;

  /** The most values a facet lists. */
  public static final int MAX_FACET = 30;

  /**
   * What a search could be narrowed to, with counts: each facet counts the statements matching every filter but its
   * own (so the outlet list under "outlet=Nord Post" still offers the other outlets), the most frequent first.
   */
  public Facets facets(StatementQuery q) {
    return store.read(c -> StatementSearch.facets(c, q));
  }

  /** The headline and dates of the given articles, by id (ids not in the store are left out). */
  public Map<Long, ArticleMeta> articleMeta(java.util.Collection<Long> ids) {
    return store.read(c -> {
      Map<Long, ArticleMeta> out = new LinkedHashMap<>();
      if (ids.isEmpty()) return out;
      try (ResultSet rs = query(c, "SELECT id, headline, url, published, earliest, latest FROM articles WHERE id IN (SELECT value FROM json_each(?))",
          List.of(Sql.json(ids)))) {
        while (rs.next())
          out.put(rs.getLong(1), new ArticleMeta(rs.getLong(1), rs.getString(2), rs.getString(3), date(rs.getString(4)),
              date(rs.getString(5)), date(rs.getString(6))));
      }
      return out;
    });
  }

  /** One statement with all its variants, rejected or not. */
  public StatementView statement(String id) {
    return store.read(c -> {
      List<StatementView> l = StatementSearch.load(c, List.of(id));
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
        (SELECT count(*) FROM merged m WHERE m.story_id = s.id AND m.rejected = 0""" + " AND " + Sql.SPEECH + ")\n FROM stories s";

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
      Page<StatementView> page = StatementSearch.search(c, q.withStory(id), null, false);
      List<PersonRef> speakers = new ArrayList<>();
      try (ResultSet rs = query(c, """
          SELECT DISTINCT p.id, p.name, p.kind FROM merged m JOIN people p ON p.id = m.speaker_id
          WHERE m.story_id = ? AND m.rejected = 0 ORDER BY p.name""", List.of(id))) {
        while (rs.next()) speakers.add(new PersonRef(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
      List<ArticleSummary> articles = new ArrayList<>();
      try (ResultSet rs = query(c, """
          SELECT a.id, a.source, a.outlet, a.headline, a.published, a.url, a.earliest, a.latest FROM story_articles sa
          JOIN articles a ON a.id = sa.article_id
          WHERE sa.story_id = ? ORDER BY coalesce(a.published, a.earliest) IS NULL, coalesce(a.published, a.earliest), a.id""", List.of(id))) {
        while (rs.next()) articles.add(new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), date(rs.getString(5)),
            rs.getString(6), date(rs.getString(7)), date(rs.getString(8))));
      }
      List<String> outlets = articles.stream().map(ArticleSummary::outlet).filter(o -> o != null).distinct().sorted().toList();
      return new Timeline(s, page.items(), page.total(), page.totalExact(), speakers, outlets, articles);
    });
  }

  public Page<PersonView> people(int limit, int offset) {
    return people(null, limit, offset);
  }

  /** A page of the people of one kind ("person", "organisation", ...; every kind when null), by name. */
  public Page<PersonView> people(String kind, int limit, int offset) {
    return store.read(c -> {
      List<String> ids = new ArrayList<>();
      try (ResultSet rs = query(c, "SELECT id FROM people WHERE ?1 IS NULL OR kind = ?1 ORDER BY name, id LIMIT ?2 OFFSET ?3", Arrays.asList(kind, limit, offset))) {
        while (rs.next()) ids.add(rs.getString(1));
      }
      List<PersonView> out = new ArrayList<>();
      for (String id : ids) out.add(person(c, id));
      int total;
      try (ResultSet rs = query(c, "SELECT count(*) FROM people WHERE ?1 IS NULL OR kind = ?1", Arrays.asList(kind))) {
        total = rs.next() ? rs.getInt(1) : 0;
      }
      return new Page<>(out, total);
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
    try (ResultSet rs = query(c, "SELECT count(*) FROM merged m WHERE m.speaker_id = ? AND m.rejected = 0 AND " + Sql.SPEECH, List.of(id))) {
      n = rs.next() ? rs.getInt(1) : 0;
    }
    return new PersonView(id, name, kind, names, Sql.strings(roles), n);
  }

  /** A person and their statements over time (the first {@code limit}). */
  public PersonPage person(String id, int limit) {
    return store.read(c -> {
      PersonView p = person(c, id);
      Map<LocalDate, Integer> weeks = new java.util.TreeMap<>();
      int undated = 0;
      try (ResultSet rs = query(c, "SELECT date FROM merged WHERE speaker_id = ? AND rejected = 0", List.of(id))) {
        while (rs.next()) {
          LocalDate d = date(rs.getString(1));
          if (d == null) undated++;
          else weeks.merge(d.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)), 1, Integer::sum);
        }
      }
      List<String> outlets = new ArrayList<>();
      try (ResultSet rs = query(c, """
          SELECT mo.outlet FROM merged m JOIN merged_outlets mo ON mo.seq = m.seq WHERE m.speaker_id = ? AND m.rejected = 0
          GROUP BY mo.outlet ORDER BY count(*) DESC, mo.outlet""", List.of(id))) {
        while (rs.next()) outlets.add(rs.getString(1));
      }
      return new PersonPage(p, StatementSearch.search(c, StatementQuery.all(limit), id, false).items(),
          weeks.entrySet().stream().map(e -> new Bucket(e.getKey(), e.getValue())).toList(), undated, outlets);
    });
  }

  private static final String OUTLET_SQL = """
      SELECT a.outlet, count(*), min(a.published), max(a.published),
        (SELECT count(*) FROM merged_outlets mo JOIN merged m ON m.seq = mo.seq WHERE mo.outlet = a.outlet AND m.rejected = 0""" + " AND " + Sql.SPEECH + ")\n FROM articles a WHERE a.outlet IS NOT NULL";

  /** Every named outlet, most articles first. */
  public List<OutletView> outlets() {
    return store.read(c -> {
      List<OutletView> out = new ArrayList<>();
      try (ResultSet rs = query(c, OUTLET_SQL + " GROUP BY a.outlet ORDER BY count(*) DESC, a.outlet", List.of())) {
        while (rs.next()) out.add(outlet(rs));
      }
      return out;
    });
  }

  /** One outlet: its articles (newest first) and who it quoted most. */
  public OutletPage outlet(String name) {
    return store.read(c -> {
      OutletView o;
      try (ResultSet rs = query(c, OUTLET_SQL + " AND a.outlet = ? GROUP BY a.outlet", List.of(name))) {
        if (!rs.next()) throw new NotFoundException("outlet", name);
        o = outlet(rs);
      }
      List<ArticleSummary> articles = new ArrayList<>();
      try (ResultSet rs = query(c, """
          SELECT id, source, outlet, headline, published, url, earliest, latest FROM articles WHERE outlet = ?
          ORDER BY published IS NULL, published DESC, id""", List.of(name))) {
        while (rs.next()) articles.add(new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), date(rs.getString(5)),
            rs.getString(6), date(rs.getString(7)), date(rs.getString(8))));
      }
      List<SpeakerCount> speakers = new ArrayList<>();
      try (ResultSet rs = query(c, """
          SELECT p.id, p.name, count(*), p.kind FROM merged_outlets mo JOIN merged m ON m.seq = mo.seq JOIN people p ON p.id = m.speaker_id
          WHERE mo.outlet = ? AND m.rejected = 0 GROUP BY p.id ORDER BY count(*) DESC, p.name LIMIT ?""", List.of(name, MAX_FACET))) {
        while (rs.next()) speakers.add(new SpeakerCount(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)));
      }
      return new OutletPage(o, articles, speakers);
    });
  }

  private static OutletView outlet(ResultSet rs) throws SQLException {
    return new OutletView(rs.getString(1), rs.getInt(2), rs.getInt(5), date(rs.getString(3)), date(rs.getString(4)));
  }

  public ArticleView article(long id) {
    return store.read(c -> {
      ArticleView head;
      DateEvidence evidence;
      List<Removed> removed = new ArrayList<>();
      try (ResultSet rs = query(c, """
          SELECT a.id, a.source, a.url, a.outlet, a.headline, a.published, t.source_text, a.earliest, a.latest, t.record
          FROM articles a JOIN article_texts t ON t.article_id = a.id WHERE a.id = ?""", List.of(id))) {
        if (!rs.next()) throw new NotFoundException("article", Long.toString(id));
        head = new ArticleView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            date(rs.getString(6)), rs.getString(7), List.of(), List.of(), date(rs.getString(8)), date(rs.getString(9)), null, false, List.of());
        // the record as the pipeline wrote it: the article's own date evidence and the chrome it removed
        com.fasterxml.jackson.databind.JsonNode record = Sql.tree(rs.getString(10));
        evidence = evidence(record.path("published"));
        for (com.fasterxml.jackson.databind.JsonNode r : record.path("removed"))
          removed.add(new Removed(r.path("text").asText(""), r.path("reason").asText("other")));
      }
      List<ArticleStatement> sts = new ArrayList<>();
      try (ResultSet rs = query(c, """
          SELECT s.id, v.merged_id, s.kind, s.text, s.spans, coalesce(p.name, s.speaker_name)
          FROM statements s LEFT JOIN variants v ON v.statement_id = s.id LEFT JOIN merged m ON m.id = v.merged_id
          LEFT JOIN people p ON p.id = m.speaker_id WHERE s.article_id = ? ORDER BY s.idx""", List.of(id))) {
        while (rs.next()) sts.add(new ArticleStatement(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), Sql.spans(rs.getString(5)), rs.getString(6)));
      }
      List<String> stories = new ArrayList<>();
      try (ResultSet rs = query(c, "SELECT story_id FROM story_articles WHERE article_id = ? ORDER BY story_id", List.of(id))) {
        while (rs.next()) stories.add(rs.getString(1));
      }
      boolean refined = !java.util.Objects.equals(head.published(), evidence.date()) || !java.util.Objects.equals(head.earliest(), evidence.earliest())
          || !java.util.Objects.equals(head.latest(), evidence.latest());
      return new ArticleView(head.id(), head.source(), head.url(), head.outlet(), head.headline(), head.published(), head.text(), sts, stories,
          head.earliest(), head.latest(), evidence, refined, removed);
    });
  }

  private static DateEvidence evidence(com.fasterxml.jackson.databind.JsonNode p) {
    List<LocalDate> candidates = new ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode d : p.path("candidates")) candidates.add(LocalDate.parse(d.asText()));
    String basis = p.path("basis").asText("none");
    return new DateEvidence(day(p.path("date")), day(p.path("earliest")), day(p.path("latest")),
        List.of(basis.isBlank() ? new String[] {"none"} : basis.split("\\+")), candidates);
  }

  private static LocalDate day(com.fasterxml.jackson.databind.JsonNode n) {
    return n.isTextual() ? LocalDate.parse(n.asText()) : null;
  }
}
