package org.dateline.people;

import org.dateline.model.Span;

/** A person's name where the text gives it: its span, its sentence and the entry it names. */
record Mention(Span span, int sentence, Entry entry) {}
