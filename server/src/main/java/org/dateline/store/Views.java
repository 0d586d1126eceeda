package org.dateline.store;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Span;

/** What reads return: plain records, serialised as they are by the API and the exports. */
public final class Views {
  private Views() {}

  public record Page<T>(List<T> items, int total) {}

  public record PersonRef(String id, String name) {}

  /** One outlet's version of a statement, located in its article's source text. */
  public record Variant(long statementId, long articleId, String source, String outlet, String headline, String url,
      LocalDate published, String text, List<Span> spans, LocalDate date, String mention) {}

  public record StatementView(String id, String story, PersonRef speaker, List<String> roles, String kind, String text,
      LocalDate date, String firstOutlet, List<String> outlets, List<Variant> variants, boolean rejected) {}

  public record StoryView(String id, String label, LocalDate first, LocalDate last, int articles, int statements) {}

  public record ArticleSummary(long id, String source, String outlet, String headline, LocalDate published, String url) {}

  public record Timeline(StoryView story, List<StatementView> items, int total, List<PersonRef> speakers,
      List<String> outlets, List<ArticleSummary> articles) {}

  public record PersonView(String id, String name, String kind, List<String> names, List<String> roles, int statements) {}

  public record PersonPage(PersonView person, List<StatementView> statements) {}

  public record ArticleStatement(long id, String statement, String kind, String text, List<Span> spans, String speaker) {}

  public record ArticleView(long id, String source, String url, String outlet, String headline, LocalDate published,
      String text, List<ArticleStatement> statements, List<String> stories) {}
}
