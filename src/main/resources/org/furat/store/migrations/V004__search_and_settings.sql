-- Facts about the database as a whole (e.g. synthetic=true for generated benchmark data).
CREATE TABLE furat_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Full-text search over each incident's descriptions and the source words that support it (its evidence
-- spans), normalised by furat_search_key (diacritics, hamza and alef forms, ta marbuta, alef maqsura,
-- digits, attached prefixes). Contentless: the text lives in the tables above; this holds only the index.
-- Whole reports are not indexed per incident: one word anywhere in a long report would match all of its
-- incidents.
CREATE VIRTUAL TABLE incident_search USING fts5(body, content = '', contentless_delete = 1);

INSERT INTO incident_search (rowid, body)
SELECT i.id, furat_search_key(coalesce(i.description_en, '') || ' ' || coalesce(i.description_ar, '') || ' ' ||
       coalesce((SELECT group_concat(furat_span(s.text, e.span_start, e.span_end), ' ')
                 FROM evidence e JOIN sources s ON s.id = e.source_id WHERE e.incident_id = i.id), ''))
FROM incidents i;
