-- Gazetteer imports (furat gazetteer import): which source added which place and which spellings, so that an
-- import can be taken back out (furat gazetteer remove) and every place keeps where each of its names and
-- coordinates came from. Additive: the places layer keeps its columns, so GIS tools read it as before.

-- One row per imported source: its name, licence and the credit its licence requires.
CREATE TABLE gazetteer_sources (
  name TEXT PRIMARY KEY,
  licence TEXT NOT NULL,
  attribution TEXT,
  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);

-- One row per place and source record that names it: the record's id, GeoNames id and coordinate as that
-- source gives them (a curated place keeps its own point, and this one is noted beside it), and whether this
-- source added the place (1) or only named a place that was already there (0).
CREATE TABLE place_sources (
  place_id INTEGER NOT NULL REFERENCES places(fid),
  source TEXT NOT NULL REFERENCES gazetteer_sources(name),
  source_ref TEXT NOT NULL,
  geonameid INTEGER,
  lon REAL NOT NULL,
  lat REAL NOT NULL,
  added_place INTEGER NOT NULL CHECK (added_place IN (0, 1)),
  PRIMARY KEY (source, source_ref)
);
CREATE INDEX place_sources_by_place ON place_sources(place_id);
CREATE INDEX place_sources_by_geonameid ON place_sources(geonameid);

-- Spellings a source added to a place it did not add (they are also in places.variants_en / variants_ar).
CREATE TABLE place_variant_sources (
  place_id INTEGER NOT NULL REFERENCES places(fid),
  source TEXT NOT NULL REFERENCES gazetteer_sources(name),
  script TEXT NOT NULL CHECK (script IN ('en', 'ar')),
  variant TEXT NOT NULL,
  PRIMARY KEY (place_id, script, variant)
);
CREATE INDEX place_variant_sources_by_source ON place_variant_sources(source);
