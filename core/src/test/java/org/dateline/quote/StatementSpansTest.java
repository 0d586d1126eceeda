package org.dateline.quote;

import static org.dateline.quote.StatementAssertions.assertIncludes;
import static org.dateline.quote.StatementAssertions.direct;
import static org.dateline.quote.StatementAssertions.indirect;
import static org.dateline.quote.StatementAssertions.negated;
import static org.dateline.quote.StatementAssertions.partial;
import static org.dateline.quote.StatementAssertions.stance;

import org.junit.jupiter.api.Test;

/**
 * Golden tests for where a statement's content starts and ends (issue 15, the boundary errors counted on PolNeAR's
 * train split): a subject the parse hung on the cue, the cue's own time and place, a quotation going on in the next
 * paragraph, a clause of time or contrast the parse hung on the cue, the occasion, relative clause or appositive
 * trailing a phrase (ContentTails). Invented texts.
 */
class StatementSpansTest {
  @Test
  void aClauseKeepsItsSubject() {
    assertIncludes("Lena Ostrova says Marek is blocking the harbour deal.",
        indirect("Lena Ostrova", "says", "Marek is blocking the harbour deal"));
    assertIncludes("The council leader also thinks Varga will win the runoff in Port Elsa.",
        stance("The council leader", "thinks", "Varga will win the runoff in Port Elsa"));
  }

  @Test
  void theCuesTimeAndPlaceAreNotWhatWasSaid() {
    assertIncludes("Councillor Anton Brel said Thursday his biggest worry was the budget.",
        indirect("Councillor Anton Brel", "said", "his biggest worry was the budget"));
    assertIncludes("Mayor Ilse Varga told the Harbor Times last week she would not run again.",
        indirect("Mayor Ilse Varga", "told", "she would not run again"));
  }

  @Test
  void aClauseOfContrastOnTheCueIsTheReportersSetting() {
    // (the parse hangs "while … said" on the first "said": the second figure is the reporter's, with a cue of its own)
    assertIncludes("In a Coastal Ledger poll, 62 percent said that Mayor Varga is in \"good enough health to serve another term,\""
        + " while 41 percent said the same of Oskar Lind.",
        partial("62 percent", "said", "that Mayor Varga is in \"good enough health to serve another term,\""));
  }

  @Test
  void aQuotationGoesOnInTheParagraphAfter() {
    String text = "“The ferry will not run this winter,” the harbour master, Oskar Lind, said on Monday.\n\n"
        + "“We have no crew and no fuel. The boats stay in port.”\n\nThe council meets on Friday.";
    assertIncludes(text, direct("the harbour master, Oskar Lind", "said", "The ferry will not run this winter,",
        "We have no crew and no fuel. The boats stay in port."));
  }

  @Test
  void theOccasionOfAPhraseIsNotWhatWasSaid() {
    assertIncludes("The dockers' union announced its endorsement on its Facebook page.",
        indirect("The dockers' union", "announced", "its endorsement"));
    assertIncludes("Councillor Lind attacked Ostrova during a conference call with reporters Tuesday morning.",
        indirect("Councillor Lind", "attacked", "Ostrova"));
    assertIncludes("Anton Brel called the ferry plan “a disgrace” in a radio interview.",
        partial("Anton Brel", "called", "the ferry plan “a disgrace”"));
  }

  @Test
  void aClauseKeepsItsOwnPhrasesOfPlace() {
    // (with a verb of its own the content is a clause, and "in a tweet" is part of what was claimed)
    assertIncludes("Varga said Marek had insulted the fishermen in a tweet.",
        indirect("Varga", "said", "Marek had insulted the fishermen in a tweet"));
  }

  @Test
  void aRelativeClauseAfterAPhraseIsTheReportersGloss() {
    assertIncludes("Mayor Varga criticized the council's handling of the port, which an audit called careless.",
        indirect("Mayor Varga", "criticized", "the council's handling of the port"));
    assertIncludes("Ostrova condemned the new harbour levy, which takes effect in March.",
        indirect("Ostrova", "condemned", "the new harbour levy"));
  }

  @Test
  void anAppositiveAfterANameIsTheReportersGloss() {
    assertIncludes("Mayor Varga praised Anton Brel, a former harbour master who has never held office.",
        indirect("Mayor Varga", "praised", "Anton Brel"));
    // (a place after a place is part of the name)
    assertIncludes("Ostrova said Port Elsa, Valdoria, has more ferries than any town in the north.",
        indirect("Ostrova", "said", "Port Elsa, Valdoria, has more ferries than any town in the north"));
  }

  @Test
  void aParticipleCueAfterAParticipleCueIsASecondStatement() {
    // (the parse hangs "asserting" on the first content; the speaker is the first cue's)
    assertIncludes("Lind spent the week calling the levy “disqualifying” and asserting that the only explanation must be a hidden deal.",
        partial("Lind", "calling", "the levy “disqualifying”"),
        indirect("Lind", "asserting", "that the only explanation must be a hidden deal"));
    assertIncludes("Ostrova is touting her own record and saying the other candidate lacks the judgment to lead the port.",
        indirect("Ostrova", "touting", "her own record"),
        indirect("Ostrova", "saying", "the other candidate lacks the judgment to lead the port"));
  }

  @Test
  void aSecondCueWithItsAuxiliaryIsTheSameSpeakersNextStatement() {
    // (the parse conjoins "recommend" inside the first content; the tense is the auxiliary's)
    assertIncludes("The inspectors concluded that the mayor had been careless with the harbour accounts, but did not recommend that she face charges.",
        indirect("The inspectors", "concluded", "that the mayor had been careless with the harbour accounts"),
        negated("The inspectors", "recommend", "that she face charges"));
    assertIncludes("Brel said that he would back the eventual nominee but did not suggest it would be Ostrova.",
        indirect("Brel", "said", "that he would back the eventual nominee"),
        negated("Brel", "suggest", "it would be Ostrova"));
  }

  @Test
  void aSecondCueAfterACommaSharesTheFirstCuesSpeaker() {
    // (in the cue's own tense, with no subject of its own; the parse hangs it on the first content, whose words it is not)
    assertIncludes("Ostrova praised the new ferry schedule, then criticized the fares as too high for students.",
        indirect("Ostrova", "praised", "the new ferry schedule"),
        indirect("Ostrova", "criticized", "the fares as too high for students"));
    assertIncludes("Marek later suggested the levy was behind the harbour's losses, called it “a disgrace”.",
        indirect("Marek", "suggested", "the levy was behind the harbour's losses"),
        partial("Marek", "called", "it “a disgrace”"));
    // (the parse gives "accused" no subject: the speaker is that of the statement it follows)
    assertIncludes("Party leader Anna Velk said the ruling showed the minister did not understand the law, and accused the cabinet office of putting words in the judge's mouth.",
        indirect("Party leader Anna Velk", "said", "the ruling showed the minister did not understand the law"),
        indirect("Party leader Anna Velk", "accused", "the cabinet office of putting words in the judge's mouth"));
  }
}
