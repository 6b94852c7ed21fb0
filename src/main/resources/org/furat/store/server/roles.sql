-- The three roles of a team database and what each may do, applied by every `furat server init` (so a table added by
-- a later migration gets its grants too). A person connects as their own login role, a member of one of these
-- (`furat server add-user`). Roles belong to the whole PostgreSQL cluster, so each database has its own three, named
-- for it (written here as the words viewer, analyst and editor in braces, which store.server.ServerSchema replaces with
-- TeamServer.Role#pgRole), and only their members may connect to it: a role on one team database gives nothing on
-- another of the same server.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{viewer}') THEN CREATE ROLE "{viewer}" NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{analyst}') THEN CREATE ROLE "{analyst}" NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{editor}') THEN CREATE ROLE "{editor}" NOLOGIN; END IF;
  EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), '{viewer}');
END
$$;
GRANT "{viewer}" TO "{analyst}";
GRANT "{analyst}" TO "{editor}";

-- viewer: reads everything.
GRANT USAGE ON SCHEMA public TO "{viewer}";
GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{viewer}";

-- analyst: imports reports, proposes and edits incidents (their links and evidence), and writes the change log.
GRANT INSERT, UPDATE ON sources, incidents, change_actions, change_log TO "{analyst}";
GRANT INSERT, UPDATE, DELETE ON incident_places, incident_actors, evidence TO "{analyst}";
GRANT INSERT, UPDATE, DELETE ON review_claims, source_readings TO "{analyst}";
-- What every write keeps in step: the action under way, the search index, the filter columns' cache and counter.
GRANT INSERT, UPDATE, DELETE ON change_current, incident_search, incident_search_terms, furat_columns_cache, furat_settings
  TO "{analyst}";
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "{analyst}";

-- editor: also verifies and deletes incidents, merges, and manages the gazetteer and the actors.
GRANT INSERT, UPDATE, DELETE ON places, place_groups, place_group_members, actors, admin_units TO "{editor}";
GRANT INSERT, UPDATE, DELETE ON gazetteer_sources, place_sources, place_variant_sources TO "{editor}";
GRANT DELETE ON incidents, sources TO "{editor}";

-- Verifying an incident and deleting one (marking it deleted) are an editor's: a grant cannot tell one update of a
-- row from another, so a trigger does.
CREATE OR REPLACE FUNCTION furat_editor_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_has_role(current_user, '{editor}', 'MEMBER') THEN RETURN NEW; END IF;
  IF NEW.status = 'verified' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'verified') THEN
    RAISE EXCEPTION 'only an editor may verify an incident (% is not one)', current_user USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.deleted_at IS DISTINCT FROM OLD.deleted_at THEN
    RAISE EXCEPTION 'only an editor may delete or restore an incident (% is not one)', current_user USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS incidents_editor_only ON incidents;
CREATE TRIGGER incidents_editor_only BEFORE INSERT OR UPDATE ON incidents FOR EACH ROW EXECUTE FUNCTION furat_editor_only();

-- The change log is append-only, for everyone.
CREATE OR REPLACE FUNCTION furat_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the change log is append-only: its rows cannot be changed or deleted';
END
$$;
DROP TRIGGER IF EXISTS change_log_append_only ON change_log;
CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON change_log FOR EACH ROW EXECUTE FUNCTION furat_append_only();
DROP TRIGGER IF EXISTS change_actions_append_only ON change_actions;
CREATE TRIGGER change_actions_append_only BEFORE UPDATE OR DELETE ON change_actions FOR EACH ROW EXECUTE FUNCTION furat_append_only();

-- Before 2026-12-03 the roles were furat_viewer, furat_analyst and furat_editor, one set for every database on the
-- server: the people in them get this database's roles, and the old roles lose what they were granted here.
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT person.rolname AS person, old.rolname AS old FROM pg_auth_members a
           JOIN pg_roles old ON old.oid = a.roleid JOIN pg_roles person ON person.oid = a.member
           WHERE old.rolname IN ('furat_viewer', 'furat_analyst', 'furat_editor')
             AND person.rolname NOT IN ('furat_viewer', 'furat_analyst', 'furat_editor') LOOP
    EXECUTE format('GRANT %I TO %I', CASE r.old WHEN 'furat_viewer' THEN '{viewer}' WHEN 'furat_analyst' THEN '{analyst}'
      ELSE '{editor}' END, r.person);
  END LOOP;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'furat_viewer')
     AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'furat_analyst')
     AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'furat_editor') THEN
    REVOKE ALL ON ALL TABLES IN SCHEMA public FROM furat_viewer, furat_analyst, furat_editor;
    REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM furat_viewer, furat_analyst, furat_editor;
    REVOKE ALL ON SCHEMA public FROM furat_viewer, furat_analyst, furat_editor;
  END IF;
END
$$;
