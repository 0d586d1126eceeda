-- Statement search, round two (issue 7's latency figure under 50 clients):
-- an article's record and source text move to a table of their own, so that the article rows a search page joins
-- (outlet, headline, url, date) sit many to a page instead of one per page among kilobytes of overflow.
CREATE TABLE article_texts (
  article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  record      TEXT NOT NULL,
  source_text TEXT NOT NULL
);
INSERT INTO article_texts(article_id, record, source_text) SELECT id, record, source_text FROM articles;
ALTER TABLE articles DROP COLUMN record;
ALTER TABLE articles DROP COLUMN source_text;
-- Merged statements get an integer key in result order (dated first, by date, then id), given anew by every
-- re-link: a page is a walk along the key instead of a sort of every match, and a filter is a set of keys.
CREATE TABLE merged_new (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  story_id     TEXT,
  speaker_id   TEXT,
  kind         TEXT NOT NULL,
  text         TEXT NOT NULL,
  date         TEXT,
  first_outlet TEXT,
  rejected     INTEGER NOT NULL DEFAULT 0
);
INSERT INTO merged_new(seq, id, story_id, speaker_id, kind, text, date, first_outlet, rejected)
  SELECT row_number() OVER (ORDER BY date IS NULL, date, id), id, story_id, speaker_id, kind, text, date, first_outlet, rejected
  FROM merged;
DROP TABLE merged;
ALTER TABLE merged_new RENAME TO merged;
CREATE INDEX merged_speaker ON merged(speaker_id);
CREATE INDEX merged_story ON merged(story_id);
CREATE INDEX merged_date ON merged(date);
-- The words of every outlet's version, indexed under the merged statement's key: FTS5 rowid = seq * 4096 + the
-- variant's place (a statement reported more than 4,096 times is found by its first 4,096 versions). A match
-- yields keys in result order with no join through variants and statements. Contentless: only keys come back.
CREATE VIRTUAL TABLE merged_fts USING fts5(text, content='', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4');
INSERT INTO merged_fts(rowid, text)
  SELECT seq * 4096 + k, text FROM (
    SELECT m.seq AS seq, row_number() OVER (PARTITION BY m.seq ORDER BY s.id) - 1 AS k, s.text AS text
    FROM variants v JOIN merged m ON m.id = v.merged_id JOIN statements s ON s.id = v.statement_id)
  WHERE k < 4096;
-- Every outlet a merged statement was reported by, by key, derived on every re-link: an outlet filter is one index
-- range, in result order, instead of a walk from the outlet's articles through their statements and variants.
CREATE TABLE merged_outlets (
  outlet TEXT NOT NULL COLLATE NOCASE,
  seq    INTEGER NOT NULL,
  PRIMARY KEY (outlet, seq)
) WITHOUT ROWID;
INSERT OR IGNORE INTO merged_outlets(outlet, seq)
  SELECT a.outlet, m.seq FROM variants v JOIN merged m ON m.id = v.merged_id JOIN statements s ON s.id = v.statement_id
  JOIN articles a ON a.id = s.article_id
  WHERE a.outlet IS NOT NULL;
