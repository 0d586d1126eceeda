package org.dateline.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.SharedNlp;
import org.dateline.json.Json;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Person;
import org.dateline.model.Statement;
import org.dateline.read.RawPage;
import org.junit.jupiter.api.Test;

/**
 * Speakers of invented agency reports, end to end through the production pipeline: roles resolved both ways, a
 * reply credited to the one replying, joint statements with every speaker, places and organisations as what they
 * are, and a role nobody in the article holds kept as a role.
 */
class AgencyReportSpeakersTest {
  private static ArticleRecord record(String text) {
    RawPage page = new RawPage("report.txt", RawPage.Format.TEXT, text, null, null, List.of());
    return SharedNlp.pipeline().annotate(SharedNlp.pipeline().prepare(page));
  }

  /** The statement whose text contains {@code words}. */
  private static Statement said(ArticleRecord r, String words) {
    return r.statements().stream().filter(s -> s.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement with '" + words + "' in " + r.statements()));
  }

  @Test
  void aRoleBeforeTheNameIsThePersonNamedAfterAndTheDatelineIsNoSpeaker() {
    ArticleRecord r = record("""
        VESTRA, March 3 (Norvane Press) - Valdoria's envoy to the talks said on Monday that the mission plan was unacceptable.

        "We cannot accept foreign troops on our soil," Ivo Marek told reporters after the meeting.
        """);
    Statement s = said(r, "the mission plan was unacceptable");
    assertThat(s.speaker().mention()).isEqualTo("Valdoria's envoy to the talks");
    assertThat(s.speaker().name()).isEqualTo("Ivo Marek");
    assertThat(s.speaker().kind()).isEqualTo(Statement.Speaker.Kind.PERSON);
    assertThat(r.people()).extracting(Person::name).doesNotContain("VESTRA", "envoy");
  }

  @Test
  void aRoleAfterTheNameIsThatPersonByRoleWordAndAffiliation() {
    ArticleRecord r = record("""
        KORVEN, May 12 (Norvane Press) - Valdorian envoy Ivo Marek arrived in Korven on Tuesday for a second round of talks.

        Ostrian foreign minister Lida Karsk met him at the airport.

        Valdoria's envoy said the ceasefire lines had to be drawn before the winter. The minister said Ostria would wait.
        """);
    assertThat(said(r, "ceasefire lines").speaker().name()).isEqualTo("Ivo Marek");
    assertThat(said(r, "would wait").speaker().name()).isEqualTo("Lida Karsk");
  }

  @Test
  void aReplyIsCreditedToTheOneReplying() {
    ArticleRecord r = record("""
        VESTRA, March 4 (Norvane Press) - Valdorian foreign minister Anton Vetrov accused the mission of favouring Ostria.

        Mission spokesman Jan Holm, replying to Vetrov, said the mission would treat both sides alike.
        """);
    Statement s = said(r, "treat both sides alike");
    assertThat(s.speaker().name()).isEqualTo("Jan Holm");
  }

  @Test
  void aJointStatementCarriesEverySpeaker() throws Exception {
    ArticleRecord r = record("""
        VESTRA, March 5 (Norvane Press) - Valdorian foreign minister Anton Vetrov met Ostrian foreign minister Petra Marren on Friday.

        Vetrov and Marren said the two sides would meet again next week.
        """);
    Statement s = said(r, "meet again next week");
    assertThat(s.speaker().name()).isEqualTo("Anton Vetrov");
    assertThat(s.speakers()).extracting(Statement.Speaker::name).containsExactly("Anton Vetrov", "Petra Marren");
    assertThat(s.speakers()).extracting(Statement.Speaker::kind).containsOnly(Statement.Speaker.Kind.PERSON);
    // the record reads back as written, joint speakers and kinds included
    String json = Json.mapper().writeValueAsString(r);
    assertThat(Json.mapper().readValue(json, ArticleRecord.class)).isEqualTo(r);
    assertThat(json).contains("\"speakers\":[{").contains("\"kind\":\"person\"");
  }

  @Test
  void placesAndOrganisationsSpeakAsWhatTheyAre() {
    ArticleRecord r = record("""
        VESTRA, March 6 (Norvane Press) - Ostria said on Thursday it would send observers to the border region.

        The Ostrian Foreign Ministry said the decision was final.
        """);
    assertThat(said(r, "send observers").speaker().kind()).isEqualTo(Statement.Speaker.Kind.PLACE);
    assertThat(said(r, "send observers").speaker().name()).isEqualTo("Ostria");
    assertThat(said(r, "decision was final").speaker().kind()).isEqualTo(Statement.Speaker.Kind.ORGANISATION);
    // people are persons; the bodies that speak are named by their statements and linked from there
    assertThat(r.people()).allMatch(p -> p.kind() == Person.Kind.PERSON).noneMatch(p -> p.name().equals("Ostria"));
    assertThat(r.everyone()).filteredOn(p -> p.name().equals("Ostria")).extracting(Person::kind).containsExactly(Person.Kind.PLACE);
  }

  @Test
  void aRoleNoPersonHoldsStaysARole() {
    ArticleRecord r = record("""
        VESTRA, March 7 (Norvane Press) - The diplomat said the talks would resume on Friday after a pause of two days.
        """);
    Statement s = said(r, "talks would resume");
    assertThat(s.speaker().id()).isNull();
    assertThat(s.speaker().kind()).isEqualTo(Statement.Speaker.Kind.ROLE);
    assertThat(s.speaker().name()).isEqualTo("diplomat");
    assertThat(r.people()).extracting(Person::name).doesNotContain("diplomat");
  }
}
