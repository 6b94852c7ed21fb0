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
  date_start DATE NOT NULL,
  date_end DATE NOT NULL,
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

-- One row per incident and place; its fid is also the fid of the row in the incident_locations layer below.
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

-- Incident locations as a point layer for GIS tools: one row per incident and place, carrying the
-- incident's attributes and its first evidence quote. It is derived from the tables above and rewritten
-- with its incident in the same transaction (IncidentRepository); a table rather than a view so that
-- every column has the declared type GeoPackage readers need.
CREATE TABLE incident_locations (
  fid INTEGER PRIMARY KEY,
  geom POINT NOT NULL,
  incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  incident TEXT NOT NULL,
  place TEXT NOT NULL,
  place_ar TEXT,
  place_en TEXT,
  role TEXT NOT NULL,
  loc_prec INTEGER NOT NULL,
  date_start DATE NOT NULL,
  date_end DATE NOT NULL,
  time_prec INTEGER NOT NULL,
  event_type TEXT NOT NULL,
  sub_event TEXT NOT NULL,
  actor1 TEXT,
  actor2 TEXT,
  killed INTEGER,
  injured INTEGER,
  status TEXT NOT NULL,
  desc_en TEXT,
  desc_ar TEXT,
  source TEXT,
  evidence TEXT
);
CREATE INDEX incident_locations_by_incident ON incident_locations(incident_id);

INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
VALUES ('incident_locations', 'features', 'incident_locations', 'One point per incident and place, with the incident''s date span, type, actors, casualties and evidence', 4326);
INSERT INTO gpkg_geometry_columns VALUES ('incident_locations', 'geom', 'POINT', 4326, 0, 0);
