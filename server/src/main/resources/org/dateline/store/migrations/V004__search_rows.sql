-- Statement search, round two (issue 7's latency figure under 50 clients):
-- an article's record and source text move to a table of their own, so that the article rows a search page joins
-- (outlet, headline, url, date) sit many to a page instead of one per page among kilobytes of overflow;
CREATE TABLE article_texts (
  article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  record      TEXT NOT NULL,
  source_text TEXT NOT NULL
);
INSERT INTO article_texts(article_id, record, source_text) SELECT id, record, source_text FROM articles;
ALTER TABLE articles DROP COLUMN record;
ALTER TABLE articles DROP COLUMN source_text;
-- every outlet a merged statement was reported by, derived on every re-link: an outlet filter is one index range
-- instead of a walk from the outlet's articles through their statements and variants.
CREATE TABLE merged_outlets (
  outlet    TEXT NOT NULL COLLATE NOCASE,
  merged_id TEXT NOT NULL,
  PRIMARY KEY (outlet, merged_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO merged_outlets(outlet, merged_id)
  SELECT a.outlet, v.merged_id FROM variants v JOIN statements s ON s.id = v.statement_id JOIN articles a ON a.id = s.article_id
  WHERE a.outlet IS NOT NULL;
