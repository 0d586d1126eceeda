package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.quote.StatementAssertions.asked;
import static org.dateline.quote.StatementAssertions.assertIncludes;
import static org.dateline.quote.StatementAssertions.assertStatements;
import static org.dateline.quote.StatementAssertions.direct;
import static org.dateline.quote.StatementAssertions.found;
import static org.dateline.quote.StatementAssertions.indirect;
import static org.dateline.quote.StatementAssertions.partial;
import static org.dateline.quote.StatementAssertions.stance;

import org.junit.jupiter.api.Test;

/**
 * Golden tests for the constructions PolNeAR's missed contents were counted by (issue 15): a quotation cut inside,
 * objects of offering and feeling, passives, relative pronouns, embedded questions, short answers; a cue a direct
 * quote took, proper plurals, holder nouns, passives of naming. Invented texts.
 */
class StatementConstructionsTest {
  @Test
  void aQuotationOpenedInReportedSpeechRunsToItsClosingMark() {
    // cut by the parse at the comma inside the quote, and at a full stop inside it
    assertStatements("Senator Ola Brandt said that the council has “taken every blow they have thrown, and it is still standing.”",
        partial("Senator Ola Brandt", "said", "that the council has “taken every blow they have thrown, and it is still standing.”"));
    assertIncludes("Mayor Ilse Varga told reporters that “if the turnout is large, we will do fine. If it is low, that is another story.”",
        partial("Mayor Ilse Varga", "told", "that “if the turnout is large, we will do fine. If it is low, that is another story.”"));
  }

  @Test
  void whatIsOfferedOrThankedForIsSaidAndAFeelingIsAboutWhatItNames() {
    assertStatements("Governor Alma Reyes offered her own assessment of the harbour plan.",
        indirect("Governor Alma Reyes", "offered", "her own assessment of the harbour plan"));
    assertStatements("The ferry union expressed deep concern about the new timetable.",
        indirect("The ferry union", "expressed", "the new timetable"));
  }

  @Test
  void aPassiveSubjectIsWhatWasSaidAndTheByPhraseTheSpeaker() {
    assertStatements("The harbour plan was rejected by the council of Port Elsa on Tuesday.",
        indirect("the council of Port Elsa", "rejected", "The harbour plan"));
    assertIncludes("Marek was criticized by his rivals for skipping the vote.",
        indirect("his rivals", "criticized", "Marek", "for skipping the vote"));
    assertThat(found("Holm was asked by reporters about the vote.")).noneMatch(e -> e.content().contains("Holm"));
    assertIncludes("The plan was opposed by the ferry captain Mara Quell, who said the new fees would drive small boats out.",
        stance("the ferry captain Mara Quell", "opposed", "The plan"));
  }

  @Test
  void aRelativePronounObjectStandsForWhatWasSaid() {
    assertIncludes("The levy, which Mayor Ilse Varga described as a trap, was dropped.",
        indirect("Mayor Ilse Varga", "described", "which", "as a trap"));
  }

  @Test
  void whatSomeoneSpokeAboutOrWonderedIfIsTheContentAndEndsWithItsClause() {
    assertStatements("Holm spoke about how the harbour had been taken over and looted.",
        indirect("Holm", "spoke", "how the harbour had been taken over and looted"));
    assertIncludes("Mayor Ilse Varga, talking about how she is going to build the bridge, said little else.",
        indirect("Mayor Ilse Varga", "talking", "how she is going to build the bridge"));
    assertStatements("Varga wondered aloud if the ferry would ever run again.",
        stance("Varga", "wondered", "if the ferry would ever run again"));
  }

  @Test
  void aSentenceOpeningWithAskedPutsAQuestionNotAStatement() {
    assertStatements("Asked if Marek is \"ready to serve as mayor,\" 41 percent of voters said yes.",
        asked(null, "Asked", "if Marek is \"ready to serve as mayor,\""), indirect("41 percent of voters", "said", "yes"));
    assertIncludes("Asked about the levy, Holm said the council would decide in June.", asked(null, "Asked", "the levy"));
  }

  @Test
  void aSayWithNoClauseSaysItsAnswerOrItsObject() {
    assertStatements("Half said so, and a third said the same of Varga.",
        indirect("Half", "said", "so"), indirect("a third", "said", "the same of Varga"));
    assertStatements("Varga said the same thing, and Holm said something very strange.",
        indirect("Varga", "said", "the same thing"), indirect("Holm", "said", "something very strange"));
  }

  @Test
  void aCueThatADirectQuoteTookStillReportsItsOwnThatClause() {
    // (the quote after it in the paragraph is a piece of the same statement: one cue, one speaker mention)
    assertStatements("Holm noted that Sunday would have been the harbour’s 100th birthday and quoted its founder’s “first rule” -- “Keep the lights on for every boat.”",
        partial("Holm", "noted", "that Sunday would have been the harbour’s 100th birthday", "Keep the lights on for every boat."));
  }

  @Test
  void aProperPluralHoldsAView() {
    assertStatements("But some Liberals are concerned that the new levy is “a tax on every ferry.”",
        partial("some Liberals", "concerned", "that the new levy is “a tax on every ferry.”"));
  }

  @Test
  void aHolderNounOrInSupportOfNamesAPosition() {
    assertStatements("Senator Ola Brandt, a fierce critic of the harbour levy, spoke on Monday.",
        stance("Senator Ola Brandt", "critic of", "the harbour levy"));
    assertStatements("Mayor Ilse Varga is an outspoken supporter of the new bridge.",
        stance("Mayor Ilse Varga", "supporter of", "the new bridge"));
    assertStatements("The ferry union raised about $58,000 in support of Holm.",
        stance("The ferry union", "in support of", "Holm"));
  }

  @Test
  void aPassiveVerbOfNamingOrJudgingSaysWhatItsSubjectIsTakenFor() {
    assertStatements("Mayor Ilse Varga is widely seen as the favourite in the harbour race.",
        stance(null, "seen", "Mayor Ilse Varga", "as the favourite in the harbour race"));
    assertStatements("Marek was dubbed the harbour king by his rivals.",
        indirect("his rivals", "dubbed", "Marek", "the harbour king"));
  }

  @Test
  void anyNounObjectWithAThatClauseOfItsContentIsAView() {
    assertStatements("Holm made the case that the levy is “a tax on every ferry.”",
        partial("Holm", "case", "that the levy is “a tax on every ferry.”"));
  }

  @Test
  void seeingSomethingAsSomethingIsAView() {
    assertStatements("Many delta farmers see the levy as a tax on the poor.",
        stance("Many delta farmers", "see", "the levy as a tax on the poor"));
    assertStatements("She sees Ilse Varga as a uniter.", stance("She", "sees", "Ilse Varga as a uniter"));
  }

  @Test
  void whatASpeakerRefersToOrReferencesIsSpokenOf() {
    assertStatements("“The levy is a tax on the poor,” Varga said, referring to the harbour fee.",
        direct("Varga", "said", "The levy is a tax on the poor,"), indirect("Varga", "referring", "the harbour fee"));
    assertStatements("“That is a promise they broke twice,” Holm said, referencing the ferry subsidy of 2009.",
        direct("Holm", "said", "That is a promise they broke twice,"), indirect("Holm", "referencing", "the ferry subsidy of 2009"));
    // the participle of naming says nothing: the judged-as rule reads the sentence
    assertStatements("Brel, referred to as the harbour king, has been seen as a rival.",
        stance(null, "seen", "Brel, referred to as the harbour king", "as a rival"));
  }

  @Test
  void anAsideOpeningAThatClauseDoesNotEndIt() {
    assertStatements("The fishermen argue that, while the levy may cut the deficit, the delta will pay for it.",
        indirect("The fishermen", "argue", "that, while the levy may cut the deficit, the delta will pay for it"));
  }

  @Test
  void whatIsHintedAtOrChargedWithIsSaid() {
    assertStatements("Varga hinted at a shake-up of her campaign staff.",
        indirect("Varga", "hinted", "a shake-up of her campaign staff"));
    assertStatements("Prosecutors charged Marek with fraud in the harbour case.",
        indirect("Prosecutors", "charged", "Marek with fraud in the harbour case"));
    // without the charge it is a fee
    assertStatements("The port charges each ferry a fee for every berth.");
  }

  @Test
  void aVerbWithTheWordsThatMakeItSpeechSpeaksOfWhatFollows() {
    assertStatements("Mayor Ilse Varga railed against the harbour levy at a rally in Dresk.",
        indirect("Mayor Ilse Varga", "railed", "the harbour levy"));
    assertIncludes("Marek lashed out at Varga after she criticized his ferry plan.", indirect("Marek", "lashed", "Varga"));
    assertStatements("Holm fired back at the mayor over the port budget.", indirect("Holm", "fired", "the mayor"));
    // without its words the verb says nothing
    assertStatements("The workers opened up the harbour gates at dawn.");
  }

  @Test
  void aVerbOrAdjectiveOfAPersonWithAnAboutPhraseHoldsAViewOfIt() {
    assertStatements("Mayor Ilse Varga fretted about the harbour levy.",
        indirect("Mayor Ilse Varga", "fretted", "the harbour levy"));
    assertStatements("Councillor Jan Holm was upbeat about the ferry union's chances in the vote.",
        stance("Councillor Jan Holm", "upbeat", "the ferry union's chances in the vote"));
    // a thing's subject holds no view, "be about" is what a thing is on, and "about noon" is a time
    assertStatements("The harbour report is about the old port.");
    assertStatements("The ferry left Port Elsa at about noon.");
  }

  @Test
  void aSentenceWithAThatClauseAndNoCueWordIsParsed() {
    // no speech verb, cue noun or quote mark in it: only the "that" gets it a parse
    assertStatements("Dock workers in Port Elsa were frustrated that the council cut their pay.",
        indirect("Dock workers in Port Elsa", "frustrated", "that the council cut their pay"));
  }

  @Test
  void aSpeechActNounWithWhatItIsAboutOrOnIsAStatementOfItsHolder() {
    assertIncludes("Mayor Ilse Varga's comments about the ferry strike drew anger in Dresk.",
        indirect("Mayor Ilse Varga", "comments about", "the ferry strike"));
    assertIncludes("Councillor Jan Holm made several angry remarks on the harbour levy.",
        indirect("Councillor Jan Holm", "remarks on", "the harbour levy"));
    // "on" the day, the outlet or the terms is no topic
    assertStatements("Councillor Jan Holm gave a long speech on Monday.");
    assertThat(found("Officials made remarks on condition of anonymity.")).isEmpty();
  }
}
