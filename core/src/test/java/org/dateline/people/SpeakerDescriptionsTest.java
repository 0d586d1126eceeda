package org.dateline.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.SharedNlp;
import org.dateline.model.Person;
import org.dateline.model.Span;
import org.dateline.nlp.Parsed;
import org.dateline.quote.QuoteFinder;
import org.junit.jupiter.api.Test;

/** Descriptions and names the tagger missed, resolved within an invented article: titles, proper nouns, "you". */
class SpeakerDescriptionsTest {
  private static final QuoteFinder FINDER = new QuoteFinder();
  private static String text;

  private static Cast read(String article) {
    text = article;
    return NameResolverTest.cast(article);
  }

  /** What the rules know of {@code article} with only the people given: for the rules that take a mention alone. */
  private static ArticleNames article(String article, Map<String, Entry> people, List<Mention> mentions) {
    Parsed parsed = SharedNlp.nlp().annotate(article, null, FINDER.parseWhen());
    return new ArticleNames(parsed, people, mentions, Set.of(), Set.of(), List.of());
  }

  private static void assertSpeaker(Cast c, String words, String name) {
    Cast.Said s = said(c, words);
    assertThat(s.role()).as(words).isNull();
    assertThat(s.speaker()).as(words).isNotNull();
    assertThat(s.speaker().name()).isEqualTo(name);
  }

  private static void assertRole(Cast c, String words, String role) {
    Cast.Said s = said(c, words);
    assertThat(s.speaker()).as(words).isNull();
    assertThat(s.role()).isEqualTo(role);
  }

  private static Cast.Said said(Cast c, String words) {
    return c.said().stream().filter(s -> s.attribution().content().stream().anyMatch(x -> x.of(text).contains(words)))
        .findFirst().orElseThrow(() -> new AssertionError("no statement holds " + words));
  }

  @Test
  void aTitleBeforeTheNameIsTheRoleALaterDescriptionFinds() {
    Cast c = read("Mayor Ilse Varga opened the new bridge in Lenna on Monday. The mayor said the toll would be lifted in spring.");
    assertSpeaker(c, "the toll would be lifted", "Ilse Varga");
    assertThat(said(c, "the toll would be lifted").speaker().roles()).anyMatch(r -> r.equalsIgnoreCase("mayor"));
  }

  @Test
  void aShortTitleIsWrittenOutSoTheFullWordFindsIt() {
    Cast c = read("Sen. Tomas Brenner voted against the harbour bill on Tuesday. The senator said it would raise ferry fares.");
    assertSpeaker(c, "it would raise ferry fares", "Tomas Brenner");
    assertThat(said(c, "it would raise ferry fares").speaker().roles()).contains("Senator");
    assertThat(Roles.expanded("Sen.")).isEqualTo("Senator");
    assertThat(Roles.expanded("Lt. Gov.")).isEqualTo("Lieutenant Governor");
    assertThat(Roles.expanded("Mr.")).isEqualTo("Mr.");
  }

  @Test
  void aCourtesyTitleIsNoRole() {
    Cast c = read("Mr. Anton Kessel visited the port on Friday. He said the cranes were too old.");
    assertThat(c.people()).filteredOn(p -> p.name().equals("Anton Kessel")).allMatch(p -> p.roles().isEmpty());
  }

  @Test
  void youNamesNobodyAndIsNoRole() {
    Cast c = read("The ferry to Korven runs twice a week. You might argue that the fares are too high for island families.");
    assertThat(c.said()).isNotEmpty().allMatch(s -> s.speaker() == null && s.role() == null);
    assertThat(c.people()).noneMatch(p -> p.name().equalsIgnoreCase("you"));
  }

  @Test
  void aSurnameTheTaggerMissedIsThePersonNamedInFull() {
    Entry brenner = new Entry("Tomas Brenner", Person.Kind.PERSON);
    Map<String, Entry> people = new LinkedHashMap<>(Map.of("Tomas Brenner", brenner));
    ArticleNames a = article("Tomas Brenner chairs the harbour board. Brenner spoke.", people, List.of(new Mention(new Span(0, 13), 0, brenner)));
    String t = a.text();
    // "Brenner" (a proper noun) resolves to the person; "harbour board" (common nouns) is no name
    int later = t.indexOf("Brenner spoke");
    assertThat(UntaggedNames.resolve(a, new Span(later, later + 7), "Brenner")).isSameAs(brenner);
    int board = t.indexOf("harbour board");
    assertThat(UntaggedNames.resolve(a, new Span(board, board + 13), "harbour board")).isNull();
  }

  @Test
  void aProperNameTheTaggerMissedSpeaksAsAnOrganisationNotARole() {
    ArticleNames a = article("The claim was checked on Friday. FactLedger said the figures were misleading.", new LinkedHashMap<>(), List.of());
    int at = a.text().indexOf("FactLedger");
    Entry e = UntaggedNames.resolve(a, new Span(at, at + 10), "FactLedger");
    assertThat(e).isNotNull();
    assertThat(e.kind).isEqualTo(Person.Kind.ORGANISATION);
    assertThat(e.role).isFalse();
  }

  @Test
  void aPartyNamedInTheDescriptionIsItsOnePersonNamed() {
    Cast c = read("On Monday, Republican Tomas Brenner toured the shipyard in Lenna. "
        + "The Republican nominee said the yard would stay open whatever the budget.");
    assertSpeaker(c, "the yard would stay open", "Tomas Brenner");
  }

  @Test
  void withTwoOfThePartyNamedTheDescriptionStaysARole() {
    Cast c = read("On Monday, Republican Tomas Brenner and Republican Ilse Varga toured the shipyard in Lenna. "
        + "The Republican nominee said the yard would stay open whatever the budget.");
    assertRole(c, "the yard would stay open", "Republican nominee");
  }

  @Test
  void aCapitalisedWordTheArticleAlsoWritesInLowerCaseIsNoName() {
    ArticleNames a = article("Judge Rejects Ferry Levy.\n\nThe judge said the levy broke the harbour charter.", new LinkedHashMap<>(), List.of());
    assertThat(UntaggedNames.resolve(a, new Span(0, 5), "Judge")).isNull();
  }

  @Test
  void aHeadlineSpeakerBeforeItsColonIsNoRoleOfTheNameAfterIt() {
    Cast c = read("FactLedger: Tomas Brenner Is Right About Ferry Fares.\n\nTomas Brenner said on Monday that fares had doubled.");
    assertThat(c.people()).filteredOn(p -> p.name().equals("Tomas Brenner")).allMatch(p -> p.roles().stream().noneMatch(r -> r.contains("FactLedger")));
  }

  @Test
  void anIndefiniteDescriptionIntroducesOnlySomeoneNewNamedAfterIt() {
    Cast c = read("Tomas Brenner opened the harbour hearing on Monday. A Lenna port official said the cranes had failed twice. "
        + "Brenner promised new cranes.");
    assertRole(c, "the cranes had failed twice", "Lenna port official");
    Cast d = read("The harbour hearing opened on Monday. A Lenna port official said the cranes had failed twice. "
        + "Ilse Varga, who runs the cranes, promised new ones.");
    assertSpeaker(d, "the cranes had failed twice", "Ilse Varga");
  }

  @Test
  void aSurnameInCapitalsIsThePersonNotARole() {
    // a transcript writes its speakers in capitals; the tagger takes them for common nouns
    Cast c = read("Governor Mike Varga spoke to Vestra Radio on Sunday about the port strike.\n\n"
        + "VARGA: Well, look, the port will stay open and the ferries will run.\n\n"
        + "VARGA said the strike would end within a week.");
    assertSpeaker(c, "the strike would end within a week", "Mike Varga");
  }

  @Test
  void aShareOrNumberOfPeopleIsAGroupNotARole() {
    Cast c = read("A Vestra Herald poll of 900 voters was released on Tuesday. Sixty-three percent said the port should stay public. "
        + "Nearly eight of 10 voters said the ferries ran late. Most said they would vote in the spring. "
        + "Two women said the harbour fees were too high.");
    for (String words : List.of("the port should stay public", "the ferries ran late", "they would vote in the spring", "the harbour fees were too high")) {
      Cast.Said s = said(c, words);
      assertThat(s.role()).as(words).isNull();
      assertThat(s.speaker()).as(words).isNotNull();
      assertThat(s.speaker().kind()).as(words).isEqualTo(Person.Kind.COLLECTIVE);
    }
  }
}
