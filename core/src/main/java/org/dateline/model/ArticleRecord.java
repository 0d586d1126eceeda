package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Dateline's output for one article; the contract documented in docs/record.md. Spans are into the source text:
 * for plain-text input the decoded file content, for HTML/WARC input the visible text carried as {@code sourceText}
 * (followed by the page's JSON-LD articleBody when the visible page holds hardly any of the article; a warning says so).
 * {@code agency} is the news agency a dateline names, beside the outlet that published the story; absent when none.
 */
@JsonPropertyOrder({"source", "url", "outlet", "agency", "headline", "section", "byline", "dateline", "published", "body",
    "removed", "people", "statements", "times", "warnings", "sourceText"})
public record ArticleRecord(
    String source,
    @JsonInclude(JsonInclude.Include.NON_NULL) String url,
    String outlet,
    @JsonInclude(JsonInclude.Include.NON_NULL) String agency,
    String headline,
    String section,
    String byline,
    Dateline dateline,
    Published published,
    String body,
    List<Removal> removed,
    List<Person> people,
    List<Statement> statements,
    List<TimeExpression> times,
    List<String> warnings,
    @JsonInclude(JsonInclude.Include.NON_NULL) String sourceText) {

  /** A record without an agency (the dateline names none, or the input was not an agency story). */
  public ArticleRecord(String source, String url, String outlet, String headline, String section, String byline,
      Dateline dateline, Published published, String body, List<Removal> removed, List<Person> people,
      List<Statement> statements, List<TimeExpression> times, List<String> warnings, String sourceText) {
    this(source, url, outlet, null, headline, section, byline, dateline, published, body, removed, people, statements,
        times, warnings, sourceText);
  }

  /**
   * The article's people and the bodies its statements name as speakers (organisations, places, groups: not listed in
   * {@code people}, which holds persons only), each once by id: everyone the linker links. A record written before
   * {@code people} held persons only lists its bodies there, and they are taken from there.
   */
  public List<Person> everyone() {
    java.util.Map<String, Person> all = new java.util.LinkedHashMap<>();
    for (Person p : people) all.putIfAbsent(p.id(), p);
    for (Statement s : statements) {
      List<Statement.Speaker> who = s.speakers().isEmpty() && s.speaker() != null ? List.of(s.speaker()) : s.speakers();
      for (Statement.Speaker sp : who) {
        Person.Kind kind = sp.kind() == null ? null : switch (sp.kind()) {
          case ORGANISATION -> Person.Kind.ORGANISATION;
          case PLACE -> Person.Kind.PLACE;
          case GROUP -> Person.Kind.COLLECTIVE;
          case PERSON, ROLE -> null;
        };
        if (kind != null && sp.id() != null) all.putIfAbsent(sp.id(), new Person(sp.id(), sp.name(), kind, List.of(), List.of()));
      }
    }
    return List.copyOf(all.values());
  }

  public ArticleRecord {
    removed = List.copyOf(removed);
    people = List.copyOf(people);
    statements = List.copyOf(statements);
    times = List.copyOf(times);
    warnings = List.copyOf(warnings);
  }
}
