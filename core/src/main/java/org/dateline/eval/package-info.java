/**
 * Measurement of stages against gold data sets. Gold files are read at run time from wherever the user points;
 * nothing from them is kept. Scores are plain records so that the CLI only prints them.
 */
package org.dateline.eval;
