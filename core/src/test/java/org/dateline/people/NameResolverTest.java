package org.dateline.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.SharedNlp;
import org.dateline.model.Person;
import org.dateline.nlp.Parsed;
import org.dateline.quote.Attribution;
import org.dateline.quote.QuoteFinder;
import org.junit.jupiter.api.Test;

/** Speakers resolved to the people of an article, with invented texts. */
class NameResolverTest {
  private static final QuoteFinder FINDER = new QuoteFinder();

  private static Cast cast(String text) {
    Parsed parsed = SharedNlp.nlp().annotate(text, null, FINDER.parseWhen());
    List<Attribution> found = FINDER.find(parsed);
    return new NameResolver().resolve(parsed, found);
  }

  private static Person speaker(Cast cast, int statement) {
    int who = cast.speakerOf().get(statement);
    assertThat(who).as("statement %d has a resolved speaker", statement).isGreaterThanOrEqualTo(0);
    return cast.people().get(who);
  }

  @Test
  void pronounTakesNearestPersonBefore() {
    Cast c = cast("Marta Ilves arrived in the capital on Monday. She said the talks would resume next week.");
    assertThat(speaker(c, 0).name()).isEqualTo("Marta Ilves");
    assertThat(speaker(c, 0).kind()).isEqualTo("person");
  }

  @Test
  void relativePronounIsTheMentionAndItsAntecedentTheSpeaker() {
    String text = "The plan was opposed by the ferry captain Mara Quell, who said the new fees would drive small boats out.";
    Parsed parsed = SharedNlp.nlp().annotate(text, null, FINDER.parseWhen());
    List<Attribution> found = FINDER.find(parsed);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).source().of(text)).isEqualTo("who");
    assertThat(found.get(0).referent().of(text)).contains("Mara Quell");
    assertThat(speaker(new NameResolver().resolve(parsed, found), 0).name()).isEqualTo("Mara Quell");
  }

  @Test
  void aNameBehindAnArticleIsNotAPersonForAPronoun() {
    Cast c = cast("Minister Oskar Brandvold spoke in the chamber. \"We will not sell the Tessa for power,\" he said.");
    assertThat(speaker(c, 0).name()).isEqualTo("Oskar Brandvold");
    assertThat(c.people()).noneMatch(p -> p.name().equals("Tessa"));
  }

  @Test
  void surnameJoinsFullNameAndRoleBeforeNameIsKept() {
    Cast c = cast("Ruritania's foreign minister Anton Velez met his counterpart on Tuesday. "
        + "Velez said the border dispute was over.");
    Person p = speaker(c, 0);
    assertThat(p.name()).isEqualTo("Anton Velez");
    assertThat(p.roles()).contains("Ruritania's foreign minister");
    assertThat(p.id()).isEqualTo(PersonIds.of("person", "Anton Velez"));
    assertThat(c.people()).filteredOn(x -> x.name().contains("Velez")).hasSize(1);
  }

  @Test
  void appositiveGivesRole() {
    Cast c = cast("Hugh Hallam, a doctor at the county hospital, said the ward was full.");
    Person p = speaker(c, 0);
    assertThat(p.name()).isEqualTo("Hugh Hallam");
    assertThat(p.roles()).anyMatch(r -> r.contains("doctor"));
  }

  @Test
  void roleDescriptionResolvesToPersonWithThatRole() {
    Cast c = cast("The envoy, Lucia Brandt, landed at noon. On Friday the envoy said the ceasefire was holding.");
    assertThat(speaker(c, c.speakerOf().size() - 1).name()).isEqualTo("Lucia Brandt");
  }

  @Test
  void organisationAndCollectiveSpeakers() {
    Cast c = cast("The Ministry of Transport said the line would reopen. Officials said repairs had begun.");
    assertThat(speaker(c, 0).kind()).isEqualTo("organisation");
    assertThat(speaker(c, 1).kind()).isEqualTo("collective");
  }

  @Test
  void sameSurnameDifferentFirstNamesAreTwoPeople() {
    Cast c = cast("Anna Petrakis said the vote was fair. Her cousin Boris Petrakis said it was rigged.");
    assertThat(speaker(c, 0).name()).isEqualTo("Anna Petrakis");
    assertThat(speaker(c, 1).name()).isEqualTo("Boris Petrakis");
    assertThat(speaker(c, 0).id()).isNotEqualTo(speaker(c, 1).id());
  }

  @Test
  void idsAreStableAcrossArticles() {
    assertThat(PersonIds.of("person", "Anton Velez")).isEqualTo(PersonIds.of("person", "Anton  Velez".replace("  ", " ")));
    assertThat(PersonIds.of("organisation", "Ministry of Transport")).startsWith("o-");
  }
}
