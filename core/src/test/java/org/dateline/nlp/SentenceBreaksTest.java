package org.dateline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.SharedNlp;
import org.junit.jupiter.api.Test;

/** The splitter's false breaks after party tags and titles are mended; real sentence ends are kept. */
class SentenceBreaksTest {
  private static List<String> sentences(String text) {
    Parsed p = SharedNlp.nlp().annotate(text, null, tokens -> false);
    return p.sentences().stream().map(s -> s.span().of(text)).toList();
  }

  @Test
  void partyTagDoesNotEndTheSentence() {
    String text = "Rep. Ansel Moor (R-S.C.) said the bridge would close. Sen. Ida Fenn (D-N.C.), head of the panel, disagreed.";
    assertEquals(List.of("Rep. Ansel Moor (R-S.C.) said the bridge would close.",
        "Sen. Ida Fenn (D-N.C.), head of the panel, disagreed."), sentences(text));
  }

  @Test
  void titleBeforeANameDoesNotEndTheSentence() {
    String text = "\"The vote is a farce,\" said Del. Mara Quist of the island district. She left early.";
    assertEquals(List.of("\"The vote is a farce,\" said Del. Mara Quist of the island district.", "She left early."), sentences(text));
  }

  @Test
  void realEndsStay() {
    String text = "The ferry left at noon. It reached Korven at 3 p.m. The crew stayed aboard.\n\nmore to come";
    // a sentence ending in an abbreviation before a capital, and a lower-case line after a paragraph break, stay apart
    assertEquals(List.of("The ferry left at noon.", "It reached Korven at 3 p.m.", "The crew stayed aboard.", "more to come"),
        sentences(text));
  }
}
