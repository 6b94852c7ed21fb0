-- The change log: every write to the data tables, grouped by the action that made it, so that the history of an
-- incident, place or source can be shown and an action taken back later. The rows are written by triggers on each
-- data table (store.ChangeLogTriggers creates them from the tables' columns after every schema change), which read
-- the action under way from change_current; the one place that opens write transactions (store.FuratDatabase) sets
-- it at the start of each transaction and clears it before the commit. See docs/decisions/0005-change-log.md.

-- One row per action that changed something: who (the analyst's name from the settings, else the user of the
-- computer), when (UTC), its name ("import report", "save review", ...) and the reason the analyst gave, if any.
-- per_row 0 marks a bulk action (a synthetic load) that records one summary row per table instead of every row.
CREATE TABLE change_actions (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  name TEXT NOT NULL,
  reason TEXT,
  per_row INTEGER NOT NULL CHECK (per_row IN (0, 1))
);

-- One row per row inserted or deleted (its values as a JSON object in after or before; geometry and other BLOB
-- columns as hexadecimal text) and per field updated (before and after as they were stored). row_key is the
-- business key (an incident's, place's or source's key; for a link, the keys it joins separated by '|'), row_id the
-- SQLite rowid. action_id is NULL for a change made by another program, which sets no action.
CREATE TABLE change_log (
  id INTEGER PRIMARY KEY,
  action_id INTEGER,
  table_name TEXT NOT NULL,
  row_id INTEGER,
  row_key TEXT,
  operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete', 'bulk')),
  field TEXT,
  before,
  after
);
CREATE INDEX change_log_by_action ON change_log(action_id);
CREATE INDEX change_log_by_row ON change_log(table_name, row_id);
CREATE INDEX change_log_by_key ON change_log(row_key);

-- The action under way on the connection writing now: one row, set and cleared inside each write transaction, so
-- it is never committed with a row in it.
CREATE TABLE change_current (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  action_id INTEGER NOT NULL,
  per_row INTEGER NOT NULL CHECK (per_row IN (0, 1))
);

-- Append-only: nothing may rewrite or remove what the log says.
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log BEGIN
  SELECT RAISE(ABORT, 'the change log is append-only: its rows cannot be changed');
END;
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log BEGIN
  SELECT RAISE(ABORT, 'the change log is append-only: its rows cannot be deleted');
END;
CREATE TRIGGER change_actions_no_update BEFORE UPDATE ON change_actions BEGIN
  SELECT RAISE(ABORT, 'the change log is append-only: its actions cannot be changed');
END;
CREATE TRIGGER change_actions_no_delete BEFORE DELETE ON change_actions BEGIN
  SELECT RAISE(ABORT, 'the change log is append-only: its actions cannot be deleted');
END;
