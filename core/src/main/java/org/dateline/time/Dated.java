package org.dateline.time;

import org.dateline.clean.CleanArticle;
import org.dateline.model.Published;

/** A clean article with its publication date and the clues behind it (kept for run-level refinement). */
public record Dated(CleanArticle article, Published published, DateClues clues) {}
