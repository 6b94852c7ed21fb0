package org.furat.app;

import java.util.List;
import org.furat.store.server.ServerAddress;
import org.furat.store.server.TeamServer;

/** A team database on PostgreSQL with PostGIS, as the command line sets it up (see {@link TeamServer}). */
public final class TeamDatabase {

    /** What `furat server init` did: the database (without its password), whether it was created, the schema changes applied. */
    public record Setup(String database, boolean created, List<String> applied) {}

    private TeamDatabase() {}

    /** Whether a {@code --db} value names a team database rather than a file. */
    public static boolean isServer(String db) {
        return ServerAddress.isServer(db);
    }

    /** A team database's address as shown to people: never with its password. */
    public static String shown(String url) {
        return ServerAddress.parse(url).toString();
    }

    public static Setup init(String url) {
        TeamServer.Setup setup = TeamServer.init(ServerAddress.parse(url), AppVersion.current());
        return new Setup(setup.address().toString(), setup.created(), setup.applied());
    }

    /** What `furat copy` found at its end: rows per table in the file and on the server, and the tables copied this time. */
    public record CopyOutcome(java.util.Map<String, long[]> rows, List<String> copiedNow, boolean whole) {}

    /** Refuses a team database that holds data or a copy begun: only an empty one can take a whole database. */
    public static void requireEmpty(String url) {
        org.furat.store.server.DatabaseCopy.requireEmpty(ServerAddress.parse(url));
    }

    /**
     * Copies the whole database in {@code file} into the team database {@code url} (set up by {@code furat server init}
     * and empty, or holding an earlier copy of it cut short, which goes on where it stopped), saying each table done.
     */
    public static CopyOutcome copy(java.nio.file.Path file, String url, java.util.function.Consumer<String> progress) {
        org.furat.store.server.DatabaseCopy.Outcome outcome = org.furat.store.server.DatabaseCopy.copy(file, ServerAddress.parse(url), progress);
        return new CopyOutcome(outcome.rows(), outcome.copiedNow(), outcome.whole());
    }

    /**
     * Copies the whole team database {@code url} into the new file {@code file}, saying each table done; the file
     * appears only when every table has as many rows as on the server. The rows per table are on the server, then in the file.
     */
    public static CopyOutcome copy(String url, java.nio.file.Path file, java.util.function.Consumer<String> progress) {
        org.furat.store.server.DatabaseCopy.Outcome outcome = org.furat.store.server.FileCopy.copy(ServerAddress.parse(url), file, progress);
        return new CopyOutcome(outcome.rows(), outcome.copiedNow(), outcome.whole());
    }

    /**
     * Adds a person who connects as {@code name} with a role on this team database: viewer, analyst or editor.
     * Returns the role they had on it before, if any.
     */
    public static java.util.Optional<String> addUser(String url, String name, String role, String password) {
        TeamServer.Role before = TeamServer.addUser(ServerAddress.parse(url), name, TeamServer.Role.parse(role), password);
        return java.util.Optional.ofNullable(before).map(r -> r.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The PostgreSQL roles of a team database, viewer's, analyst's and editor's, as `furat server init` makes them. */
    public static List<String> roles(String url) {
        String database = ServerAddress.parse(url).database();
        return java.util.Arrays.stream(TeamServer.Role.values()).map(r -> r.pgRole(database)).toList();
    }

    /** What the person the address names may do: viewer, analyst or editor; empty when none. */
    public static java.util.Optional<String> roleOf(String url) {
        TeamServer.Role role = TeamServer.roleOf(ServerAddress.parse(url));
        return java.util.Optional.ofNullable(role).map(r -> r.name().toLowerCase(java.util.Locale.ROOT));
    }
}
