/**
 * Finding statements: direct and partial quotes, reported speech and their cues and speaker mentions. Data enters
 * as a {@link org.dateline.nlp.Parsed} article body (tokens, NER, dependency parses of the sentences
 * {@link org.dateline.quote.StatementFinder#parseWhen()} asked for) and leaves as {@link org.dateline.quote.Attribution}s
 * whose spans point into that body; resolving the speaker mention to a person is the {@code people} stage's job.
 */
package org.dateline.quote;
