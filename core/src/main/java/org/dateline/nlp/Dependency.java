package org.dateline.nlp;

/** A basic-or-enhanced UD dependency between token indexes of one sentence; governor -1 is the root. */
public record Dependency(String relation, int governor, int dependent) {}
