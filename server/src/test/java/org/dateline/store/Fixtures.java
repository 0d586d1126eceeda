package org.dateline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Person;
import org.dateline.model.Published;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.story.Linker;
import org.dateline.story.Linking;

/** Hand-built articles (invented people and outlets) and a tiny linker: store tests need no NLP. */
public final class Fixtures {
  private Fixtures() {}

  /** A quote in an article: who says it (a person, or a body that speaks: a board, a country) and the words. */
  public record Quote(String speaker, String words, Person.Kind kind) {
    public Quote(String speaker, String words) {
      this(speaker, words, Person.Kind.PERSON);
    }
  }

  /**
   * An article whose source text is the headline, then one paragraph per quote ("WORDS," NAME said.); every span
   * points at the words in that text.
   */
  public static ArticleRecord article(String source, String outlet, String date, String headline, Quote... quotes) {
    StringBuilder text = new StringBuilder(headline).append("\n\n");
    List<Statement> statements = new ArrayList<>();
    Map<String, Person> people = new LinkedHashMap<>();
    for (Quote q : quotes) {
      text.append('"');
      int start = text.length();
      text.append(q.words());
      int end = text.length();
      text.append(",\" ");
      int ms = text.length();
      text.append(q.speaker());
      int me = text.length();
      text.append(" said.\n\n");
      String id = "p-" + q.speaker().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
      people.putIfAbsent(id, new Person(id, q.speaker(), q.kind(), List.of(),
          q.kind() == Person.Kind.PERSON ? List.of("spokesperson") : List.of()));
      statements.add(new Statement(Statement.Kind.DIRECT, q.words(), List.of(new Span(start, end)),
          new Statement.Speaker(id, q.speaker(), q.speaker(), new Span(ms, me)), new Statement.Cue("said", new Span(me + 1, me + 5)),
          LocalDate.parse(date)));
    }
    String t = text.toString();
    return new ArticleRecord(source, "https://example.test/" + source, outlet, headline, null, null, null,
        Published.exact(LocalDate.parse(date), org.dateline.model.Basis.of(org.dateline.model.Evidence.DATELINE)), t.substring(headline.length() + 2), List.of(),
        List.copyOf(people.values()), statements, List.of(), List.of(), t);
  }

  /**
   * Test double for the real linker: one story per first headline word, people merged by exact per-article id,
   * statements merged when speaker and words agree. Never wired in production code.
   */
  public static final Linker LINKER = articles -> {
    Map<String, List<ArticleRecord>> stories = new LinkedHashMap<>();
    Map<String, List<Linking.ArticlePerson>> people = new LinkedHashMap<>();
    Map<String, Person> firstPerson = new LinkedHashMap<>();
    Map<String, List<Linking.Variant>> merged = new LinkedHashMap<>();
    Map<String, String> mergedStory = new LinkedHashMap<>();
    for (ArticleRecord r : articles) {
      String key = r.headline().split("\\s+")[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
      stories.computeIfAbsent("story-" + key, k -> new ArrayList<>()).add(r);
      for (Person p : r.people()) {
        people.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(new Linking.ArticlePerson(r.source(), p.id()));
        firstPerson.putIfAbsent(p.id(), p);
      }
      for (int i = 0; i < r.statements().size(); i++) {
        Statement s = r.statements().get(i);
        String id = "m-" + Integer.toHexString((s.speaker().id() + "|" + s.text()).hashCode());
        merged.computeIfAbsent(id, k -> new ArrayList<>()).add(new Linking.Variant(r.source(), i, r.outlet(), s.text(), s.spans(), s.date()));
        mergedStory.putIfAbsent(id, "story-" + key);
      }
    }
    List<Linking.Story> ss = stories.entrySet().stream().map(e -> new Linking.Story(e.getKey(), e.getValue().getFirst().headline(),
        e.getValue().getFirst().published().date(), e.getValue().getLast().published().date(),
        e.getValue().stream().map(ArticleRecord::source).toList(), List.of())).toList();
    List<Linking.GlobalPerson> ps = people.entrySet().stream().map(e -> {
      Person p = firstPerson.get(e.getKey());
      return new Linking.GlobalPerson(e.getKey(), p.name(), p.kind(), p.aliases(), p.roles(), e.getValue());
    }).toList();
    List<Linking.MergedStatement> ms = new ArrayList<>();
    for (var e : merged.entrySet()) {
      Linking.Variant v = e.getValue().getFirst();
      ArticleRecord first = articles.stream().filter(a -> a.source().equals(v.source())).findFirst().orElseThrow();
      Statement s = first.statements().get(v.statementIndex());
      ms.add(new Linking.MergedStatement(e.getKey(), mergedStory.get(e.getKey()), s.speaker().id(), s.kind().json(), s.text(),
          s.date(), v.outlet(), e.getValue()));
    }
    return new Linking(ss, ps, ms, List.of());
  };

  /** A small corpus: a dam story told by two outlets (one shared quote), and a festival story. */
  public static List<ArticleRecord> corpus() {
    return List.of(
        article("ledger/1", "Harbour Ledger", "2026-02-10", "Dam talks open in Lisvara",
            new Quote("Ilse Marren", "We will not open the gates before spring"),
            new Quote("Tomas Brell", "The accord is clear about the water")),
        article("post/1", "Nord Post", "2026-02-11", "Dam dispute deepens",
            new Quote("Ilse Marren", "We will not open the gates before spring"),
            new Quote("Anna Korven", "Farmers cannot wait for the turbines")),
        article("ledger/2", "Harbour Ledger", "2026-03-02", "Festival draws crowds",
            new Quote("Pera Lund", "The square has never been this full")));
  }
}
