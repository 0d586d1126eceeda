package org.dateline.quote;

import static org.dateline.quote.StatementAssertions.assertIncludes;
import static org.dateline.quote.StatementAssertions.indirect;
import static org.dateline.quote.StatementAssertions.stance;

import org.junit.jupiter.api.Test;

/**
 * Golden tests: a clause a cue verb reports where the parse did not hang it as the verb's complement (invented
 * reports; each sentence is one the parser gets wrong in the way the test names).
 */
class MisparsedClauseTest {

  @Test
  void cueParsedAsTheClausalSubjectOfWhatWasSaid() {
    // "believe" and "agreed" come out as the csubj of "unacceptable" and "plan"
    assertIncludes("Many of the mayor's critics believe secrecy and delay are unacceptable.",
        stance("Many of the mayor's critics", "believe", "secrecy and delay are unacceptable"));
    assertIncludes("Two harbour pilots agreed it was still a reckless plan.",
        indirect("Two harbour pilots", "agreed", "it was still a reckless plan"));
  }

  @Test
  void clauseSubjectParsedAsTheCueObject() {
    // "cracks" the object of "suspect", "caused" a dep of it
    assertIncludes("Several engineers suspect those cracks were caused in part by cheap steel in the hull.",
        stance("Several engineers", "suspect", "those cracks were caused in part by cheap steel in the hull"));
  }

  @Test
  void thatRightAfterTheCueOpensTheClauseHoweverParsed() {
    // "that" comes out as the object of "charges", the clause's verb as an adjective
    assertIncludes("Varga charges that firms that hope to profit from the deal paid thousands of crowns to the council.",
        indirect("Varga", "charges", "that firms that hope to profit from the deal paid thousands of crowns to the council"));
  }

  @Test
  void theClauseAfterTheCueBeatsAClauseBeforeIt() {
    // both "seemed" and "reopen" hang on "warned" as ccomp: what she warned of is the one after
    assertIncludes("On a morning heavy with fog, under a sky that seemed to promise rain, Mayor Ilse Varga warned that the "
            + "harbour would not reopen before the festival.",
        indirect("Mayor Ilse Varga", "warned", "that the harbour would not reopen before the festival"));
  }
}
