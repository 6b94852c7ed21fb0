-- The change log keeps each logged row's JSON as it was written: json keeps its text, where jsonb reorders the keys
-- and respaces it, so a database copied to the team server and back (`furat copy`) showed its history otherwise.
ALTER TABLE change_log ALTER COLUMN before TYPE json USING before::json;
ALTER TABLE change_log ALTER COLUMN after TYPE json USING after::json;
