-- The rest of the GeoPackage's data tables, so that a whole database can be copied to the team server (`furat copy`):
-- where gazetteer places came from (store/migrations/V010) and each report's stored reading (V013).
CREATE TABLE gazetteer_sources (
  name TEXT PRIMARY KEY,
  licence TEXT NOT NULL,
  attribution TEXT,
  imported_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE place_sources (
  place_id BIGINT NOT NULL REFERENCES places(fid),
  source TEXT NOT NULL REFERENCES gazetteer_sources(name),
  source_ref TEXT NOT NULL,
  geonameid BIGINT,
  lon DOUBLE PRECISION NOT NULL,
  lat DOUBLE PRECISION NOT NULL,
  added_place INTEGER NOT NULL CHECK (added_place IN (0, 1)),
  PRIMARY KEY (source, source_ref)
);
CREATE INDEX place_sources_by_place ON place_sources(place_id);

CREATE TABLE place_variant_sources (
  place_id BIGINT NOT NULL REFERENCES places(fid),
  source TEXT NOT NULL REFERENCES gazetteer_sources(name),
  script TEXT NOT NULL CHECK (script IN ('en', 'ar')),
  variant TEXT NOT NULL,
  PRIMARY KEY (place_id, script, variant)
);

CREATE TABLE source_readings (
  source_id BIGINT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
  extractor_version TEXT NOT NULL,
  read_at TIMESTAMPTZ NOT NULL,
  reading TEXT NOT NULL
);

-- What `furat copy` has copied into this database, table by table, so that a copy cut short goes on where it stopped.
CREATE TABLE furat_copy (
  table_name TEXT PRIMARY KEY,
  rows BIGINT NOT NULL,
  copied_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
