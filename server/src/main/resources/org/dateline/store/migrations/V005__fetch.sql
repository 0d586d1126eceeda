-- Fetching (issue 20): where each fetched article's response lies in the WARC archive ("file#WARC-Record-ID"),
-- every URL's validators for conditional GETs, and the watcher's feeds and the items it has taken from them.
ALTER TABLE articles ADD COLUMN archive TEXT;
CREATE TABLE fetch_validators (
  url           TEXT PRIMARY KEY,
  etag          TEXT,
  last_modified TEXT
);
CREATE TABLE watch_feeds (
  url        TEXT PRIMARY KEY,
  failures     INTEGER NOT NULL DEFAULT 0,
  last_failure TEXT,
  last_error   TEXT
);
CREATE TABLE watch_seen (
  url        TEXT PRIMARY KEY,
  feed       TEXT NOT NULL,
  first_seen TEXT NOT NULL
);
