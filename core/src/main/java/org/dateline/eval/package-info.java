/**
 * Measurement of stages against gold data sets read at run time from wherever the user points; nothing from them
 * is kept: the article-extraction shingle metric, headline/byline/date scoring for news pages, publication dates,
 * statements. Scores are plain records so that the CLI only prints them.
 */
package org.dateline.eval;
