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
 * <p>{@link org.dateline.spark.LinkJob} reads those JSON Lines back and runs the one corpus-linking pass
 * ({@link org.dateline.story.LinkingPass}) over them in one task, so stories, people and article dates are the ones
 * {@code dateline timeline} and the store show for the same records.
 */
package org.dateline.spark;
