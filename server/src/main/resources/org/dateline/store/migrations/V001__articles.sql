-- Articles as ingested: one row per distinct source text, the whole record kept as JSON for re-linking.
CREATE TABLE articles (
  id          INTEGER PRIMARY KEY,
  source      TEXT NOT NULL UNIQUE,
  hash        TEXT NOT NULL UNIQUE,
  url         TEXT,
  outlet      TEXT,
  headline    TEXT,
  published   TEXT,
  earliest    TEXT,
  latest      TEXT,
  n_statements INTEGER NOT NULL,
  record      TEXT NOT NULL,
  source_text TEXT NOT NULL
);

-- Each article's own statements; spans are into the article's source text.
CREATE TABLE statements (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  kind        TEXT NOT NULL,
  text        TEXT NOT NULL,
  speaker_pid TEXT,
  speaker_name TEXT,
  mention     TEXT,
  date        TEXT,
  spans       TEXT NOT NULL,
  UNIQUE (article_id, idx)
);

CREATE VIRTUAL TABLE statements_fts USING fts5(text, content='statements', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER statements_ai AFTER INSERT ON statements BEGIN
  INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- rowid = articles.id
CREATE VIRTUAL TABLE articles_fts USING fts5(headline, body, tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  DELETE FROM articles_fts WHERE rowid = old.id;
END;

-- Derived by the linker on every re-link (replaced whole, in one transaction).
CREATE TABLE stories (
  id      TEXT PRIMARY KEY,
  label   TEXT,
  first   TEXT,
  last    TEXT
);
CREATE TABLE story_articles (
  story_id   TEXT NOT NULL,
  article_id INTEGER NOT NULL,
  PRIMARY KEY (story_id, article_id)
);
CREATE TABLE people (
  id    TEXT PRIMARY KEY,
  name  TEXT NOT NULL,
  kind  TEXT,
  roles TEXT NOT NULL
);
-- every name and alias of a person, folded to lower case, for speaker=NAME
CREATE TABLE person_names (
  person_id TEXT NOT NULL,
  name      TEXT NOT NULL,
  folded    TEXT NOT NULL,
  PRIMARY KEY (person_id, folded)
);
CREATE INDEX person_names_folded ON person_names(folded);
-- which per-article person each global person stands for
CREATE TABLE person_mentions (
  person_id  TEXT NOT NULL,
  article_id INTEGER NOT NULL,
  pid        TEXT NOT NULL,
  name       TEXT,
  PRIMARY KEY (article_id, pid)
);
CREATE INDEX person_mentions_person ON person_mentions(person_id);
CREATE TABLE merged (
  id           TEXT PRIMARY KEY,
  story_id     TEXT,
  speaker_id   TEXT,
  kind         TEXT NOT NULL,
  text         TEXT NOT NULL,
  date         TEXT,
  first_outlet TEXT,
  rejected     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX merged_speaker ON merged(speaker_id);
CREATE INDEX merged_story ON merged(story_id);
CREATE INDEX merged_date ON merged(date);
CREATE TABLE variants (
  merged_id    TEXT NOT NULL,
  statement_id INTEGER NOT NULL PRIMARY KEY
);
CREATE INDEX variants_merged ON variants(merged_id);

-- set by every ingest, cleared by the re-link that follows: a store killed in between re-links on open
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta(key, value) VALUES ('needs_relink', '0');
