package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Basis;
import org.dateline.model.Evidence;
import org.dateline.model.Published;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.model.TimeExpression;
import org.junit.jupiter.api.Test;

class StatementDaysTest {
  static final String BODY = "Opposition leader Ivo Brandt said on Wednesday that the dredgers were late.\n\n"
      + "A spokesman for the prime minister said the handover was on schedule and that the fines would follow.\n\n"
      + "\"Today there is one,\" Brandt told reporters.";

  static ArticleRecord article(Published published, LocalDate firstSaid) {
    int content = BODY.indexOf("that the dredgers"), cue = BODY.indexOf("said on"), quote = BODY.indexOf("Today"),
        told = BODY.indexOf("told reporters");
    var s1 = new Statement(Statement.Kind.INDIRECT, "the dredgers were late", List.of(new Span(content + 5, content + 27)),
        new Statement.Speaker("p-ivo-brandt", "Ivo Brandt", "Ivo Brandt", null), new Statement.Cue("said", new Span(cue, cue + 4)), firstSaid);
    var s2 = new Statement(Statement.Kind.DIRECT, "Today there is one", List.of(new Span(quote, quote + 18)),
        new Statement.Speaker("p-ivo-brandt", "Ivo Brandt", "Brandt", null), new Statement.Cue("told reporters", new Span(told, told + 14)), null);
    int wed = BODY.indexOf("Wednesday");
    return new ArticleRecord("b", null, "Coastline Daily", "Brandt says handover late", null, null, null, published, BODY, List.of(),
        List.of(), List.of(s1, s2), List.of(new TimeExpression("Wednesday", new Span(wed, wed + 9), "XXXX-WXX-3")), List.of(), null);
  }

  @Test
  void aWeekdayByTheCueIsTheLastSuchDayOnOrBeforeTheArticlesDay() {
    var r = StatementDays.redate(article(Published.exact(LocalDate.of(2026, 4, 16), Basis.of(Evidence.DATELINE)), null));
    assertThat(r.statements().get(0).date()).hasToString("2026-04-15");
    // no weekday near its cue: the article's day
    assertThat(r.statements().get(1).date()).hasToString("2026-04-16");
  }

  @Test
  void aStatementInAnArticleWithOnlyARangeKeepsThatRangeMovedBackToItsCuesWeekday() {
    // 8 March 2026 is a Sunday, 2 May a Saturday: "said on Wednesday" lies between 4 March and 29 April
    var r = StatementDays.redate(article(Published.range(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 5, 2), Basis.of(Evidence.CLOCK)), null));
    Statement wednesday = r.statements().get(0), told = r.statements().get(1);
    assertThat(wednesday.date()).isNull();
    assertThat(wednesday.earliest()).hasToString("2026-03-04");
    assertThat(wednesday.latest()).hasToString("2026-04-29");
    assertThat(told.date()).isNull();
    assertThat(told.earliest()).hasToString("2026-03-08");
    assertThat(told.latest()).hasToString("2026-05-02");
    // an article of one of two Thursdays: the Wednesday before each, the ends those days
    var two = StatementDays.redate(article(Published.candidates(List.of(LocalDate.of(2020, 4, 16), LocalDate.of(2026, 4, 16)),
        Basis.of(Evidence.DATELINE, Evidence.WEEKDAY, Evidence.CLOCK)), null));
    assertThat(two.statements().get(0).candidates()).extracting(LocalDate::toString).containsExactly("2020-04-15", "2026-04-15");
    assertThat(two.statements().get(0).earliest()).hasToString("2020-04-15");
    assertThat(two.statements().get(1).candidates()).extracting(LocalDate::toString).containsExactly("2020-04-16", "2026-04-16");
    // in the record's JSON as the published range is, and gone once the article has its day
    String json = org.dateline.json.Json.mapper().valueToTree(wednesday).toString();
    assertThat(json).contains("\"earliest\":\"2026-03-04\"", "\"latest\":\"2026-04-29\"").doesNotContain("candidates");
    var dated = StatementDays.redate(new ArticleRecord(r.source(), r.url(), r.outlet(), r.agency(), r.headline(), r.section(), r.byline(),
        r.dateline(), Published.exact(LocalDate.of(2026, 4, 16), Basis.of(Evidence.STORY_SPAN)), r.body(), r.removed(), r.people(),
        r.statements(), r.times(), r.warnings(), r.sourceText()));
    assertThat(dated.statements().get(0).date()).hasToString("2026-04-15");
    assertThat(dated.statements().get(0).earliest()).isNull();
    assertThat(org.dateline.json.Json.mapper().valueToTree(dated.statements().get(0)).toString()).doesNotContain("earliest");
  }

  @Test
  void anArticleWithNothingKnownOfItsDateAndAStatementWithADayAreLeftAsTheyAre() {
    var open = article(Published.unknown(), null);
    assertThat(StatementDays.redate(open)).isSameAs(open);
    var r = StatementDays.redate(article(Published.exact(LocalDate.of(2026, 4, 16), Basis.of(Evidence.DATELINE)), LocalDate.of(2026, 4, 1)));
    assertThat(r.statements().get(0).date()).hasToString("2026-04-01");
  }
}
