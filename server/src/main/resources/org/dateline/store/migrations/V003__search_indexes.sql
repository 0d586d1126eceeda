-- Statement search at 10,000 articles: an outlet filter walks from the outlet's articles instead of every statement;
-- the result order (dated first, by date, then id) comes from an index, so a page stops after its rows;
-- prefix indexes answer the last word of a query ("tor*") without merging every term that starts with it.
CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
CREATE INDEX merged_order ON merged(date IS NULL, date, id);
DROP TABLE statements_fts;
CREATE VIRTUAL TABLE statements_fts USING fts5(text, content='statements', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4');
INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');
