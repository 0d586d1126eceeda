/**
 * The embedded store: one SQLite database (WAL, FTS5) in a data directory. Articles enter through
 * {@link org.dateline.store.Store#ingest}, one transaction each, keyed by the hash of their source text; the
 * cross-article view (stories, people, merged statements) is derived from all stored articles by a
 * {@link org.dateline.story.Linker} and replaced whole in one transaction, then the user's corrections are applied
 * on top. Reads leave as plain records ({@link org.dateline.store.Views}) for the API and the exports. Fetching keeps
 * its state beside the articles ({@link org.dateline.store.FetchState}: validators for conditional GETs, the watcher's
 * feeds and the items it took), and each fetched article the WARC record its page was archived in.
 */
package org.dateline.store;
