-- Administrative units: the governorate of Deir ez-Zor, its districts and sub-districts, and the neighbouring
-- governorates, as a GeoPackage polygon layer. Each unit is also a place (kind governorate, district or
-- subdistrict) at a representative point inside it. Every place records the units it lies in (keys of
-- admin_units), and the incident_locations layer carries their names and codes. The rows are added in Java
-- (store.AdminUnitsSeeding) from the boundaries shipped with Furat, in the same transaction as this script.
CREATE TABLE admin_units (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom MULTIPOLYGON NOT NULL,
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

INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
VALUES ('admin_units', 'features', 'admin_units', 'Administrative units (level 1 governorate, 2 district, 3 sub-district) with their boundaries: OCHA / UN Cartographic Section via HDX, distributed by geoBoundaries, CC BY 3.0 IGO', 4326);
INSERT INTO gpkg_geometry_columns VALUES ('admin_units', 'geom', 'MULTIPOLYGON', 4326, 0, 0);

ALTER TABLE places ADD COLUMN admin1 TEXT;
ALTER TABLE places ADD COLUMN admin2 TEXT;
ALTER TABLE places ADD COLUMN admin3 TEXT;

ALTER TABLE incident_locations ADD COLUMN adm1_name TEXT;
ALTER TABLE incident_locations ADD COLUMN adm1_code TEXT;
ALTER TABLE incident_locations ADD COLUMN adm2_name TEXT;
ALTER TABLE incident_locations ADD COLUMN adm2_code TEXT;
ALTER TABLE incident_locations ADD COLUMN adm3_name TEXT;
ALTER TABLE incident_locations ADD COLUMN adm3_code TEXT;
