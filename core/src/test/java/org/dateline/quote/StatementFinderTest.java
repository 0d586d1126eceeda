package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.quote.StatementAssertions.assertIncludes;
import static org.dateline.quote.StatementAssertions.asked;
import static org.dateline.quote.StatementAssertions.assertStatements;
import static org.dateline.quote.StatementAssertions.direct;
import static org.dateline.quote.StatementAssertions.found;
import static org.dateline.quote.StatementAssertions.indirect;
import static org.dateline.quote.StatementAssertions.negated;
import static org.dateline.quote.StatementAssertions.partial;
import static org.dateline.quote.StatementAssertions.stance;

import org.dateline.clean.TextCleaner;
import org.junit.jupiter.api.Test;

/** Golden tests: one per statement form, with invented texts. */
class StatementFinderTest {

  @Test
  void speakerAfterQuote() {
    assertStatements("“We will rebuild the bridge by spring,” Mayor Ilse Varga said.",
        direct("Mayor Ilse Varga", "said", "We will rebuild the bridge by spring,"));
  }

  @Test
  void invertedSpeaker() {
    assertStatements("\"The harbour is closed to all traffic,\" said Tomas Brel.",
        direct("Tomas Brel", "said", "The harbour is closed to all traffic,"));
  }

  @Test
  void speakerBeforeWithColon() {
    assertStatements("Minister Karl Odum said: «The talks have failed and we are leaving.»",
        direct("Minister Karl Odum", "said", "The talks have failed and we are leaving."));
  }

  @Test
  void everyMarkStyle() {
    assertStatements("‘Nothing has been decided yet,’ said Rana Okafor.", direct("Rana Okafor", "said", "Nothing has been decided yet,"));
    assertStatements("'Nothing has been decided yet,' said Rana Okafor.", direct("Rana Okafor", "said", "Nothing has been decided yet,"));
    assertStatements("„Nothing has been decided yet“, said Rana Okafor.", direct("Rana Okafor", "said", "Nothing has been decided yet"));
    assertStatements("''Nothing has been decided yet,'' said Rana Okafor.", direct("Rana Okafor", "said", "Nothing has been decided yet,"));
  }

  @Test
  void dashAttributionsInAListOfReaderQuotes() {
    String text = "“The most expensive bridge ever proposed for a town this size.” ― Mara Quell\n"
        + "“It will split the old market in two and nobody asked us.” ― Julie A. Diaz Martinez.";
    assertStatements(text, direct("Mara Quell", "―", "The most expensive bridge ever proposed for a town this size."),
        direct("Julie A. Diaz Martinez", "―", "It will split the old market in two and nobody asked us."));
  }

  @Test
  void aPartialQuoteWithItsOwnCueDoesNotJoinTheQuoteBefore() {
    String text = "“This is not right,” Varga said. “You squeezed the ferry crews to the limit” to cut costs, she said.";
    assertIncludes(text, direct("Varga", "said", "This is not right,"));
    assertThat(found(text)).noneMatch(e -> e.content().size() > 1);
  }

  @Test
  void aStraightMarkClosesACurlyOne() {
    assertStatements("“Immunity deals should not be a requirement for cooperating with the police,\" Chairman Jon Reyes said.",
        direct("Chairman Jon Reyes", "said", "Immunity deals should not be a requirement for cooperating with the police,"));
  }

  @Test
  void splitQuoteIsOneStatement() {
    assertStatements("“The dam will hold,” the engineer Pia Lund said, “but only if the rain stops by Friday.”",
        direct("the engineer Pia Lund", "said", "The dam will hold,", "but only if the rain stops by Friday."));
  }

  @Test
  void secondQuoteAfterAttributionJoins() {
    assertStatements("“We counted every vote twice,” said Omar Quist. “The result stands.”",
        direct("Omar Quist", "said", "We counted every vote twice,", "The result stands."));
  }

  @Test
  void multiParagraphQuote() {
    String text = "Dara Venn said the plan was ready.\n\n“First we close the old mine and move the workers to the new site.\n\n"
        + "“Then we open the school, and the clinic after that,” she said.";
    assertIncludes(text, direct("she", "said", "First we close the old mine and move the workers to the new site.",
        "Then we open the school, and the clinic after that,"));
  }

  @Test
  void nestedQuoteStaysInside() {
    assertStatements("“They told us ‘wait for the next train’ and then left,” said Lea Marsh.",
        direct("Lea Marsh", "said", "They told us ‘wait for the next train’ and then left,"));
  }

  @Test
  void apDashInsideQuote() {
    assertStatements("\"We had no warning _ none at all,\" said Juno Pratt.", direct("Juno Pratt", "said", "We had no warning _ none at all,"));
  }

  @Test
  void partialQuoteInReportedSpeech() {
    assertStatements("Governor Alma Reyes called the decision \"logical\" and moved on.",
        partial("Governor Alma Reyes", "called", "the decision \"logical\""));
  }

  @Test
  void colonLeadInParagraph() {
    String text = "Pavel Orlov continued:\n\n“The ships will stay in port until the storm has passed.”";
    assertStatements(text, direct("Pavel Orlov", "continued", "The ships will stay in port until the storm has passed."));
  }

  @Test
  void dashAttribution() {
    assertStatements("“Every town deserves a library.” ― Nadia Kerr", direct("Nadia Kerr", "―", "Every town deserves a library."));
  }

  @Test
  void headlineForm() {
    assertStatements("Medvan: Republic will not sign the grain deal", direct("Medvan", ":", "Republic will not sign the grain deal"));
  }

  @Test
  void aHeadlinesNameBeforeItsTopicOrAudienceIsTheSpeaker() {
    // the headline (the first paragraph) only: "on" the topic, "to" the audience, "at" the place
    assertIncludes("Ilse Varga on Harbour Levy: The Tolls Are Ruinous for Fishermen\n\nThe council met on Tuesday.",
        direct("Ilse Varga", ":", "The Tolls Are Ruinous for Fishermen"));
    assertIncludes("Marek to Port Workers: the strike will end by Friday\n\nThe council met on Tuesday.",
        direct("Marek", ":", "the strike will end by Friday"));
  }

  @Test
  void aFindingClosingTheSentenceAttributesWhatCameBefore() {
    // ("show" would take no clause here: the parse hangs the sentence on "given" and "show" beside it)
    assertStatements("But Marek has not given money to any candidate this year except Varga, election records show.",
        indirect("election records", "show", "Marek has not given money to any candidate this year except Varga"));
  }

  @Test
  void continuationParagraphGoesOnWithTheQuote() {
    // a paragraph of nothing but a quote right after a quoted statement is the same quotation going on
    String text = "“The river has never been this low,” said Ines Falk.\n\n“We will need water trucks within a week.”";
    assertStatements(text, direct("Ines Falk", "said", "The river has never been this low,", "We will need water trucks within a week."));
  }

  @Test
  void continuationWithWordsOfItsOwnIsANewStatement() {
    // words after the quote are an attribution of its own, even one the cues do not know
    String text = "“The river has never been this low,” said Ines Falk.\n\n“We will need water trucks within a week,” Falk shot back.";
    assertStatements(text, direct("Ines Falk", "said", "The river has never been this low,"),
        direct("Falk", "shot", "We will need water trucks within a week,"));
  }

  @Test
  void nameAfterAnUncuedQuoteIsItsSpeaker() {
    // a name and a verb after the quote name who spoke: the other side of an exchange, not the speaker before
    String text = "“Look at all these tourists here,” Ines Falk said with a grin.\n\n"
        + "“They only came because the ferry is free this summer,” Tomas Brenner shot back with a laugh.";
    assertStatements(text, direct("Ines Falk", "said", "Look at all these tourists here,"),
        direct("Tomas Brenner", "shot", "They only came because the ferry is free this summer,"));
  }

  @Test
  void quoteAfterNoBreakSpaceGoesOn() {
    // pages set a no-break space between an attribution and the quote going on after it
    String text = "“The pumps failed in March,” he said.\u00A0“Nobody came to fix them.”";
    assertStatements(text, direct("he", "said", "The pumps failed in March,", "Nobody came to fix them."));
  }

  @Test
  void subheadingInQuotesIsNoContinuation() {
    String text = "“The river has never been this low,” said Ines Falk.\n\n‘The Long Dry Summer.’\n\nThe council met twice.";
    assertThat(found(text)).noneMatch(e -> e.content().contains("The Long Dry Summer."));
  }

  @Test
  void quoteParagraphGoesOnWithTheSpeakerReportedJustBefore() {
    // reported speech is found after the quotes; the quote paragraph is the words of the last speaker a reader met
    String text = "“The new terminal will open in May,” said Ines Falk, the port director.\n\n"
        + "Harbour pilot Tomas Brenner said the plan was far too hopeful.\n\n"
        + "“We have not even tested the cranes, and the channel still needs dredging.”";
    assertIncludes(text, direct("Harbour pilot Tomas Brenner", "said",
        "We have not even tested the cranes, and the channel still needs dredging."));
  }

  @Test
  void continuationEndsAfterOtherSpeaker() {
    String text = "“The river has never been this low,” said Ines Falk.\n\nOfficials said the pumps had failed.\n\n"
        + "Farmers gathered in the square on Monday.\n\nThe council met twice.\n\nThe market stayed shut.\n\n"
        + "“Nobody listens to us.”";
    assertThat(found(text)).noneMatch(e -> e.content().contains("Nobody listens to us."));
  }

  @Test
  void reportedSpeechWithThat() {
    assertStatements("The minister said that the border would reopen on Monday.",
        indirect("The minister", "said", "that the border would reopen on Monday"));
  }

  @Test
  void reportedSpeechToldListener() {
    assertStatements("Ravi Anand told lawmakers the budget was balanced.", indirect("Ravi Anand", "told", "the budget was balanced"));
  }

  @Test
  void warnedOf() {
    assertStatements("The agency warned of severe flooding along the coast.",
        indirect("The agency", "warned", "severe flooding along the coast"));
  }

  @Test
  void nounClauseCue() {
    assertStatements("The envoy gave assurances that no troops would cross the line.",
        indirect("The envoy", "assurances", "that no troops would cross the line"));
  }

  @Test
  void aClaimNounsPossessorIsItsSpeaker() {
    // the claim is the mayor's, whatever the council did with it
    assertStatements("The council ignored the mayor's claim that the old bridge was safe.",
        indirect("the mayor", "claim", "that the old bridge was safe"));
  }

  @Test
  void accordingTo() {
    assertStatements("The factory will close in March, according to the union.",
        indirect("the union", "according to", "The factory will close in March"));
  }

  @Test
  void accordingToKeepsTheSourcesAppositiveNotWhatFollowsIt() {
    assertStatements("The ferry will stop running in May, according to Ana Vell, a lawyer for the harbour union, whose figures the port disputes.",
        indirect("Ana Vell, a lawyer for the harbour union", "according to", "The ferry will stop running in May"));
  }

  @Test
  void accordingToEndsTheSourceAtADash() {
    assertIncludes("The plan would raise only $1.1 trillion, according to the Vestra Tax Centre - half a point of the nation's output.",
        indirect("the Vestra Tax Centre", "according to", "The plan would raise only $1.1 trillion"));
  }

  @Test
  void nounCueInStatement() {
    assertStatements("In a statement, the ministry denied any role in the fire.",
        indirect("the ministry", "denied", "any role in the fire"));
  }

  @Test
  void ofTwoSubjectsTheOneOutsideTheQuoteSpeaks() {
    // the parse sometimes also hangs a noun from inside the quote on the cue as its subject
    String text = "\"The plan puts the cost on young fishermen,\" Ana Ruiz, a columnist, said on the radio.";
    org.dateline.nlp.Parsed p = StatementAssertions.parse(text);
    org.dateline.nlp.Sentence s = p.sentences().get(0);
    int fishermen = -1, said = -1;
    for (org.dateline.nlp.Token t : s.tokens()) {
      if (t.word().equals("fishermen")) fishermen = t.index();
      if (t.word().equals("said")) said = t.index();
    }
    java.util.List<org.dateline.nlp.Dependency> deps = new java.util.ArrayList<>();
    deps.add(new org.dateline.nlp.Dependency("nsubj", said, fishermen));
    for (org.dateline.nlp.Dependency d : s.dependencies()) if (d.dependent() != fishermen) deps.add(d);
    org.dateline.nlp.Sentence misparsed = new org.dateline.nlp.Sentence(s.index(), s.span(), s.tokens(), deps, true);
    org.dateline.nlp.Parsed q = new org.dateline.nlp.Parsed(text, java.util.List.of(misparsed), p.entities(), p.timexes());
    assertThat(new QuoteFinder().find(q, TextCleaner.paragraphs(text))).extracting(a -> a.source().of(text)).containsExactly("Ana Ruiz, a columnist");
  }

  @Test
  void scareQuotesTitlesAndNicknamesAreNotStatements() {
    assertStatements("The so-called \"reform\" was debated at length.");
    assertStatements("She read \"The Long Winter\" on the train.");
    assertStatements("Boxer Lenny \"The Hammer\" Dobbs arrived late.");
    assertStatements("Banners reading \"Bread and Peace\" hung over the square.");
  }

  // ---- issue 15: what a statement is

  @Test
  void aRefusalIsAStanceNotWordsSaid() {
    // "to open the border" shown as speech would say the opposite of what Valdoria holds
    assertIncludes("Valdoria refuses to open the border crossing at Dresk until the ceasefire holds, its interior ministry said on Tuesday.",
        stance("Valdoria", "refuses", "to open the border crossing at Dresk until the ceasefire holds"));
  }

  @Test
  void supportIntentionBeliefAndExpectationAreStances() {
    assertStatements("Prime Minister Ilse Varga backs the Ostrian plan for a buffer zone, and she plans to travel to Port Elsa next week.",
        stance("Prime Minister Ilse Varga", "backs", "the Ostrian plan for a buffer zone"),
        stance("she", "plans", "to travel to Port Elsa next week"));
    assertStatements("Ivo Marek maintains that the shelling came from the Korven side.",
        stance("Ivo Marek", "maintains", "that the shelling came from the Korven side"));
  }

  @Test
  void speechStaysSpeech() {
    assertStatements("Mission spokesman Jan Holm said the monitors would stay in Dresk through the winter.",
        indirect("Mission spokesman Jan Holm", "said", "the monitors would stay in Dresk through the winter"));
  }

  @Test
  void negatedSpeechIsMarkedNotSaid() {
    assertIncludes("Rada Vetrov said the ceasefire was holding in the eastern districts. He did not say how he knew this.",
        indirect("Rada Vetrov", "said", "the ceasefire was holding in the eastern districts"),
        negated("He", "say", "how he knew this"));
    assertIncludes("Vetrov declined to say, when asked, whether Korven would recognize the Ostrian mission.",
        negated("Vetrov", "declined", "to say, when asked, whether Korven would recognize the Ostrian mission"));
  }

  @Test
  void aQuestionPutToSomeoneIsAskedNotTheirStatement() {
    assertIncludes("Marek was asked whether Valdoria would reopen the crossing at Dresk. He said talks would resume on Monday.",
        asked(null, "asked", "whether Valdoria would reopen the crossing at Dresk"),
        indirect("He", "said", "talks would resume on Monday"));
    // the question is the asker's when the text names one
    assertIncludes("Marek was asked by the moderator whether Valdoria would reopen the crossing.",
        asked("the moderator", "asked", "whether Valdoria would reopen the crossing"));
  }

  @Test
  void aBareNounOfSpeechIsTheActNotWhatWasSaid() {
    assertStatements("At the briefing on Monday, Lena Holm defended the remark.");
    assertStatements("At the briefing on Monday, Lena Holm defended the levy.",
        indirect("Lena Holm", "defended", "the levy"));
    assertStatements("At the briefing on Monday, a reporter asked Lena Holm a question.");
  }

  @Test
  void theWritersImperativeIsNoReport() {
    assertStatements("Want more updates from the Dresk harbour? Support the ferry crews.");
    assertIncludes("Lena Holm said she would support the ferry crews.",
        indirect("Lena Holm", "said", "she would support the ferry crews"));
  }

  @Test
  void howLongSomeoneSpokeIsNotWhatAbout() {
    assertStatements("Ivo Marek spoke for 77 minutes at the rally in Dresk.");
    assertIncludes("Ivo Marek spoke for 77 minutes about the harbour levy.",
        indirect("Ivo Marek", "spoke", "the harbour levy"));
  }

  @Test
  void aPartialQuoteCutBeforeItsClosingMarkTakesTheMarkIn() {
    assertStatements("The two delegations agreed to act in a \"measured way\".",
        partial("The two delegations", "agreed", "to act in a \"measured way\""));
  }

  @Test
  void noStatementRunsFromASubheadingIntoTheParagraphUnderIt() {
    String text = "Valdoria backs Ostria\nValdoria has condemned the shelling of Dresk, its foreign ministry said in a statement on Wednesday.";
    assertThat(found(text)).allSatisfy(e -> {
      assertThat(e.content()).allSatisfy(piece -> assertThat(piece).doesNotContain("\n"));
      if (e.speaker() != null) assertThat(e.speaker()).doesNotContain("\n");
    });
  }

  @Test
  void anEditorsLabelIsNoSpeakerAndNobodysWords() {
    // "Correction:", "Update:" and "The Latest:" head the reporter's own line; a name or a document heads a quote
    assertStatements("Correction: An earlier version of this story misstated the name of the Ostrian envoy to the talks.");
    assertStatements("Update: The talks have been moved to Thursday in Port Elsa.");
    // in capitals too: "UPDATE" is a label, as "HOST" in a transcript is a speaker
    assertStatements("UPDATE: The harbour office has since taken the notice down from its website.");
    assertStatements("CLARIFICATION: The first sentence has been changed to give the date of the recount in Port Elsa.");
    assertStatements("The Latest: Valdoria urges its farmers to stay away from the border.",
        indirect("Valdoria", "urges", "its farmers to stay away from the border"));
    assertStatements("Poll: Marek and Varga in a dead heat before the vote in Port Elsa",
        direct("Poll", ":", "Marek and Varga in a dead heat before the vote in Port Elsa"));
  }

  @Test
  void aBookOrEmailIsWhereItsAuthorSpokeNotTheSpeaker() {
    // the person the clause has for subject speaks; the book is only where
    assertThat(found("In one email, Eli Brandt passed along a request from the ferry union for a meeting."))
        .noneMatch(e -> "one email".equals(e.speaker()));
    // a poll's finding stays the poll's, a person its subject or not
    assertIncludes("In the latest Coastal Ledger poll, Varga led Marek by four points among likely voters.",
        indirect("the latest Coastal Ledger poll", "In", "Varga led Marek by four points among likely voters"));
  }

  @Test
  void aPronounsStanceIsNoStatementOfItsOwn() {
    // "his support for …" is mostly a phrase inside what another weighs; a named holder's is a statement
    assertThat(found("Harbour pilots took issue with his support for a second toll bridge over the Elsa."))
        .noneMatch(e -> "his".equals(e.speaker()));
    assertIncludes("Residents cheered Varga's support for a second toll bridge over the Elsa.",
        stance("Varga", "support for", "a second toll bridge over the Elsa"));
  }

  @Test
  void piecesOfOneCueAndSpeakerInAParagraphAreOneStatement() {
    // the reported clause and the quote after it are one content, as PolNeAR marks them
    assertStatements("She added that most of the harbour vote seemed more anti-Marek than pro-Varga, which is a problem "
            + "because, “In the end, we don’t vote against somebody. We vote for somebody.”",
        partial("She", "added", "that most of the harbour vote seemed more anti-Marek than pro-Varga",
            "In the end, we don’t vote against somebody. We vote for somebody."));
  }

  @Test
  void anExpletiveSubjectIsNoSpeaker() {
    // the content is kept, as PolNeAR keeps it, but "It" holds no view
    assertStatements("It seems that the ceasefire is holding in the eastern districts.",
        stance(null, "seems", "that the ceasefire is holding in the eastern districts"));
  }

  @Test
  void whatIsNamedAndWhatIsChargedArePartOfTheContent() {
    assertStatements("Holm called him a “coward” at the rally in Port Elsa.", partial("Holm", "called", "him a “coward”"));
    assertStatements("Varga accused Marek of stalling the talks on purpose.", indirect("Varga", "accused", "Marek of stalling the talks on purpose"));
    assertStatements("Holt asked Varga about the water rights of the delta farmers.",
        indirect("Holt", "asked", "the water rights of the delta farmers"));
  }

  @Test
  void aCueInTheMiddleOfTheSentenceTakesNoneOfItsOwnSubject() {
    assertIncludes("Prices will rise, he said, because of the drought.", indirect("he", "said", "Prices will rise"));
  }

  @Test
  void aClauseAfterASemicolonReportsNothingOfTheClauseBefore() {
    // the parse hangs the second clause on the first as a parataxis, as it hangs "…, he said, …"
    assertThat(found("The vote was close in Port Elsa; the recount confirmed it on Monday."))
        .noneMatch(e -> e.content().contains("The vote was close in Port Elsa"));
    assertThat(found("And the ferry ran again; the repair, however costly, had confirmed my faith in the harbour crew."))
        .noneMatch(e -> e.content().contains("And the ferry ran again"));
  }
}
