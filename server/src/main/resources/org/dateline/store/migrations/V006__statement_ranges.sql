-- A statement without a day of its own keeps the range it was made in (issue 16, docs/record.md): its article's
-- range moved back to the cue's weekday ("said on Wednesday"). Written at ingest and after every relink.
ALTER TABLE statements ADD COLUMN earliest TEXT;
ALTER TABLE statements ADD COLUMN latest TEXT;
