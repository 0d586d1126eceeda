package org.dateline.nlp;

import org.dateline.model.Span;

/** A named-entity mention (PERSON, ORGANIZATION, LOCATION, DATE, ...) spanning tokens [firstToken, lastToken]. */
public record Entity(String type, String text, Span span, int sentence, int firstToken, int lastToken) {}
