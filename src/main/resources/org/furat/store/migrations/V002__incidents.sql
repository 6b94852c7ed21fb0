-- Furat's data: the gazetteer, sources with their full text, incidents, and the evidence spans that
-- tie each incident to the words that support it. Lists of spellings are stored '|'-separated.

-- Gazetteer: a GeoPackage point layer.
CREATE TABLE places (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT NOT NULL,
  key TEXT NOT NULL UNIQUE,
  name_en TEXT NOT NULL,
  name_ar TEXT,
  variants_en TEXT NOT NULL DEFAULT '',
  variants_ar TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  loc_prec INTEGER NOT NULL CHECK (loc_prec IN (1, 2, 3)),
  district TEXT,
  source TEXT NOT NULL,
  source_ref TEXT,
  licence TEXT,
  note TEXT
);

INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
VALUES ('places', 'features', 'places', 'Gazetteer of Deir ez-Zor: names in Arabic and English, kind, location precision (1 exact, 2 approximate, 3 region) and the source of each coordinate', 4326);
INSERT INTO gpkg_geometry_columns VALUES ('places', 'geom', 'POINT', 4326, 0, 0);

CREATE TABLE place_groups (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name_en TEXT NOT NULL,
  name_ar TEXT,
  variants_en TEXT NOT NULL DEFAULT '',
  variants_ar TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL
);

CREATE TABLE place_group_members (
  group_id INTEGER NOT NULL REFERENCES place_groups(id) ON DELETE CASCADE,
  place_id INTEGER NOT NULL REFERENCES places(fid),
  position INTEGER NOT NULL,
  PRIMARY KEY (group_id, place_id)
);

CREATE TABLE actors (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name_en TEXT NOT NULL,
  name_ar TEXT,
  variants_en TEXT NOT NULL DEFAULT '',
  variants_ar TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  outlet TEXT,
  title TEXT,
  url TEXT,
  language TEXT NOT NULL,
  published TEXT,
  published_prec INTEGER CHECK (published_prec IN (1, 2, 3)),
  published_note TEXT,
  text TEXT NOT NULL,
  text_sha256 TEXT NOT NULL UNIQUE,
  added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);

CREATE TABLE incidents (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  date_start TEXT NOT NULL,
  date_end TEXT NOT NULL,
  time_prec INTEGER NOT NULL CHECK (time_prec IN (1, 2, 3)),
  event_type TEXT NOT NULL,
  sub_event_type TEXT NOT NULL,
  killed_best INTEGER, killed_low INTEGER, killed_high INTEGER,
  injured_best INTEGER, injured_low INTEGER, injured_high INTEGER,
  description_en TEXT,
  description_ar TEXT,
  status TEXT NOT NULL CHECK (status IN ('proposed', 'verified', 'rejected')),
  note TEXT,
  CHECK (date_end >= date_start)
);
CREATE INDEX incidents_by_date ON incidents(date_start, date_end);

CREATE TABLE incident_actors (
  incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  actor_id INTEGER NOT NULL REFERENCES actors(id),
  role TEXT NOT NULL CHECK (role IN ('actor1', 'assoc_actor1', 'actor2', 'assoc_actor2')),
  position INTEGER NOT NULL,
  PRIMARY KEY (incident_id, actor_id, role)
);

-- One row per incident and place; its fid is the fid of the incident_locations layer below.
CREATE TABLE incident_places (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  place_id INTEGER NOT NULL REFERENCES places(fid),
  role TEXT NOT NULL CHECK (role IN ('origin', 'target', 'location', 'mentioned')),
  loc_prec INTEGER NOT NULL CHECK (loc_prec IN (1, 2, 3)),
  UNIQUE (incident_id, place_id, role)
);
CREATE INDEX incident_places_by_place ON incident_places(place_id);

CREATE TABLE evidence (
  id INTEGER PRIMARY KEY,
  incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  fields TEXT NOT NULL DEFAULT '',
  CHECK (span_start >= 0 AND span_end > span_start)
);
CREATE INDEX evidence_by_incident ON evidence(incident_id);

-- Incident locations as a point layer for GIS tools: one row per incident and place, with the
-- incident's attributes and its first evidence quote. (SQLite's substr counts code points; the
-- offsets are UTF-16 units, which agree for Arabic and Latin text.)
CREATE VIEW incident_locations AS
SELECT ip.fid AS fid,
       p.geom AS geom,
       i.key AS incident,
       p.key AS place,
       p.name_ar AS place_ar,
       p.name_en AS place_en,
       ip.role AS role,
       max(ip.loc_prec, p.loc_prec) AS loc_prec,
       i.date_start AS date_start,
       i.date_end AS date_end,
       i.time_prec AS time_prec,
       i.event_type AS event_type,
       i.sub_event_type AS sub_event,
       (SELECT group_concat(a.name_en, '; ') FROM incident_actors ia JOIN actors a ON a.id = ia.actor_id
         WHERE ia.incident_id = i.id AND ia.role = 'actor1') AS actor1,
       (SELECT group_concat(a.name_en, '; ') FROM incident_actors ia JOIN actors a ON a.id = ia.actor_id
         WHERE ia.incident_id = i.id AND ia.role = 'actor2') AS actor2,
       i.killed_best AS killed,
       i.injured_best AS injured,
       i.status AS status,
       i.description_en AS desc_en,
       i.description_ar AS desc_ar,
       (SELECT s.title FROM evidence e JOIN sources s ON s.id = e.source_id
         WHERE e.incident_id = i.id ORDER BY e.id LIMIT 1) AS source,
       (SELECT substr(s.text, e.span_start + 1, e.span_end - e.span_start) FROM evidence e JOIN sources s ON s.id = e.source_id
         WHERE e.incident_id = i.id ORDER BY e.id LIMIT 1) AS evidence
FROM incident_places ip
JOIN incidents i ON i.id = ip.incident_id
JOIN places p ON p.fid = ip.place_id;

INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
VALUES ('incident_locations', 'features', 'incident_locations', 'One point per incident and place, with the incident''s date span, type, actors, casualties and evidence', 4326);
INSERT INTO gpkg_geometry_columns VALUES ('incident_locations', 'geom', 'POINT', 4326, 0, 0);
