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

  /** A speaker: {@code kind} is "person", or "organisation", "collective" or "place" for a body that spoke. */
  public record PersonRef(String id, String name, String kind) {}

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
   * {@code published} is the article's day, or null when only a range is known: then {@code earliest}..{@code latest}
   * is the range this version was said in (the article's, moved back to its cue's weekday: docs/record.md).
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

  /**
   * A person and their statements over time; {@code weeks} counts all their dated statements by week (Mondays,
   * weeks without any left out), {@code undated} those without a date.
   */
  public record PersonPage(PersonView person, List<StatementView> statements, List<Bucket> weeks, int undated, List<String> outlets) {}

  public record ArticleStatement(long id, String statement, String kind, String text, List<Span> spans, String speaker) {}

  /**
   * An article. {@code published}, {@code earliest} and {@code latest} are its date as the linking pass left it;
   * {@code evidence} is what the article itself gave, with the labels of the evidence behind it (docs/record.md),
   * and {@code refined} says the story's linking changed it. {@code removed} is the site chrome the cleaner took out.
   */
  public record ArticleView(long id, String source, String url, String outlet, String headline, LocalDate published,
      String text, List<ArticleStatement> statements, List<String> stories, LocalDate earliest, LocalDate latest,
      DateEvidence evidence, boolean refined, List<Removed> removed) {}

  /** An article's own reading of its date: the day, or the range and the few days left in it, and the evidence. */
  public record DateEvidence(LocalDate date, LocalDate earliest, LocalDate latest, List<String> basis, List<LocalDate> candidates) {}

  /** A piece of site chrome the cleaner removed, and why (a reason code of docs/record.md). */
  public record Removed(String text, String reason) {}

  /**
   * An outlet: its articles, the statements it carried (once each, rejected ones left out), and the days of its
   * dated articles (null when none is dated).
   */
  public record OutletView(String name, int articles, int statements, LocalDate first, LocalDate last) {}

  /** Statements in one week (from {@code week}, a Monday) or on one day. */
  public record Bucket(LocalDate start, int count) {}

  /** A speaker's statements in one outlet. */
  public record SpeakerCount(String id, String name, int count, String kind) {}

  public record OutletPage(OutletView outlet, List<ArticleSummary> articles, List<SpeakerCount> speakers) {}
}
