package org.dateline.quote;

import static org.dateline.quote.StatementAssertions.assertIncludes;
import static org.dateline.quote.StatementAssertions.indirect;
import static org.dateline.quote.StatementAssertions.stance;

import org.junit.jupiter.api.Test;

/** Golden tests: what a reporter says of a subject by a raising verb or a passive verb of belief (invented reports). */
class RaisedSubjectTest {

  @Test
  void expectedToTakesTheSubjectAndHasNoSpeaker() {
    assertIncludes("PORTVALE (Reuters) - Valdoria's parliament is expected to approve the border treaty on Thursday.",
        stance(null, "expected", "Valdoria's parliament", "to approve the border treaty on Thursday"));
  }

  @Test
  void expectedByAnAgentIsTheirs() {
    assertIncludes("The ferry strike is expected by union leaders to end before the harvest festival.",
        stance("union leaders", "expected", "The ferry strike", "to end before the harvest festival"));
  }

  @Test
  void seemsWithAPredicate() {
    assertIncludes("The ceasefire near Ostria appears fragile after a week of shelling.",
        stance(null, "appears", "The ceasefire near Ostria", "fragile after a week of shelling"));
  }

  @Test
  void seemedToWithAVerb() {
    assertIncludes("Mayor Ilse Varga seemed to soften her opposition to the harbour levy during the council meeting.",
        stance(null, "seemed", "Mayor Ilse Varga", "to soften her opposition to the harbour levy during the council meeting"));
  }

  @Test
  void seemedToWithACueVerbIsTheSubjectsWithoutAnEmphaticReflexive() {
    assertIncludes("Premier Aldo Renn himself seemed to recognize the weight of the harbour vote.",
        stance("Premier Aldo Renn", "seemed to recognize", "the weight of the harbour vote"));
  }

  @Test
  void appearedToWithACueVerbLeavesTheTimeAndOccasionOutOfTheSpeaker() {
    assertIncludes("Last week Marek in a televised interview appeared to blame low-level workers for the losses.",
        stance("Marek", "appeared to blame", "low-level workers for the losses"));
  }

  @Test
  void saidToIsReportedSpeechWithNoSpeaker() {
    assertIncludes("The envoy is said to have met rebel commanders twice in Korven last month.",
        indirect(null, "said", "The envoy", "to have met rebel commanders twice in Korven last month"));
  }

  @Test
  void seenDoingIsNoView() {
    org.assertj.core.api.Assertions.assertThat(StatementAssertions.found("Marek was seen leaving the ministry in Korven late on Monday."))
        .isEmpty();
  }
}
