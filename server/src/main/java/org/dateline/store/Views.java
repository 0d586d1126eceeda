package org.dateline.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Span;

/** What reads return: plain records, serialised as they are by the API and the exports. */
public final class Views {
  private Views() {}

  /**
   * A page of a list and the list's size: exactly {@code total} when {@code totalExact}, otherwise more than
   * {@code total} (a search stops counting at {@link Queries#EXACT_TOTAL} or its page's end).
   */
  public record Page<T>(List<T> items, int total, boolean totalExact) {
    public Page(List<T> items, int total) {
      this(items, total, true);
    }
  }

  public record PersonRef(String id, String name) {}

  /** One value a search can be narrowed to: what the filter takes, what to show, and how many statements it leaves. */
  public record Facet(String value, String label, int count) {}

  /**
   * A search's facets: its exact total, the values of each filter with counts (each under every other filter), and
   * the dates its statements span (null when none is dated).
   */
  public record Facets(int total, List<Facet> kinds, List<Facet> speakers, List<Facet> outlets, List<Facet> stories,
      LocalDate first, LocalDate last) {}

  /**
   * One outlet's version of a statement, located in its article's source text. {@code text} is null (and left out of
   * the JSON) when it is the statement's own text, as it mostly is: a page of search results then carries each text
   * once. The article's headline is the article's ({@code /api/articles/{id}}, a timeline's {@code articles}).
   * {@code published} is the article's day, or null when only the range {@code earliest}..{@code latest} is known.
   */
  public record Variant(long statementId, long articleId, String source, String outlet, String url, LocalDate published,
      LocalDate earliest, LocalDate latest, @JsonInclude(JsonInclude.Include.NON_NULL) String text, List<Span> spans, LocalDate date, String mention) {
    /** This version's words: its own text, or the statement's when it has none of its own. */
    public String textOr(String statementText) {
      return text == null ? statementText : text;
    }

    Variant slim(String statementText) {
      return statementText.equals(text) ? new Variant(statementId, articleId, source, outlet, url, published, earliest, latest, null, spans, date, mention) : this;
    }
  }

  public record StatementView(String id, String story, PersonRef speaker, List<String> roles, String kind, String text,
      LocalDate date, String firstOutlet, List<String> outlets, List<Variant> variants, boolean rejected) {}

  public record StoryView(String id, String label, LocalDate first, LocalDate last, int articles, int statements) {}

  /**
   * What an export says of an article a statement came from: its headline and its publication date, exact
   * ({@code published}) or only known to lie between {@code earliest} and {@code latest}.
   */
  public record ArticleMeta(long id, String headline, String url, LocalDate published, LocalDate earliest, LocalDate latest) {
    /** The date, or the range as an ISO 8601 interval ("2001-12-10/2018-05-01"), or "" when nothing is known. */
    public String dateOrRange() {
      if (published != null) return published.toString();
      if (earliest != null || latest != null) return (earliest == null ? ".." : earliest.toString()) + "/" + (latest == null ? ".." : latest.toString());
      return "";
    }
  }

  /** An article of a story: its day ({@code published}), or the range the story's evidence left ({@code earliest}, {@code latest}). */
  public record ArticleSummary(long id, String source, String outlet, String headline, LocalDate published, String url,
      LocalDate earliest, LocalDate latest) {}

  public record Timeline(StoryView story, List<StatementView> items, int total, boolean totalExact, List<PersonRef> speakers,
      List<String> outlets, List<ArticleSummary> articles) {}

  public record PersonView(String id, String name, String kind, List<String> names, List<String> roles, int statements) {}

  public record PersonPage(PersonView person, List<StatementView> statements) {}

  public record ArticleStatement(long id, String statement, String kind, String text, List<Span> spans, String speaker) {}

  public record ArticleView(long id, String source, String url, String outlet, String headline, LocalDate published,
      String text, List<ArticleStatement> statements, List<String> stories) {}
}
