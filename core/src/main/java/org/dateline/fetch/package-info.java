/**
 * Before stage 1, fetching: URLs become {@link org.dateline.read.ReadResult}s for the same
 * {@link org.dateline.pipeline.Runner} that reads files. {@link org.dateline.fetch.Crawl} reads article pages as they
 * are and feeds (Rome) and sitemaps (crawler-commons) as the pages they list, each once;
 * {@link org.dateline.fetch.Fetcher} makes every request politely and safely (robots.txt, a per-host delay, a
 * User-Agent with a contact, conditional GETs, a redirect limit, timeouts, a size limit, public http(s) addresses
 * only) and writes each response with its request to the WARC.gz {@link org.dateline.fetch.Archive}, which
 * {@code dateline ingest} reads back to the same pages. A listing's date for a page travels as
 * {@link org.dateline.read.RawPage#listedDate} and becomes a {@code FEED} date hint. Failures leave as
 * {@link org.dateline.read.ReadResult.Failure}s naming the URL and the reason ({@link org.dateline.fetch.Fetch.Problem}).
 */
package org.dateline.fetch;
