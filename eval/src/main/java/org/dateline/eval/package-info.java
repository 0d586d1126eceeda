/**
 * Measurement, kept out of the core jar (module {@code eval}; the CLI's {@code eval} commands are thin entry points
 * over it, one class per gold set: {@code DateEval}, {@code MetadataEval}, {@code ExtractionEval},
 * {@code StatementEval}). Every evaluation runs the product through the one {@link org.dateline.pipeline.Runner} or
 * {@link org.dateline.pipeline.Pipeline}, never a loop of its own. {@link org.dateline.eval.CoreNlpQuotes} is the peer
 * baseline statements are compared with. Stages are measured against gold data sets read at run time from wherever the user points; nothing from them
 * is kept: the article-extraction shingle metric, headline/byline/date scoring for news pages, publication dates,
 * statements. Scores are plain records so that the CLI only prints them.
 */
package org.dateline.eval;
