/**
 * Finding statements: direct and partial quotes, reported speech and their cues and speaker mentions. Data enters
 * as a {@link org.dateline.nlp.Parsed} article body (tokens, NER, dependency parses of the sentences
 * {@link org.dateline.quote.StatementFinder#parseWhen()} asked for) with the body's paragraphs as the cleaner kept
 * them, and leaves as {@link org.dateline.quote.Attribution}s whose spans point into that body; resolving the
 * speaker mention to a person is the {@code people} stage's job.
 *
 * <p>{@link org.dateline.quote.QuoteFinder} is a chain of rules in an order written down there once: headlines,
 * direct quotes by their marks, then reported speech sentence by sentence and token by token (according-to, an
 * opening "Asked if …", closing attribution, colon lead-in, raised subject, passive object, passive of naming or
 * judging, verb cue, "that" clause, cue nouns, holder nouns and "in support of"; a cue a direct quote took is read
 * again only for a "that" clause of its own beside the quote), then follow-on quotes. Rules read a read-only
 * {@code Context} (text, paragraphs, sentences, trees, quoted passages) and add to a {@code Findings} accumulator;
 * where content ends is {@code ContentBounds}', who spoke {@code Speakers}'; every word list is in {@code Lexicon}.
 * A new rule over tokens is a {@code TokenRule} put in its place in that list. An editor's label opening a paragraph
 * ("The Latest:", "Correction:") is dropped from every statement last; the pipeline then applies
 * {@link org.dateline.quote.OutsideDateline}, which knows where the cleaner found the dateline.
 */
package org.dateline.quote;
