-- A user's corrections, re-applied in order after every re-link so that they survive re-ingest.
CREATE TABLE corrections (
  id      INTEGER PRIMARY KEY,
  kind    TEXT NOT NULL CHECK (kind IN ('merge-people', 'split-person', 'alias', 'reject')),
  subject TEXT NOT NULL,
  object  TEXT,
  created TEXT NOT NULL
);
