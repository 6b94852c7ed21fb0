package org.furat.app;

import java.nio.file.Path;
import java.util.List;
import org.furat.store.DatabaseCheck;

/**
 * Checks a database file without changing it (SQLite's integrity and foreign-key checks and Furat's own rules;
 * see {@code store.DatabaseCheck}), for {@code furat check} and for the window. Safe on a damaged file, a newer
 * Furat's file, or one another process is writing (it waits, then says it is busy).
 */
public final class DatabaseHealth {

    /** One problem: its kind (a stable name such as INCIDENT_WITHOUT_EVIDENCE) and a sentence saying what is wrong. */
    public record Finding(String kind, String message) {}

    /** The problems found (none: the database is sound) and notes that are not problems. */
    public record Report(String database, List<Finding> findings, List<String> notes) {
        public boolean clean() { return findings.isEmpty(); }

        /** The report as the analyst reads it, in the command line and in the window alike. */
        public List<String> lines() {
            List<String> lines = new java.util.ArrayList<>();
            lines.add("Checked " + database);
            for (String note : notes) lines.add("note: " + note);
            for (Finding f : findings) lines.add("problem (" + f.kind().toLowerCase(java.util.Locale.ROOT) + "): " + f.message());
            lines.add(clean() ? "No problems found." : findings.size() + (findings.size() == 1 ? " problem" : " problems") + " found.");
            return lines;
        }
    }

    private DatabaseHealth() {}

    public static Report check(Path file) {
        return report(DatabaseCheck.run(file));
    }

    /** Checks the database {@code location} names: a file, or a team database (Furat's own rules there). */
    public static Report check(String location) {
        if (!TeamDatabase.isServer(location)) return check(Path.of(location));
        try (org.furat.store.server.ServerDatabase team = org.furat.store.server.ServerDatabase.open(
                org.furat.store.server.ServerAddress.parse(location))) {
            return report(DatabaseCheck.run(team));
        }
    }

    private static Report report(DatabaseCheck.Result result) {
        return new Report(result.database(),
                result.findings().stream().map(f -> new Finding(f.kind().name(), f.message())).toList(), result.notes());
    }
}
