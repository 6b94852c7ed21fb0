-- A report is kept exactly as it was received. Of an HTML page the text column holds its text without the
-- markup (the evidence spans point into it); the page itself, markup and all, goes in received. For a plain
-- text report the two would be the same, so received stays null. Its hash lets an import recognise a page it
-- has seen even when it reads it differently this time (as plain text rather than HTML, or the other way).
ALTER TABLE sources ADD COLUMN received TEXT;
ALTER TABLE sources ADD COLUMN received_sha256 TEXT;
CREATE INDEX sources_by_received_sha256 ON sources(received_sha256);

UPDATE gpkg_contents SET description = 'News reports: their text (evidence spans point into it) and, where the report came as HTML, the page exactly as received'
WHERE table_name = 'sources';
