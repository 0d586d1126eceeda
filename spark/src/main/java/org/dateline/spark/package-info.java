/**
 * Dateline on Apache Spark: the core pipeline over web archives too large for one machine, and the corpus-wide
 * linking pass over its output.
 *
 * <p>{@link org.dateline.spark.ExtractJob} lists WARC (and text, HTML) files on any Hadoop file system, hands each
 * whole file to one task, and there runs the core's own stages through {@link org.dateline.read.Inputs} and
 * {@link org.dateline.pipeline.Runner}: read, prepare, refine (over the pages of that one file), annotate. CoreNLP is
 * loaded once per executor JVM ({@link org.dateline.pipeline.Engine}). Records leave as the same JSON the
 * {@code dateline extract} command writes, as JSON Lines and Parquet partitioned by publication month
 * ({@link org.dateline.spark.Months}).
 *
 * <p>{@link org.dateline.spark.LinkJob} reads those JSON Lines back, blocks articles by (person surname, month) and
 * runs the story layer's {@link org.dateline.story.StoryLinker} inside each block, keeping the people of the block's
 * surname and their statements.
 */
package org.dateline.spark;
