-- An incident the analyst deletes is kept, marked deleted with when (UTC) and why, so that it can be shown again on
-- request ("show deleted") and restored; every view and export leaves it out by default. Restoring clears both
-- columns, which gives back the row exactly as it was. The change log records both under their actions.
ALTER TABLE incidents ADD COLUMN deleted_at TEXT;
ALTER TABLE incidents ADD COLUMN deleted_reason TEXT CHECK ((deleted_at IS NULL) = (deleted_reason IS NULL));
-- The filter columns now carry whether each incident is deleted: a cache saved without them is read again.
DELETE FROM furat_columns_cache;
