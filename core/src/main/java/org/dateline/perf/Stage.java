package org.dateline.perf;

/** The steps one article goes through, in pipeline order, as {@code dateline bench} breaks its time down. */
public enum Stage {
  READ("read"),
  CLEAN("clean"),
  DATE("date"),
  TOKENIZE("tokenize/split"),
  POS("POS"),
  LEMMA("lemma"),
  NER("NER"),
  PARSE("parse"),
  SUTIME("SUTime"),
  NLP_TYPES("NLP to records"),
  STATEMENTS("statements"),
  PEOPLE("people"),
  RECORD("record");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
