/**
 * Dating: when an article was published and when each of its statements was made.
 *
 * <p>A {@link org.dateline.clean.CleanArticle} enters {@link org.dateline.time.Dater#date}, which weighs the
 * evidence strongest first (page metadata, a full date in the dateline, a dateline month-day pinned by the weekday
 * the story uses for the same day and by the years it speaks of) and leaves a {@link org.dateline.time.Dated}: the
 * {@link org.dateline.model.Published} value plus the {@link org.dateline.time.DateClues} behind it.
 * {@link org.dateline.time.Dater#refine} then lets an article whose year is open take it from the other articles of
 * the run, but only when its own month-day, weekday and year clues allow exactly one of the run's years; when the
 * weekday may also be the day before (another run year fits that reading), the story the article continues (rare
 * names shared with articles dated around one reading) decides, or the date stays open. The run's years stand
 * for the stretches its articles were written in ({@code RunSpan}): a run-year date no other dated article comes
 * near is taken back; inside the span, a weekday fitting no run year may be read as the day before, and a month-day
 * with no weekday takes the one run year whose articles surround it.
 * {@link org.dateline.time.TimeTagger} runs after NLP: it maps SUTime's expressions back to the source and picks the
 * expression that dates each statement. Nothing here reads the wall clock: "now" comes from an injected
 * {@link java.time.Clock}.
 */
package org.dateline.time;
