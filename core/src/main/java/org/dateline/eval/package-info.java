/**
 * Evaluation against gold data sets read at run time: the article-extraction shingle metric, headline, byline and
 * publication-date scoring for news pages. Pages enter as {@link org.dateline.eval.GoldPages}, figures leave as
 * records the CLI prints.
 */
package org.dateline.eval;
