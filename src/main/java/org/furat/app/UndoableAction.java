package org.furat.app;

/** An action Undo or Redo would take back: its id in the change log, its name and when it was made (UTC). */
public record UndoableAction(long actionId, String name, String at) {}
