package org.dateline.story;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Span;

/**
 * The cross-article view of a corpus. Articles are named by their {@code source}; statements by the source and
 * their index in that article's {@code statements}; people of one article by their per-article id.
 */
public record Linking(List<Story> stories, List<GlobalPerson> people, List<MergedStatement> statements,
    List<DuplicateSet> duplicates) {
  public Linking {
    stories = List.copyOf(stories);
    people = List.copyOf(people);
    statements = List.copyOf(statements);
    duplicates = List.copyOf(duplicates);
  }

  /** Articles that are one text (wire copy republished, re-scrapes): {@code canonical} stands for all of them. */
  public record DuplicateSet(String canonical, List<String> sources) {}

  /** A developing story: its articles, main actors, a label, and the span of dates it covers. */
  public record Story(String id, String label, LocalDate first, LocalDate last, List<String> articles,
      List<String> people) {}

  /** One person (or organisation) across articles, with every name and role seen and the per-article ids merged. */
  public record GlobalPerson(String id, String name, org.dateline.model.Person.Kind kind, List<String> aliases, List<String> roles,
      List<ArticlePerson> mentions) {}

  public record ArticlePerson(String source, String personId) {}

  /** One utterance, with each outlet's version kept as evidence; {@code firstOutlet} reported it first. */
  public record MergedStatement(String id, String storyId, String speakerId, String kind, String text, LocalDate date,
      String firstOutlet, List<Variant> variants) {}

  public record Variant(String source, int statementIndex, String outlet, String text, List<Span> spans,
      LocalDate date) {}
}
