package org.dateline.nlp;

import org.dateline.model.Span;

/** One token: its index within the sentence (0-based), word, lemma, Penn tag, coarse NER label and text span. */
public record Token(int index, String word, String lemma, String tag, String ner, Span span) {}
