-- Who is reviewing which report now: a second window, or a second analyst on a shared file, opening the same report
-- is told by whom, and can read it but not save decisions until it is released or taken over. A claim is working
-- state, not data: the change log does not record it (store.ChangeLogTriggers.UNLOGGED), and one left behind by a
-- killed process is taken over by hand.
CREATE TABLE review_claims (
  source_key TEXT PRIMARY KEY,
  holder TEXT NOT NULL, -- the open workspace holding it (a random id), so two windows of one analyst are told apart
  who TEXT NOT NULL,    -- the analyst's name, as the change log records it
  since TEXT NOT NULL   -- UTC, ISO 8601
);
