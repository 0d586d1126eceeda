package org.dateline.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.SharedNlp;
import org.dateline.clean.TextCleaner;
import org.dateline.model.Person;
import org.dateline.nlp.Parsed;
import org.dateline.quote.Attribution;
import org.dateline.quote.QuoteFinder;
import org.junit.jupiter.api.Test;

/** Descriptions and names the tagger missed, resolved within an invented article: titles, proper nouns, "you". */
class SpeakerDescriptionsTest {
  private static final QuoteFinder FINDER = new QuoteFinder();

  private static Cast cast(String text) {
    Parsed parsed = SharedNlp.nlp().annotate(text, null, FINDER.parseWhen());
    List<Attribution> found = FINDER.find(parsed, TextCleaner.paragraphs(text));
    return new NameResolver().resolve(parsed, found);
  }

  private static String text;

  private static Cast read(String article) {
    text = article;
    return cast(article);
  }

  private static Cast.Said said(Cast c, String words) {
    return c.said().stream().filter(s -> s.attribution().content().stream().anyMatch(x -> x.of(text).contains(words)))
        .findFirst().orElseThrow(() -> new AssertionError("no statement holds " + words));
  }

  @Test
  void aTitleBeforeTheNameIsTheRoleALaterDescriptionFinds() {
    Cast c = read("Mayor Ilse Varga opened the new bridge in Lenna on Monday. The mayor said the toll would be lifted in spring.");
    Cast.Said s = said(c, "the toll would be lifted");
    assertThat(s.role()).isNull();
    assertThat(s.speaker().name()).isEqualTo("Ilse Varga");
    assertThat(s.speaker().roles()).anyMatch(r -> r.equalsIgnoreCase("mayor"));
  }

  @Test
  void aShortTitleIsWrittenOutSoTheFullWordFindsIt() {
    Cast c = read("Sen. Tomas Brenner voted against the harbour bill on Tuesday. The senator said it would raise ferry fares.");
    Cast.Said s = said(c, "it would raise ferry fares");
    assertThat(s.role()).isNull();
    assertThat(s.speaker().name()).isEqualTo("Tomas Brenner");
    assertThat(s.speaker().roles()).contains("Senator");
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
    Parsed parsed = SharedNlp.nlp().annotate("Tomas Brenner chairs the harbour board. Brenner spoke.", null, FINDER.parseWhen());
    java.util.Map<String, Entry> people = new java.util.LinkedHashMap<>();
    Entry brenner = new Entry("Tomas Brenner", Person.Kind.PERSON);
    people.put("Tomas Brenner", brenner);
    String t = parsed.text();
    List<Mention> mentions = List.of(new Mention(new org.dateline.model.Span(0, 13), 0, brenner));
    ArticleNames a = new ArticleNames(parsed, people, mentions, java.util.Set.of(), java.util.Set.of(), List.of());
    // "Brenner" (a proper noun) resolves to the person; "harbour board" (common nouns) is no name
    int later = t.indexOf("Brenner spoke");
    assertThat(UntaggedNames.resolve(a, new org.dateline.model.Span(later, later + 7), "Brenner")).isSameAs(brenner);
    int board = t.indexOf("harbour board");
    assertThat(UntaggedNames.resolve(a, new org.dateline.model.Span(board, board + 13), "harbour board")).isNull();
  }

  @Test
  void aProperNameTheTaggerMissedSpeaksAsAnOrganisationNotARole() {
    Parsed parsed = SharedNlp.nlp().annotate("The claim was checked on Friday. FactLedger said the figures were misleading.", null, FINDER.parseWhen());
    String t = parsed.text();
    int at = t.indexOf("FactLedger");
    ArticleNames a = new ArticleNames(parsed, new java.util.LinkedHashMap<>(), List.of(), java.util.Set.of(), java.util.Set.of(), List.of());
    Entry e = UntaggedNames.resolve(a, new org.dateline.model.Span(at, at + 10), "FactLedger");
    assertThat(e).isNotNull();
    assertThat(e.kind).isEqualTo(Person.Kind.ORGANISATION);
    assertThat(e.role).isFalse();
  }

  @Test
  void aPartyNamedInTheDescriptionIsItsOnePersonNamed() {
    Cast c = read("On Monday, Republican Tomas Brenner toured the shipyard in Lenna. "
        + "The Republican nominee said the yard would stay open whatever the budget.");
    Cast.Said s = said(c, "the yard would stay open");
    assertThat(s.role()).isNull();
    assertThat(s.speaker().name()).isEqualTo("Tomas Brenner");
  }

  @Test
  void withTwoOfThePartyNamedTheDescriptionStaysARole() {
    Cast c = read("On Monday, Republican Tomas Brenner and Republican Ilse Varga toured the shipyard in Lenna. "
        + "The Republican nominee said the yard would stay open whatever the budget.");
    Cast.Said s = said(c, "the yard would stay open");
    assertThat(s.speaker()).isNull();
    assertThat(s.role()).isEqualTo("Republican nominee");
  }

  @Test
  void aCapitalisedWordTheArticleAlsoWritesInLowerCaseIsNoName() {
    Parsed parsed = SharedNlp.nlp().annotate("Judge Rejects Ferry Levy.\n\nThe judge said the levy broke the harbour charter.", null, FINDER.parseWhen());
    ArticleNames a = new ArticleNames(parsed, new java.util.LinkedHashMap<>(), List.of(), java.util.Set.of(), java.util.Set.of(), List.of());
    assertThat(UntaggedNames.resolve(a, new org.dateline.model.Span(0, 5), "Judge")).isNull();
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
    Cast.Said s = said(c, "the cranes had failed twice");
    assertThat(s.speaker()).isNull();
    assertThat(s.role()).isEqualTo("Lenna port official");
    Cast d = read("The harbour hearing opened on Monday. A Lenna port official said the cranes had failed twice. "
        + "Ilse Varga, who runs the cranes, promised new ones.");
    assertThat(said(d, "the cranes had failed twice").speaker().name()).isEqualTo("Ilse Varga");
  }
}
