package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.dateline.clean.CleanArticle;
import org.dateline.model.ArticleRecord;
import org.dateline.model.BodyText;
import org.dateline.model.Person;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.nlp.Parsed;
import org.dateline.people.Cast;
import org.dateline.quote.Attribution;
import org.dateline.quote.QuotedWords;
import org.dateline.time.Dated;
import org.dateline.time.StatementDays;
import org.dateline.time.TimeTagger;

/**
 * The last stage: the dated article, the text the NLP saw, and each attribution with its speaker, as one
 * {@link ArticleRecord}. Every span moves from the analysed text onto the source text here, once, so a statement's
 * text is the source at its spans.
 */
final class RecordAssembler {
  private final TimeTagger times;

  RecordAssembler(TimeTagger times) {
    this.times = times;
  }

  ArticleRecord assemble(Dated dated, BodyText body, Parsed parsed, Cast cast) {
    CleanArticle a = dated.article();
    List<Statement> statements = new ArrayList<>(cast.said().size());
    for (Cast.Said said : cast.said()) statements.add(statement(said, a.sourceText(), body, parsed, dated));
    var m = a.meta();
    // a statement of an article known only by a range lies in that range (moved back to its cue's weekday)
    return StatementDays.redate(new ArticleRecord(a.source(), a.url(), m.outlet(), m.agency(), m.headline(), m.section(),
        m.byline(), m.dateline(), dated.published(), a.body().text(), a.removed(), persons(cast), statements,
        times.times(parsed, body, dated.published()), a.warnings(), a.visibleText() ? a.sourceText() : null));
  }

  private Statement statement(Cast.Said said, String source, BodyText body, Parsed parsed, Dated dated) {
    Attribution at = said.attribution();
    Person p = said.speaker();
    Span mention = at.source() == null ? null : body.toSource(at.source());
    String words = mention == null ? null : mention.of(source);
    Statement.Speaker speaker = p != null ? speaker(p, words, mention)
        : new Statement.Speaker(null, said.role(), words, mention, said.role() == null ? null : Statement.Speaker.Kind.ROLE);
    // a joint statement: every speaker, each with the shared mention
    List<Statement.Speaker> speakers = said.speakers().stream().map(j -> speaker(j, words, mention)).toList();
    Statement.Cue cue = at.cue() == null ? null : new Statement.Cue(at.cue().of(parsed.text()), body.toSource(at.cue()));
    List<Span> spans = at.content().stream().map(body::toSource).toList();
    // a partial quote's text is the words quoted, its spans the reported clause that holds them (docs/record.md)
    List<Span> quoted = at.kind() == Statement.Kind.PARTIAL ? QuotedWords.in(source, spans) : List.of();
    String text = String.join(" … ", (quoted.isEmpty() ? spans : quoted).stream().map(s -> s.of(source)).toList());
    return new Statement(at.kind(), text, spans, speaker, speakers, cue, times.dateOf(at, parsed, dated.published()));
  }

  /** The record's people are persons; the bodies that speak are named by their statements' speakers. */
  private static List<Person> persons(Cast cast) {
    return cast.people().stream().filter(p -> p.kind() == Person.Kind.PERSON).toList();
  }

  private static Statement.Speaker speaker(Person p, String words, Span mention) {
    return new Statement.Speaker(p.id(), p.name(), words, mention, Statement.Speaker.Kind.of(p.kind()));
  }
}
