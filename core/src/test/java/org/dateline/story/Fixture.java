package org.dateline.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Person;
import org.dateline.model.Published;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.people.PersonIds;

/** Builds ArticleRecords by hand for linker tests: no NLP, spans computed from where the text sits in the body. */
final class Fixture {
  private final String source;
  private String outlet = "Test Outlet", headline = "", body = "";
  private Published published = Published.unknown();
  private final List<Person> people = new ArrayList<>();
  private final List<Statement> statements = new ArrayList<>();
  private final List<org.dateline.model.TimeExpression> times = new ArrayList<>();

  private Fixture(String source) {
    this.source = source;
  }

  static Fixture article(String source) {
    return new Fixture(source);
  }

  Fixture outlet(String o) {
    outlet = o;
    return this;
  }

  Fixture headline(String h) {
    headline = h;
    return this;
  }

  Fixture body(String b) {
    body = b;
    return this;
  }

  Fixture on(String isoDate) {
    published = Published.exact(LocalDate.parse(isoDate), org.dateline.model.Basis.of(org.dateline.model.Evidence.DATELINE));
    return this;
  }

  Fixture between(String earliest, String latest) {
    published = Published.range(earliest == null ? null : LocalDate.parse(earliest), latest == null ? null : LocalDate.parse(latest), org.dateline.model.Basis.of(org.dateline.model.Evidence.DATELINE));
    return this;
  }

  /** A range whose evidence leaves only these days (a month-day and weekday fitting a few years). */
  Fixture candidates(String... isoDates) {
    published = Published.candidates(java.util.Arrays.stream(isoDates).map(LocalDate::parse).toList(),
        org.dateline.model.Basis.of(org.dateline.model.Evidence.DATELINE, org.dateline.model.Evidence.WEEKDAY,
            org.dateline.model.Evidence.YEAR_CLUES, org.dateline.model.Evidence.CLOCK));
    return this;
  }

  /** A yearless dateline's range: open below, ending on {@code latest}, the last year its month-day had its weekday. */
  Fixture yearless(String latest) {
    published = Published.range(null, LocalDate.parse(latest), org.dateline.model.Basis.of(org.dateline.model.Evidence.DATELINE,
        org.dateline.model.Evidence.WEEKDAY, org.dateline.model.Evidence.CLOCK));
    return this;
  }

  /** No date of its own: a range ending at the clock. */
  Fixture undated(String clock) {
    published = Published.range(null, LocalDate.parse(clock), org.dateline.model.Basis.of(org.dateline.model.Evidence.CLOCK));
    return this;
  }

  Fixture person(String name, String... roles) {
    people.add(new Person(PersonIds.of(Person.Kind.PERSON, name), name, Person.Kind.PERSON, List.of(), List.of(roles)));
    return this;
  }

  Fixture org(String name) {
    people.add(new Person(PersonIds.of(Person.Kind.ORGANISATION, name), name, Person.Kind.ORGANISATION, List.of(), List.of()));
    return this;
  }

  Fixture time(String text, String value) {
    int at = body.indexOf(text);
    times.add(new org.dateline.model.TimeExpression(text, new Span(Math.max(0, at), Math.max(0, at) + text.length()), value));
    return this;
  }

  /** A statement by {@code speaker} (a name already added with {@link #person}); its text is appended to the body. */
  Fixture says(String speaker, String text) {
    return says(speaker, text, null);
  }

  Fixture says(String speaker, String text, String date) {
    int start = body.length() + (body.isEmpty() ? 0 : 2);
    body = body.isEmpty() ? text : body + "\n\n" + text;
    String id = speaker == null ? null : PersonIds.of(Person.Kind.PERSON, speaker);
    statements.add(new Statement(Statement.Kind.DIRECT, text, List.of(new Span(start, start + text.length())),
        new Statement.Speaker(id, speaker, speaker, null), null, date == null ? null : LocalDate.parse(date)));
    return this;
  }

  ArticleRecord build() {
    return new ArticleRecord(source, null, outlet, headline, null, null, null, published, body, List.of(), people,
        statements, times, List.of(), null);
  }
}
