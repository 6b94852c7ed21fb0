package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which of an analyst's actions Undo and Redo take back next, read from the change log alone, so that the window and
 * the command line, today and after a restart, agree. An undo is an action that takes another back; a redo is an undo
 * of an undo. An action is in effect while no action in effect takes it back. Undo takes back the analyst's latest
 * action in effect that is not itself an undo; Redo takes back their latest undo in effect, unless they have done
 * something new since (as in every editor, a new action ends what can be redone, even once it is undone itself).
 */
public final class UndoStack {

    /**
     * Actions that undo passes over: they set the database up, or say who the analyst is, rather than change the
     * analyst's data.
     */
    private static final Set<String> NOT_UNDONE = Set.of("seed new database", "seed places refresh", "seed actors refresh",
            AnalystName.ACTION);

    /** How far back the stack reaches: an analyst undoes the last steps, not a year of work. */
    private static final int DEPTH = 500;

    public static final String UNDO = "undo: ";
    public static final String REDO = "redo: ";

    /** An action Undo or Redo would take back: its id, name and when (UTC). */
    public record Step(long actionId, String name, String at) {

        /** The name of the action that takes this one back: "undo: edit incident", or for an undo, "redo: edit incident". */
        String reversalName(boolean redo) {
            String base = name.startsWith(UNDO) ? name.substring(UNDO.length()) : name.startsWith(REDO) ? name.substring(REDO.length()) : name;
            return (redo ? REDO : UNDO) + base;
        }
    }

    private record Action(long id, String name, String at, Long undoes, boolean perRow) {}

    private UndoStack() {}

    /** The action Undo would take back for {@code who}, if any. */
    public static Optional<Step> undoable(Connection c, String who) throws SQLException {
        Stack stack = stack(c, who);
        for (Action a : stack.actions) {
            if (NOT_UNDONE.contains(a.name())) continue;
            if (stack.inEffect(a) && stack.depth(a) % 2 == 0) {
                if (!a.perRow()) return Optional.empty(); // a bulk load logged no rows to take back, and nothing before it can be
                return Optional.of(new Step(a.id(), a.name(), a.at()));
            }
        }
        return Optional.empty();
    }

    /** The undo Redo would take back for {@code who}, if any. */
    public static Optional<Step> redoable(Connection c, String who) throws SQLException {
        Stack stack = stack(c, who);
        for (Action a : stack.actions) {
            if (NOT_UNDONE.contains(a.name())) continue;
            int depth = stack.depth(a);
            // Something new since the last undo, even if undone itself since, ends what can be redone.
            if (depth == 0) return Optional.empty();
            if (stack.inEffect(a) && depth % 2 == 1) return Optional.of(new Step(a.id(), a.name(), a.at()));
        }
        return Optional.empty();
    }

    /** The analyst's latest actions, newest first, with which are in effect and how deep each undo is. */
    private static final class Stack {
        final List<Action> actions = new ArrayList<>();
        final Map<Long, Action> byId = new HashMap<>();
        final Set<Long> undone = new HashSet<>();

        boolean inEffect(Action a) { return !undone.contains(a.id()); }

        /** 0 for an action, 1 for its undo, 2 for a redo, and so on. */
        int depth(Action a) {
            int depth = 0;
            for (Action x = a; x.undoes() != null; x = byId.get(x.undoes())) {
                depth++;
                if (!byId.containsKey(x.undoes())) break;
            }
            return depth;
        }
    }

    private static Stack stack(Connection c, String who) throws SQLException {
        Stack stack = new Stack();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, at, undoes, per_row FROM change_actions WHERE who = ? "
                + "ORDER BY id DESC LIMIT " + DEPTH)) {
            ps.setString(1, who);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Long undoes = rs.getObject(4) == null ? null : rs.getLong(4);
                    Action a = new Action(rs.getLong(1), rs.getString(2), rs.getString(3), undoes, rs.getInt(5) == 1);
                    stack.actions.add(a);
                    stack.byId.put(a.id(), a);
                }
            }
        }
        // Newest first: whether an undo is in effect is settled before the action it takes back is reached.
        for (Action a : stack.actions) {
            if (stack.inEffect(a) && a.undoes() != null) stack.undone.add(a.undoes());
        }
        return stack;
    }

    /** Takes {@code step} back in the caller's transaction, the action named by {@link Step#reversalName}. */
    static ChangeReversal.Reversed takeBack(Connection c, Step step) throws SQLException {
        return ChangeReversal.reverse(c, step.actionId());
    }
}
