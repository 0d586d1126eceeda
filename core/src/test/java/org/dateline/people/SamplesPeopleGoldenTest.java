package org.dateline.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.SharedNlp;
import org.dateline.json.Json;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The people lists of the bundled samples, end to end: the invented countries, towns and rivers the tagger takes for
 * people are not people, descriptions are not people, a nicknamed name is one person, and every role is a noun phrase.
 * The people the samples name come from {@code _story.people} in samples/gold.json.
 */
class SamplesPeopleGoldenTest {
  static final Path SAMPLES = SharedNlp.SAMPLES;
  /** Places of the samples that CoreNLP tags PERSON somewhere. */
  static final Set<String> PLACES = Set.of("Ostria", "Korven", "Brasel", "Valdoria", "Tamsk", "Karsa", "Lenna", "Lisvara");
  static final Set<String> NOT_PEOPLE = Set.of("neither side", "his", "banner", "scientist", "Valdorian scientist",
      "Marek", "Soll");
  /** A role holds no clause, no bare possessive ending and no empty appositive. */
  static final Pattern JUNK_ROLE = Pattern.compile("(?i)(^['’]s\\b|\\bwho\\b|\\bwhich\\b|\\baccording to\\b|,|\\b(is|are|was|were|said|says|led|has|had)\\b)");
  static List<ArticleRecord> records;
  static JsonNode gold;

  @BeforeAll
  static void run() throws Exception {
    gold = Json.mapper().readTree(SAMPLES.resolve("gold.json").toFile()).get("_story");
    records = SharedNlp.sampleRecords();
  }

  @Test
  void noPlaceIsAPerson() {
    for (ArticleRecord r : records)
      assertThat(r.people()).as("people of %s", r.source())
          .noneMatch(p -> p.kind() == Person.Kind.PERSON && PLACES.contains(p.name()));
  }

  @Test
  void aPlaceThatSpeaksIsAPlace() {
    ArticleRecord responds = record("02-ostria-responds");
    assertThat(responds.people()).as("people are persons").noneMatch(p -> p.name().equals("Ostria"));
    assertThat(responds.everyone()).filteredOn(p -> p.name().equals("Ostria")).extracting(Person::kind).containsOnly(Person.Kind.PLACE);
  }

  @Test
  void noDescriptionPronounOrHalfNameIsAPerson() {
    for (ArticleRecord r : records)
      assertThat(r.people()).as("people of %s", r.source()).noneMatch(p -> NOT_PEOPLE.contains(p.name()));
  }

  @Test
  void everyNamedPersonIsAPersonWithCleanRoles() {
    for (JsonNode p : gold.get("people")) {
      String name = p.get("name").asText();
      String surname = name.substring(name.lastIndexOf(' ') + 1);
      List<Person> found = records.stream().flatMap(r -> r.people().stream())
          .filter(x -> x.name().endsWith(" " + surname) && x.name().startsWith(name.substring(0, 3))).toList();
      assertThat(found).as("%s in some article", name).isNotEmpty().allMatch(x -> x.kind() == Person.Kind.PERSON);
    }
    for (ArticleRecord r : records)
      for (Person p : r.people())
        assertThat(p.roles()).as("roles of %s in %s", p.name(), r.source()).noneMatch(role -> JUNK_ROLE.matcher(role).find());
  }

  @Test
  void rolesOfTheSamplesAreTheirNounPhrases() {
    assertThat(roles("04-envoy-appointed", "Pavel Dorn")).containsExactlyInAnyOrder("envoy", "former Kestrian transport minister");
    assertThat(roles("05-farmers-protest", "Andrey Vetrov")).containsExactly("Foreign Minister");
    assertThat(roles("06-talks-stall", "Tomas Kell")).containsExactly("Ostrian Energy Ministry spokesman");
    assertThat(roles("02-nordpost-talks-wire", "Pavel Dorn")).containsExactly("River Basin Council envoy");
    assertThat(roles("01-ledger-talks-open", "Pavel Dorn")).containsExactly("envoy of the River Basin Council");
    assertThat(roles("02-ostria-responds", "Ilse Marren")).containsExactly("Ostria’s energy minister");
    assertThat(roles("07-marren-interview", "Ilse Marren")).containsExactly("Ostria’s energy minister");
  }

  @Test
  void theOfficeOfAPersonIsAnOrganisationAndNotTheirRole() {
    for (ArticleRecord r : List.of(record("01-ledger-talks-open"), record("02-nordpost-talks-wire")))
      assertThat(r.everyone()).as("speakers of %s", r.source())
          .anyMatch(p -> p.name().equals("Pavel Dorn's office") && p.kind() == Person.Kind.ORGANISATION);
  }

  @Test
  void theNicknamedFarmersLeaderIsOnePerson() {
    for (String source : List.of("05-farmers-protest", "03-vt-parliament")) {
      List<Person> soll = record(source).people().stream().filter(p -> p.name().contains("Soll")).toList();
      assertThat(soll).as("Soll in %s", source).extracting(Person::name).containsExactly("Marek Soll");
    }
  }

  @Test
  void describedSpeakersAreThePersonNamedNext() {
    ArticleRecord warns = record("03-hydrologist-warns");
    Map<String, Long> bySpeaker = new java.util.TreeMap<>();
    warns.statements().forEach(s -> bySpeaker.merge(s.speaker() == null || s.speaker().name() == null ? "-" : s.speaker().name(), 1L, Long::sum));
    assertThat(bySpeaker.keySet()).containsOnly("Lena Ostrova");
  }

  private static ArticleRecord record(String name) {
    return records.stream().filter(r -> r.source().contains(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no sample " + name));
  }

  private static List<String> roles(String source, String person) {
    return record(source).people().stream().filter(p -> p.name().equals(person)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + person + " in " + source)).roles();
  }
}
