package org.dateline.nlp;

import org.dateline.model.Span;

/** A SUTime temporal expression: TIMEX3 type (DATE, TIME, DURATION, SET) and normalised value, resolved against the document date. */
public record Timex(String text, Span span, int sentence, String type, String value) {}
