package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.SharedNlp;
import org.dateline.model.BodyText;
import org.dateline.model.Published;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.model.TimeExpression;
import org.dateline.nlp.Parsed;
import org.dateline.quote.Attribution;
import org.junit.jupiter.api.Test;

/** SUTime through the shared engine, with fixed document dates. */
class TimeTaggerTest {
  final TimeTagger tagger = new TimeTagger();
  // 13 February 2026 is a Friday
  static final Published FRIDAY = Published.exact(LocalDate.of(2026, 2, 13), org.dateline.model.Basis.of(org.dateline.model.Evidence.DATELINE));

  static Parsed parse(String text, LocalDate anchor) {
    return SharedNlp.nlp().annotate(text, anchor);
  }

  static Span span(String text, String part) {
    int i = text.indexOf(part);
    return new Span(i, i + part.length());
  }

  @Test
  void expressionsKeepTheirSpansAndValues() {
    String text = "Mayor Ilse Varga said on Wednesday that the bridge would reopen on March 2.";
    Parsed parsed = parse(text, FRIDAY.date());
    List<TimeExpression> times = tagger.times(parsed, new BodyText(text, List.of(new Span(0, text.length()))), FRIDAY);
    assertThat(times).extracting(TimeExpression::text).contains("Wednesday", "March 2");
    TimeExpression wed = times.stream().filter(t -> t.text().equals("Wednesday")).findFirst().orElseThrow();
    assertThat(wed.span().of(text)).isEqualTo("Wednesday");
    assertThat(wed.value()).isEqualTo("2026-02-11");
  }

  @Test
  void theStatementIsDatedByTheTimeAtItsCue() {
    String text = "Mayor Ilse Varga told lawmakers on Wednesday that the ferry contract was void.";
    Parsed parsed = parse(text, FRIDAY.date());
    Attribution at = new Attribution(Statement.Kind.INDIRECT, List.of(span(text, "the ferry contract was void")),
        span(text, "told"), span(text, "Mayor Ilse Varga"));
    assertThat(tagger.dateOf(at, parsed, FRIDAY)).isEqualTo(LocalDate.of(2026, 2, 11));
  }

  @Test
  void aFutureReferenceInTheContentDoesNotDateTheStatement() {
    String text = "The council said the vote was set for December 19.";
    Parsed parsed = parse(text, FRIDAY.date());
    Attribution at = new Attribution(Statement.Kind.INDIRECT, List.of(span(text, "the vote was set for December 19")),
        span(text, "said"), span(text, "The council"));
    assertThat(tagger.dateOf(at, parsed, FRIDAY)).isEqualTo(FRIDAY.date());
    assertThat(tagger.times(parsed, new BodyText(text, List.of(new Span(0, text.length()))), FRIDAY))
        .extracting(TimeExpression::value).contains("2026-12-19");
  }

  @Test
  void aBareMonthInAPastSentenceIsTheLastOne() {
    // a March story: "in July" with a past verb is last July, not the coming one
    LocalDate march = LocalDate.of(2026, 3, 10);
    String text = "The mill closed in July after the floods.";
    Parsed parsed = parse(text, march);
    List<TimeExpression> times = tagger.times(parsed, new BodyText(text, List.of(new Span(0, text.length()))),
        Published.exact(march, org.dateline.model.Basis.of(org.dateline.model.Evidence.DATELINE)));
    assertThat(times).filteredOn(t -> t.text().equals("July")).extracting(TimeExpression::value).containsExactly("2025-07");
  }

  @Test
  void withoutAnExactDateOnlyAStatedYearDatesAStatement() {
    Published open = Published.range(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 11, 24), org.dateline.model.Basis.of(org.dateline.model.Evidence.DATELINE));
    String text = "Ilse Varga said on Monday that the plan was dead.";
    Parsed parsed = parse(text, open.latest());
    Attribution at = new Attribution(Statement.Kind.INDIRECT, List.of(span(text, "the plan was dead")),
        span(text, "said"), span(text, "Ilse Varga"));
    assertThat(tagger.dateOf(at, parsed, open)).isNull();
    String stated = "Ilse Varga said on March 3, 2024 that the plan was dead.";
    Parsed p2 = parse(stated, open.latest());
    Attribution at2 = new Attribution(Statement.Kind.INDIRECT, List.of(span(stated, "the plan was dead")),
        span(stated, "said"), span(stated, "Ilse Varga"));
    assertThat(tagger.dateOf(at2, p2, open)).isEqualTo(LocalDate.of(2024, 3, 3));
  }

  @Test
  void aDayNamingAnEventKeepsTheReadingNearTheArticle() {
    // a January article about a referendum set for March: the past tense around it does not move it a year back
    LocalDate january = LocalDate.of(2026, 1, 8);
    Published day = Published.exact(january, org.dateline.model.Basis.of(org.dateline.model.Evidence.DATE_LINE));
    String text = "The locks were quiet this week, but the campaign for the March 8 referendum had already begun.";
    List<TimeExpression> times = tagger.times(parse(text, january), new BodyText(text, List.of(new Span(0, text.length()))), day);
    assertThat(times).filteredOn(t -> t.text().contains("March 8")).extracting(TimeExpression::value).containsExactly("2026-03-08");
    // an event named last month from a January article is last December's, not the coming one
    String vote = "Velde thanked the volunteers who had campaigned before the December 19 vote.";
    List<TimeExpression> votes = tagger.times(parse(vote, january), new BodyText(vote, List.of(new Span(0, vote.length()))), day);
    assertThat(votes).filteredOn(t -> t.text().contains("December 19")).extracting(TimeExpression::value).containsExactly("2025-12-19");
    // a day that says when the verb happened still follows the tense
    String said = "The mayor travelled to Serrat on March 2 and spoke there.";
    List<TimeExpression> moved = tagger.times(parse(said, january), new BodyText(said, List.of(new Span(0, said.length()))), day);
    assertThat(moved).filteredOn(t -> t.text().contains("March 2")).extracting(TimeExpression::value).containsExactly("2025-03-02");
  }
}
