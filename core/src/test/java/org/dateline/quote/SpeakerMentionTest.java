package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.quote.StatementAssertions.found;

import org.junit.jupiter.api.Test;

/**
 * Golden tests of the speaker mention a statement reports (the source span PolNeAR scores), on invented agency
 * reports: the relative pronoun a cue in a relative clause hangs on, the antecedent of a clause a comma has closed,
 * no opening phrase and no dateline or time stamp in the mention.
 */
class SpeakerMentionTest {
  /** The speaker mention of the statement whose content holds {@code words}. */
  private static String speakerOf(String text, String words) {
    return found(text).stream().filter(e -> String.join(" ", e.content()).contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement with '" + words + "' in " + found(text))).speaker();
  }

  @Test
  void aCueInsideARelativeClauseIsSaidByThePronoun() {
    String text = "The port was funded by the Norvane Harbour Trust, a charity that argues the docks should stay in public hands.";
    assertThat(speakerOf(text, "the docks should stay in public hands")).isEqualTo("that");
  }

  @Test
  void aCueAfterTheCommaClosingARelativeClauseIsTheAntecedents() {
    String text = "Mira Halloway, who has fished out of Vestra for thirty years, said the new quotas would ruin the harbour.";
    // (the clause may stay in the mention as her description: PolNeAR's annotators keep it about as often as not)
    assertThat(speakerOf(text, "the new quotas would ruin the harbour")).startsWith("Mira Halloway").doesNotContain("said");
  }

  @Test
  void anOpeningParticiplePhraseIsNoPartOfTheSpeaker() {
    String text = "Speaking at a rally in Port Ellen, Ostrian senator Jonas Tull said the border would stay open.";
    assertThat(speakerOf(text, "the border would stay open")).isEqualTo("Ostrian senator Jonas Tull");
  }

  @Test
  void anOpeningPassiveParticipleIsNoPartOfTheSpeaker() {
    String text = "Asked about the ceasefire on Monday, the Valdorian envoy said both armies had pulled back.";
    assertThat(speakerOf(text, "both armies had pulled back")).isEqualTo("the Valdorian envoy");
  }

  @Test
  void aDatelineWithOnlyTheAgencyIsNoPartOfTheSpeaker() {
    String text = "VESTRA (Norvane Press) - Harbour master Eli Brandt said on Tuesday the port would reopen next week.";
    assertThat(speakerOf(text, "the port would reopen next week")).isEqualTo("Harbour master Eli Brandt");
  }

  @Test
  void aLiveBlogTimeStampIsNoPartOfTheSpeaker() {
    String text = "11:40 am — Police said the road to the harbour was closed until further notice.";
    assertThat(speakerOf(text, "the road to the harbour was closed")).isEqualTo("Police");
  }
}
