-- What the GeoPackage has and the team database lacked, so that Furat's repositories run the same statements on
-- both (docs/decisions/0009): the settings, the filter columns' cache and its change counter, the action under way,
-- the search index, and the few SQLite functions those statements use.
CREATE TABLE furat_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO furat_settings (key, value) VALUES ('data_version', '0');

CREATE TABLE furat_columns_cache (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  data_version INTEGER NOT NULL,
  data BYTEA NOT NULL
);

-- data_version counts changes to the tables the filter columns come from, as the file's triggers do (V005).
CREATE FUNCTION furat_count_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE furat_settings SET value = (value::bigint + 1)::text WHERE key = 'data_version';
  RETURN NULL;
END
$$;
CREATE TRIGGER incidents_changed AFTER INSERT OR UPDATE OR DELETE ON incidents
  FOR EACH STATEMENT EXECUTE FUNCTION furat_count_data_change();
CREATE TRIGGER incident_places_changed AFTER INSERT OR UPDATE OR DELETE ON incident_places
  FOR EACH STATEMENT EXECUTE FUNCTION furat_count_data_change();
CREATE TRIGGER incident_actors_changed AFTER INSERT OR UPDATE OR DELETE ON incident_actors
  FOR EACH STATEMENT EXECUTE FUNCTION furat_count_data_change();
CREATE TRIGGER places_changed AFTER UPDATE OF loc_prec, key ON places
  FOR EACH STATEMENT EXECUTE FUNCTION furat_count_data_change();

-- The action a write transaction is under, read by the change log's triggers (store.server.ServerChangeLog); only
-- ever filled inside a transaction, which writers take one at a time.
CREATE TABLE change_current (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  action_id BIGINT NOT NULL,
  per_row INTEGER NOT NULL CHECK (per_row IN (0, 1))
);
-- The action's row is written when it closes, after its rows' log: the link is checked at the commit.
ALTER TABLE change_log DROP CONSTRAINT change_log_action_id_fkey;
ALTER TABLE change_log ADD CONSTRAINT change_log_action_id_fkey FOREIGN KEY (action_id) REFERENCES change_actions(id)
  DEFERRABLE INITIALLY DEFERRED;

-- The search index: each incident's search keys (text.ArabicNormalizer#searchKey, computed by Furat, so both stores
-- hold the same keys), searched by word prefix with a trigram index. Its key column is named as in the file's FTS5
-- index, rowid (the incident's id), so that the statements writing it are the same.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE incident_search (
  rowid BIGINT PRIMARY KEY,
  body TEXT NOT NULL
);
CREATE INDEX incident_search_words ON incident_search USING GIN ((' ' || body) gin_trgm_ops);

-- The change log's values as the file keeps them, so that one reading of the log serves both: a row as JSON text for
-- an insert or delete, a field's value as text for an update (S004 kept them as json, updates as JSON strings).
ALTER TABLE change_log ALTER COLUMN before TYPE text USING (CASE WHEN operation = 'update' THEN before #>> '{}' ELSE before::text END);
ALTER TABLE change_log ALTER COLUMN after TYPE text USING (CASE WHEN operation = 'update' THEN after #>> '{}' ELSE after::text END);

-- SQLite's functions as Furat's statements use them: julianday() of a day, group_concat(), strftime() of 'now' in the
-- two forms Furat writes times in (a time, here, for the time columns it is written to), typeof(), hex(), instr(), and
-- json_extract() of a member ('$.name') of a logged row.
CREATE FUNCTION julianday(day date) RETURNS double precision LANGUAGE sql IMMUTABLE AS
  $$ SELECT (day - DATE '1970-01-01') + 2440587.5 $$;
CREATE FUNCTION furat_concat_step(joined text, value text, separator text) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT CASE WHEN value IS NULL THEN joined WHEN joined IS NULL THEN value ELSE joined || separator || value END $$;
CREATE AGGREGATE group_concat(text, text) (SFUNC = furat_concat_step, STYPE = text);

CREATE FUNCTION strftime(format text, moment text) RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN moment <> 'now' THEN NULL
              WHEN format = '%Y-%m-%dT%H:%M:%SZ' THEN date_trunc('second', now())
              ELSE date_trunc('milliseconds', now()) END $$;
CREATE FUNCTION typeof(value anyelement) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT pg_typeof(value)::text $$;
CREATE FUNCTION hex(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(encode(convert_to(value, 'UTF8'), 'hex')) $$;
CREATE FUNCTION instr(haystack text, needle text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT strpos(haystack, needle) $$;
CREATE FUNCTION json_extract(document text, path text) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT document::json #>> string_to_array(replace(substr(path, 3), '"', ''), '.') $$;

-- A time as the file writes it: ISO 8601 in UTC, to the millisecond (to the microsecond where the server kept more).
CREATE FUNCTION furat_iso(moment timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(moment AT TIME ZONE 'UTC', CASE WHEN extract(microseconds FROM moment)::bigint % 1000 = 0
         THEN 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"' ELSE 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"' END) $$;

-- Every action committed is announced to the windows listening (store.server.ChangeListener), so that another
-- analyst's change reaches their maps at once; PostgreSQL delivers the notice only when the action commits.
CREATE FUNCTION furat_announce_action() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('furat_changes', NEW.id::text);
  RETURN NULL;
END
$$;
CREATE TRIGGER change_actions_announced AFTER INSERT ON change_actions FOR EACH ROW EXECUTE FUNCTION furat_announce_action();

-- The incident layer with every column of the file's (store/migrations V002, V006: actors, sources, the evidence
-- quoted, the administrative units), kept in step by being a view: incident_locations for GIS tools, without deleted
-- incidents, and incident_locations_all, which Furat's exports read as they read the file's layer and filter
-- themselves. Evidence is quoted by character offsets, as Furat counts them for the Arabic and Latin text of reports
-- (a character outside the Basic Multilingual Plane, an emoji, would count twice in Furat and once here).
DROP VIEW incident_locations;
CREATE VIEW incident_locations_all AS
SELECT ip.fid, p.geom, i.id AS incident_id, i.key AS incident, p.key AS place, p.name_ar AS place_ar, p.name_en AS place_en,
       ip.role, greatest(ip.loc_prec, p.loc_prec) AS loc_prec, i.date_start, i.date_end, i.time_prec, i.event_type,
       i.sub_event_type AS sub_event,
       (SELECT string_agg(a.name_en, '; ' ORDER BY ia.position) FROM incident_actors ia JOIN actors a ON a.id = ia.actor_id
         WHERE ia.incident_id = i.id AND ia.role = 'actor1') AS actor1,
       (SELECT string_agg(a.name_en, '; ' ORDER BY ia.position) FROM incident_actors ia JOIN actors a ON a.id = ia.actor_id
         WHERE ia.incident_id = i.id AND ia.role = 'actor2') AS actor2,
       i.killed_best AS killed, i.killed_low, i.killed_high, i.injured_best AS injured, i.injured_low, i.injured_high,
       i.status, i.description_en AS desc_en, i.description_ar AS desc_ar,
       (SELECT CASE WHEN count(v) = 0 THEN NULL ELSE string_agg(coalesce(v, 'n/a'), ' | ' ORDER BY first) END
          FROM (SELECT coalesce(s.title, s.key) AS v, min(e.id) AS first FROM evidence e JOIN sources s ON s.id = e.source_id
                WHERE e.incident_id = i.id GROUP BY s.id) every_source) AS source,
       (SELECT CASE WHEN count(v) = 0 THEN NULL ELSE string_agg(coalesce(v, 'n/a'), ' | ' ORDER BY first) END
          FROM (SELECT s.outlet AS v, min(e.id) AS first FROM evidence e JOIN sources s ON s.id = e.source_id
                WHERE e.incident_id = i.id GROUP BY s.id) every_source) AS outlet,
       (SELECT CASE WHEN count(v) = 0 THEN NULL ELSE string_agg(coalesce(v, 'n/a'), ' | ' ORDER BY first) END
          FROM (SELECT s.url AS v, min(e.id) AS first FROM evidence e JOIN sources s ON s.id = e.source_id
                WHERE e.incident_id = i.id GROUP BY s.id) every_source) AS url,
       (SELECT string_agg(substr(s.text, e.span_start + 1, e.span_end - e.span_start), ' | ' ORDER BY e.id)
          FROM evidence e JOIN sources s ON s.id = e.source_id
         WHERE e.incident_id = i.id AND e.span_end <= length(s.text)) AS evidence,
       u1.name_en AS adm1_name, u1.code AS adm1_code, u2.name_en AS adm2_name, u2.code AS adm2_code,
       u3.name_en AS adm3_name, u3.code AS adm3_code, i.deleted_at
FROM incident_places ip
JOIN incidents i ON i.id = ip.incident_id
JOIN places p ON p.fid = ip.place_id
LEFT JOIN admin_units u1 ON u1.key = p.admin1
LEFT JOIN admin_units u2 ON u2.key = p.admin2
LEFT JOIN admin_units u3 ON u3.key = p.admin3;

CREATE VIEW incident_locations AS
SELECT fid, geom, incident_id, incident, place, place_ar, place_en, role, loc_prec, date_start, date_end, time_prec,
       event_type, sub_event, actor1, actor2, killed, killed_low, killed_high, injured, injured_low, injured_high, status,
       desc_en, desc_ar, source, outlet, url, evidence, adm1_name, adm1_code, adm2_name, adm2_code, adm3_name, adm3_code
FROM incident_locations_all WHERE deleted_at IS NULL;

-- Taking an action back restores a deleted incident's links before the incident itself (store.ChangeReversal), as the
-- log has them in reverse: the foreign keys may be checked at the commit instead (SET CONSTRAINTS ALL DEFERRED), as a
-- file's are (PRAGMA defer_foreign_keys); they are checked at once otherwise, as before.
DO $$
DECLARE
  fk record;
BEGIN
  FOR fk IN SELECT conrelid::regclass AS owner, conname FROM pg_constraint
            WHERE contype = 'f' AND connamespace = 'public'::regnamespace AND NOT condeferrable LOOP
    EXECUTE format('ALTER TABLE %s ALTER CONSTRAINT %I DEFERRABLE INITIALLY IMMEDIATE', fk.owner, fk.conname);
  END LOOP;
END
$$;
