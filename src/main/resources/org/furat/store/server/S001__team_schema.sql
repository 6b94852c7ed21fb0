-- The team database on PostgreSQL with PostGIS: the same tables and columns as the GeoPackage (store/migrations),
-- with geometries as PostGIS columns with spatial indexes, so that QGIS opens the database directly, and a version on
-- every editable row, so that saving over someone else's newer change can be refused. Applied by `furat server init`.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE places (
  fid BIGSERIAL PRIMARY KEY,
  geom geometry(Point, 4326) NOT NULL,
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
  note TEXT,
  admin1 TEXT, admin2 TEXT, admin3 TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX places_geom ON places USING GIST (geom);

CREATE TABLE admin_units (
  fid BIGSERIAL PRIMARY KEY,
  geom geometry(MultiPolygon, 4326) NOT NULL,
  key TEXT NOT NULL UNIQUE,
  level INTEGER NOT NULL CHECK (level IN (1, 2, 3)),
  code TEXT NOT NULL,
  name_en TEXT NOT NULL,
  name_ar TEXT,
  admin1 TEXT,
  admin2 TEXT,
  name_source TEXT,
  name_source_url TEXT
);
CREATE INDEX admin_units_geom ON admin_units USING GIST (geom);

CREATE TABLE place_groups (
  id BIGSERIAL PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name_en TEXT NOT NULL,
  name_ar TEXT,
  variants_en TEXT NOT NULL DEFAULT '',
  variants_ar TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL
);

CREATE TABLE place_group_members (
  group_id BIGINT NOT NULL REFERENCES place_groups(id) ON DELETE CASCADE,
  place_id BIGINT NOT NULL REFERENCES places(fid),
  position INTEGER NOT NULL,
  PRIMARY KEY (group_id, place_id)
);

CREATE TABLE actors (
  id BIGSERIAL PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name_en TEXT NOT NULL,
  name_ar TEXT,
  variants_en TEXT NOT NULL DEFAULT '',
  variants_ar TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE sources (
  id BIGSERIAL PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  outlet TEXT,
  title TEXT,
  url TEXT,
  language TEXT NOT NULL,
  published DATE,
  published_prec INTEGER CHECK (published_prec IN (1, 2, 3)),
  published_note TEXT,
  text TEXT NOT NULL,
  text_sha256 TEXT NOT NULL UNIQUE,
  received TEXT,
  received_sha256 TEXT,
  added_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX sources_by_received_sha256 ON sources(received_sha256);

CREATE TABLE incidents (
  id BIGSERIAL PRIMARY KEY,
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
  deleted_at TIMESTAMPTZ,
  deleted_reason TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK (date_end >= date_start)
);
CREATE INDEX incidents_by_date ON incidents(date_start, date_end);

CREATE TABLE incident_places (
  fid BIGSERIAL PRIMARY KEY,
  incident_id BIGINT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  place_id BIGINT NOT NULL REFERENCES places(fid),
  role TEXT NOT NULL CHECK (role IN ('origin', 'target', 'location', 'mentioned')),
  loc_prec INTEGER NOT NULL CHECK (loc_prec IN (1, 2, 3)),
  UNIQUE (incident_id, place_id, role)
);
CREATE INDEX incident_places_by_place ON incident_places(place_id);

CREATE TABLE incident_actors (
  incident_id BIGINT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  actor_id BIGINT NOT NULL REFERENCES actors(id),
  role TEXT NOT NULL CHECK (role IN ('actor1', 'assoc_actor1', 'actor2', 'assoc_actor2')),
  position INTEGER NOT NULL,
  PRIMARY KEY (incident_id, actor_id, role)
);

CREATE TABLE evidence (
  id BIGSERIAL PRIMARY KEY,
  incident_id BIGINT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  source_id BIGINT NOT NULL REFERENCES sources(id),
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  fields TEXT NOT NULL DEFAULT '',
  CHECK (span_start >= 0 AND span_end > span_start)
);
CREATE INDEX evidence_by_incident ON evidence(incident_id);
CREATE INDEX evidence_by_source ON evidence(source_id);

-- The change log, as in the GeoPackage (decision 0005), with the database user who made each change besides the
-- analyst's name.
CREATE TABLE change_actions (
  id BIGSERIAL PRIMARY KEY,
  at TIMESTAMPTZ NOT NULL DEFAULT now(),
  who TEXT NOT NULL,
  db_user TEXT NOT NULL DEFAULT current_user,
  name TEXT NOT NULL,
  reason TEXT,
  per_row INTEGER NOT NULL CHECK (per_row IN (0, 1)),
  undoes BIGINT REFERENCES change_actions(id)
);
CREATE TABLE change_log (
  id BIGSERIAL PRIMARY KEY,
  action_id BIGINT REFERENCES change_actions(id),
  table_name TEXT NOT NULL,
  row_id BIGINT,
  row_key TEXT,
  operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete', 'bulk')),
  field TEXT,
  before JSONB,
  after JSONB,
  db_user TEXT NOT NULL DEFAULT current_user
);
CREATE INDEX change_log_by_action ON change_log(action_id);
CREATE INDEX change_log_by_row ON change_log(table_name, row_id);
CREATE INDEX change_log_by_key ON change_log(row_key);

-- The layer GIS tools read: one point per incident and place, as the GeoPackage's incident_locations (decision 0002),
-- here a view, so it is always in step with the incidents and needs no rewriting.
CREATE VIEW incident_locations AS
SELECT ip.fid, p.geom, i.id AS incident_id, i.key AS incident, p.key AS place, p.name_ar AS place_ar, p.name_en AS place_en,
       ip.role, greatest(ip.loc_prec, p.loc_prec) AS loc_prec, i.date_start, i.date_end, i.time_prec, i.event_type,
       i.sub_event_type AS sub_event, i.killed_best AS killed, i.killed_low, i.killed_high, i.injured_best AS injured,
       i.injured_low, i.injured_high, i.status, i.description_en AS desc_en, i.description_ar AS desc_ar
FROM incident_places ip JOIN incidents i ON i.id = ip.incident_id JOIN places p ON p.fid = ip.place_id
WHERE i.deleted_at IS NULL;
