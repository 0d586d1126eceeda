package org.dateline.model;

/** A piece of the source that is not article text (site chrome), with why it was removed. */
public record Removal(String text, RemovalReason reason) {}
