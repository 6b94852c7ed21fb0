package org.furat.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * {@code furat check}: looks at a database file and lists what is wrong with it: SQLite's integrity and
 * foreign-key checks, then Furat's own rules (every incident has evidence from a source that exists, every
 * evidence span lies inside its source's text, the incident_locations layer has exactly one feature per
 * incident place, the GeoPackage registers its layers with their extents, the schema is one this Furat knows).
 * It opens the file read-only and never migrates it, so it can look at a damaged or newer file safely.
 */
public final class DatabaseCheck {

    /** What kind of problem a finding is. */
    public enum Kind {
        CANNOT_OPEN, NOT_SQLITE, NOT_FURAT, NEWER_SCHEMA, INTEGRITY, FOREIGN_KEY, INCIDENT_WITHOUT_EVIDENCE,
        EVIDENCE_WITHOUT_SOURCE, EVIDENCE_OUTSIDE_TEXT, LOCATION_MISSING, LOCATION_WITHOUT_PLACE, LAYER_NOT_REGISTERED,
        LAYER_WITHOUT_TABLE, EXTENT_MISSING, EXTENT_WRONG, CHANGES_NOT_LOGGED, SEARCH_INDEX_MISSING, CHECK_FAILED
    }

    /** One problem, in a sentence that names what is affected. */
    public record Finding(Kind kind, String message) {}

    /**
     * Everything found, and notes that are not problems (an older schema, which opening will upgrade); {@code database}
     * names the file, or the team database.
     */
    public record Result(String database, List<Finding> findings, List<String> notes) {
        public boolean clean() { return findings.isEmpty(); }
    }

    /** Examples listed per finding; the count says how many there are in all. */
    private static final int EXAMPLES = 5;
    private static final List<String> FEATURE_LAYERS = List.of("places", "incident_locations");

    private final Path file;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private DatabaseCheck(Path file) {
        this.file = file;
    }

    public static Result run(Path file) {
        DatabaseCheck check = new DatabaseCheck(file.toAbsolutePath());
        check.runAll();
        return new Result(check.file.toString(), List.copyOf(check.findings), List.copyOf(check.notes));
    }

    /**
     * Furat's own rules on a team database, whose server keeps its storage and foreign keys sound itself: the
     * incidents' evidence, the change log's triggers on every table, and every incident's row in the search index.
     */
    public static Result run(FuratDatabase team) {
        DatabaseCheck check = new DatabaseCheck(null);
        team.read(c -> {
            check.recordChecks(c);
            check.check(c, "change log", () -> check.unlogged(PostgresLogTriggers.unguarded(c)));
            check.check(c, "search index", () -> {
                List<String> missing = strings(c, "SELECT key FROM incidents i WHERE NOT EXISTS "
                        + "(SELECT 1 FROM incident_search s WHERE s.rowid = i.id) ORDER BY key");
                if (!missing.isEmpty()) check.add(Kind.SEARCH_INDEX_MISSING, count(missing.size(), "incident") + have(missing.size())
                        + " no row in the search index, so a search never finds " + (missing.size() == 1 ? "it" : "them") + ": "
                        + examples(missing) + ".");
            });
            return null;
        });
        return new Result(team.location(), List.copyOf(check.findings), List.copyOf(check.notes));
    }

    private void runAll() {
        if (!Files.isRegularFile(file)) {
            add(Kind.CANNOT_OPEN, file + " does not exist or is not a file.");
            return;
        }
        try {
            SchemaCompatibility.refuseIfNotSqlite(file);
        } catch (StoreException e) {
            add(e.problem() == StoreException.Problem.NOT_FURAT ? Kind.NOT_SQLITE : Kind.CANNOT_OPEN, e.getMessage());
            return;
        }
        try (Connection c = SqliteConnections.open(file, true)) {
            SqlFunctions.register(c);
            Migrations.State state = Migrations.inspect(c);
            if (state.empty()) {
                notes.add(file + " is an empty database; Furat fills it when it opens it.");
                return;
            }
            sqliteChecks(c);
            if (!state.tracked()) {
                add(Kind.NOT_FURAT, file + " is not a Furat database: it has no furat_migrations table.");
                return;
            }
            Migrations.Applied newest = state.newestUnknown();
            if (newest != null) {
                add(Kind.NEWER_SCHEMA, SchemaCompatibility.newerMessage(file, newest) + " Furat's own checks were skipped.");
                return;
            }
            if (!state.pending().isEmpty()) {
                notes.add("The schema is version " + state.version() + "; opening it with this Furat upgrades it to version "
                        + Migrations.currentVersion() + ", after saving a copy beside it.");
            }
            furatChecks(c);
        } catch (SQLException | RuntimeException e) {
            StoreException failure = StoreFailures.reading(file, e);
            if (failure.problem() == StoreException.Problem.DAMAGED) {
                add(Kind.INTEGRITY, "SQLite cannot read " + file + ": it is damaged (" + e.getMessage() + ").");
            } else {
                add(Kind.CANNOT_OPEN, failure.getMessage());
            }
        }
    }

    private void sqliteChecks(Connection c) {
        check(c, "the database's structure", () -> {
            for (String report : DamageCheck.integrityCheck(c)) {
                for (String line : report.split("\n")) {
                    if (!line.isBlank() && !line.startsWith("*** in database")) add(Kind.INTEGRITY, "SQLite integrity check: " + line.strip());
                }
            }
        });
        check(c, "foreign keys", () -> {
            Map<String, List<Long>> violations = new java.util.TreeMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    violations.computeIfAbsent(rs.getString("table") + " → " + rs.getString("parent"), k -> new ArrayList<>())
                            .add(rs.getLong("rowid"));
                }
            }
            violations.forEach((tables, rowids) -> {
                String[] t = tables.split(" → ");
                add(Kind.FOREIGN_KEY, count(rowids.size(), "row") + " of " + t[0] + (rowids.size() == 1 ? " refers" : " refer")
                        + " to " + t[1] + " rows that do not exist (row ids " + examples(rowids.stream().map(String::valueOf).toList()) + ").");
            });
        });
    }

    private void furatChecks(Connection c) {
        recordChecks(c);
        layerChecks(c);
    }

    /** The incidents' evidence: in a file and a team database alike. */
    private void recordChecks(Connection c) {
        check(c, "incidents without evidence", () -> {
            List<String> keys = strings(c, "SELECT key FROM incidents i WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.incident_id = i.id) ORDER BY key");
            if (!keys.isEmpty()) add(Kind.INCIDENT_WITHOUT_EVIDENCE, count(keys.size(), "incident") + have(keys.size()) + " no evidence: " + examples(keys) + ".");
        });
        check(c, "evidence sources", () -> {
            List<String> rows = strings(c, "SELECT i.key || ' (evidence ' || e.id || ', source id ' || e.source_id || ')' FROM evidence e "
                    + "JOIN incidents i ON i.id = e.incident_id WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = e.source_id) ORDER BY e.id");
            if (!rows.isEmpty()) add(Kind.EVIDENCE_WITHOUT_SOURCE, count(rows.size(), "evidence span") + (rows.size() == 1 ? " cites" : " cite") + " a source that is not in the "
                    + "database: " + examples(rows) + ".");
        });
        check(c, "evidence spans", () -> {
            // Spans count UTF-16 units, as Java strings do; SQLite's length() counts characters, so lengths come from Java.
            Map<Long, Integer> lengths = new HashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, text FROM sources")) {
                while (rs.next()) lengths.put(rs.getLong(1), rs.getString(2) == null ? 0 : rs.getString(2).length());
            }
            List<String> outside = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT i.key, e.id, e.source_id, e.span_start, e.span_end FROM evidence e "
                         + "JOIN incidents i ON i.id = e.incident_id ORDER BY e.id")) {
                while (rs.next()) {
                    Integer length = lengths.get(rs.getLong(3));
                    int start = rs.getInt(4), end = rs.getInt(5);
                    if (length != null && (start < 0 || end <= start || end > length)) {
                        outside.add(rs.getString(1) + " (evidence " + rs.getLong(2) + ": " + start + "–" + end + " of a text of " + length + ")");
                    }
                }
            }
            if (!outside.isEmpty()) add(Kind.EVIDENCE_OUTSIDE_TEXT, count(outside.size(), "evidence span") + (outside.size() == 1 ? " does" : " do") + " not lie inside "
                    + "their source's text: " + examples(outside) + ".");
        });
    }

    /** The file's GeoPackage layers, their extents, and the change log's SQLite triggers. */
    private void layerChecks(Connection c) {
        check(c, "incident locations", () -> {
            List<String> missing = strings(c, "SELECT i.key || ' at ' || coalesce(p.key, 'place ' || ip.place_id) || ' (fid ' || ip.fid || ')' "
                    + "FROM incident_places ip JOIN incidents i ON i.id = ip.incident_id LEFT JOIN places p ON p.fid = ip.place_id "
                    + "WHERE NOT EXISTS (SELECT 1 FROM incident_locations l WHERE l.fid = ip.fid AND l.incident_id = ip.incident_id) ORDER BY ip.fid");
            if (!missing.isEmpty()) add(Kind.LOCATION_MISSING, count(missing.size(), "incident place") + have(missing.size()) + " no feature in the "
                    + "incident_locations layer, so GIS tools and exports do not show them: " + examples(missing) + ".");
            List<String> orphans = strings(c, "SELECT l.incident || ' at ' || l.place || ' (fid ' || l.fid || ')' FROM incident_locations l "
                    + "WHERE NOT EXISTS (SELECT 1 FROM incident_places ip WHERE ip.fid = l.fid AND ip.incident_id = l.incident_id) ORDER BY l.fid");
            if (!orphans.isEmpty()) add(Kind.LOCATION_WITHOUT_PLACE, count(orphans.size(), "feature") + " of the incident_locations layer "
                    + (orphans.size() == 1 ? "matches" : "match") + " no incident place: " + examples(orphans) + ".");
        });
        check(c, "GeoPackage layers", () -> {
            List<String> unregistered = new ArrayList<>();
            for (String layer : FEATURE_LAYERS) {
                boolean registered = !strings(c, "SELECT c.table_name FROM gpkg_contents c JOIN gpkg_geometry_columns g "
                        + "ON g.table_name = c.table_name WHERE c.table_name = '" + layer + "' AND c.data_type = 'features'").isEmpty();
                if (!registered) unregistered.add(layer);
            }
            if (!unregistered.isEmpty()) add(Kind.LAYER_NOT_REGISTERED, "The layer" + (unregistered.size() > 1 ? "s " : " ")
                    + String.join(", ", unregistered) + " " + (unregistered.size() > 1 ? "are" : "is") + " not registered in gpkg_contents "
                    + "and gpkg_geometry_columns, so GIS tools do not list " + (unregistered.size() > 1 ? "them" : "it") + ".");
            List<String> dangling = strings(c, "SELECT table_name FROM gpkg_contents WHERE table_name NOT IN "
                    + "(SELECT name FROM sqlite_master WHERE type IN ('table', 'view')) ORDER BY table_name");
            if (!dangling.isEmpty()) add(Kind.LAYER_WITHOUT_TABLE, "gpkg_contents lists " + count(dangling.size(), "layer")
                    + " whose table does not exist: " + examples(dangling) + ".");
        });
        check(c, "change log", () -> unlogged(ChangeLogTriggers.unguarded(c)));
        check(c, "layer extents", () -> {
            extent(c, "places", Seeder.PLACE_POINTS);
            extent(c, "incident_locations", Seeder.INCIDENT_LOCATION_POINTS);
        });
    }

    private void unlogged(List<String> unguarded) {
        if (!unguarded.isEmpty()) add(Kind.CHANGES_NOT_LOGGED, count(unguarded.size(), "table") + " lack"
                + (unguarded.size() == 1 ? "s" : "") + " the triggers that record changes in the history, so changes to "
                + (unguarded.size() == 1 ? "it" : "them") + " would leave none: " + examples(unguarded) + ".");
    }

    private void extent(Connection c, String layer, String geometries) throws SQLException {
        Envelope actual = Seeder.extentOf(c, geometries);
        if (actual.isNull()) return; // an empty layer needs no extent
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = '" + layer + "'")) {
            if (!rs.next()) return; // reported as not registered
            double[] e = new double[4];
            for (int i = 0; i < 4; i++) {
                e[i] = rs.getDouble(i + 1);
                if (rs.wasNull()) {
                    add(Kind.EXTENT_MISSING, "The layer " + layer + " has no extent in gpkg_contents, so GIS tools cannot zoom to it.");
                    return;
                }
            }
            Envelope recorded = new Envelope(e[0], e[2], e[1], e[3]);
            if (!recorded.covers(actual)) {
                add(Kind.EXTENT_WRONG, "The extent of the layer " + layer + " in gpkg_contents (" + recorded + ") does not cover "
                        + "its features (" + actual + ").");
            }
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws SQLException;
    }

    /** Runs one of Furat's checks; one that cannot read what it needs is itself a finding, and the others still run. */
    private void check(Connection c, String what, Step step) {
        try {
            step.run();
        } catch (SQLException | RuntimeException e) {
            boolean damaged = StoreFailures.classify(e) == StoreException.Problem.DAMAGED;
            add(damaged ? Kind.INTEGRITY : Kind.CHECK_FAILED, "Could not check " + what + (damaged ? ": SQLite cannot read the pages "
                    + "it needs, they are damaged (" : ": (") + (e.getMessage() == null ? e.toString() : e.getMessage()) + ").");
        }
    }

    private void add(Kind kind, String message) {
        findings.add(new Finding(kind, message));
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) values.add(rs.getString(1));
        }
        return values;
    }

    private static String examples(List<String> values) {
        String shown = String.join(", ", values.subList(0, Math.min(EXAMPLES, values.size())));
        return values.size() > EXAMPLES ? shown + " and " + (values.size() - EXAMPLES) + " more" : shown;
    }

    private static String have(int n) {
        return n == 1 ? " has" : " have";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
