-- The filter columns of every incident (store.IncidentColumns), saved as one blob so that opening a
-- database of a million incidents does not re-read millions of rows. data_version counts changes to
-- the tables the columns come from; triggers keep it true even when another program edits them, and a
-- cache saved at another version is rebuilt.
INSERT INTO furat_settings (key, value) VALUES ('data_version', '0');

CREATE TABLE furat_columns_cache (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  data_version INTEGER NOT NULL,
  data BLOB NOT NULL
);

CREATE TRIGGER incidents_changed_insert AFTER INSERT ON incidents BEGIN
  UPDATE furat_settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER incidents_changed_update AFTER UPDATE ON incidents BEGIN
  UPDATE furat_settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER incidents_changed_delete AFTER DELETE ON incidents BEGIN
  UPDATE furat_settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER incident_places_changed_insert AFTER INSERT ON incident_places BEGIN
  UPDATE furat_settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER incident_places_changed_update AFTER UPDATE ON incident_places BEGIN
  UPDATE furat_settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER incident_places_changed_delete AFTER DELETE ON incident_places BEGIN
  UPDATE furat_settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER incident_actors_changed_insert AFTER INSERT ON incident_actors BEGIN
  UPDATE furat_settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER incident_actors_changed_update AFTER UPDATE ON incident_actors BEGIN
  UPDATE furat_settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER incident_actors_changed_delete AFTER DELETE ON incident_actors BEGIN
  UPDATE furat_settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER places_changed_update AFTER UPDATE OF loc_prec, key ON places BEGIN
  UPDATE furat_settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
