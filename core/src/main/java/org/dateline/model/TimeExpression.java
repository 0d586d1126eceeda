package org.dateline.model;

/** A temporal expression in the source text with its normalised TIMEX3 value ("2026-02-13", "2026-W07", "PAST_REF"). */
public record TimeExpression(String text, Span span, String value) {}
