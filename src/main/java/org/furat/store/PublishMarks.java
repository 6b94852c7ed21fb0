package org.furat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Where a file copied from a team database stands against it: which team database, the newest of the file's own
 * actions already sent there (or copied from there), and the newest team action taken into account. `furat copy`
 * sets them when it makes the file; `furat publish` sends the file's actions after the first and compares them with
 * the team's after the second, then moves both on. Kept in the file's settings, never copied with its data.
 */
public final class PublishMarks {

    static final String TEAM = "team_database";
    static final String MARKS = "team_marks";

    /** The team database (its address without password) and the two marks. */
    public record Mark(String team, long fileAction, long teamAction) {}

    private PublishMarks() {}

    public static Optional<Mark> read(FuratDatabase file) {
        return file.read(c -> {
            String team = Settings.get(c, TEAM), marks = Settings.get(c, MARKS);
            if (team == null || marks == null || !marks.matches("\\d+:\\d+")) return Optional.<Mark>empty();
            String[] parts = marks.split(":");
            return Optional.of(new Mark(team, Long.parseLong(parts[0]), Long.parseLong(parts[1])));
        });
    }

    /** Sets them within a transaction under way (the copy's), both marks at the newest action the file holds. */
    public static void atCopy(Connection c, String team) throws SQLException {
        long newest;
        try (Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM change_actions")) {
            rs.next();
            newest = rs.getLong(1);
        }
        Settings.put(c, TEAM, team);
        Settings.put(c, MARKS, newest + ":" + newest);
    }

    /** Moves them on after a publication, as an action of the file's own history. */
    public static void record(FuratDatabase file, Mark mark) {
        file.transaction(ChangeAction.named("published").because("to " + mark.team()), c -> {
            Settings.put(c, TEAM, mark.team());
            Settings.put(c, MARKS, mark.fileAction() + ":" + mark.teamAction());
            return null;
        });
    }
}
