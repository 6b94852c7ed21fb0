-- Register the tables an analyst may want to browse in a GIS as GeoPackage attribute tables. GDAL then
-- lists these and the two point layers, and leaves internal tables (migrations, group members) out.
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
VALUES ('incidents', 'attributes', 'incidents', 'Incidents: date span and precision, ACLED event type, casualties, status'),
       ('sources', 'attributes', 'sources', 'News reports with their full text as received'),
       ('evidence', 'attributes', 'evidence', 'Character spans of source texts that support each incident'),
       ('actors', 'attributes', 'actors', 'Parties to incidents, with names in Arabic and English');
