-- An incident the analyst deletes is kept, marked deleted with when (UTC) and why, so that it can be shown again on
-- request ("show deleted") and restored; every view and export leaves it out by default. Restoring clears both
-- columns, which gives back the row exactly as it was. The change log records both under their actions.
ALTER TABLE incidents ADD COLUMN deleted_at TEXT;
-- Both are set and cleared together (store.IncidentLifecycle); no CHECK ties them, because taking an action back
-- from the change log sets its fields back one at a time, and the row would fail such a check halfway.
ALTER TABLE incidents ADD COLUMN deleted_reason TEXT;
-- The filter columns now carry whether each incident is deleted: a cache saved without them is read again.
DELETE FROM furat_columns_cache;
