-- Undo and redo are actions of the change log like any other: taking an action back replays its before-values in
-- reverse (store.ChangeReversal) under a new action that names the one it takes back here. Redo takes an undo back.
-- Nothing is rewritten: the log stays append-only, and what is undone and redone is read from these links.
ALTER TABLE change_actions ADD COLUMN undoes INTEGER REFERENCES change_actions(id);
