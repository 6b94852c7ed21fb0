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

    public static Setup init(String url) {
        TeamServer.Setup setup = TeamServer.init(ServerAddress.parse(url), AppVersion.current());
        return new Setup(setup.address().toString(), setup.created(), setup.applied());
    }

    /** Adds a person who connects as {@code name} with a role: viewer, analyst or editor. */
    public static void addUser(String url, String name, String role, String password) {
        TeamServer.addUser(ServerAddress.parse(url), name, TeamServer.Role.parse(role), password);
    }

    /** What the person the address names may do: viewer, analyst or editor; empty when none. */
    public static java.util.Optional<String> roleOf(String url) {
        TeamServer.Role role = TeamServer.roleOf(ServerAddress.parse(url));
        return java.util.Optional.ofNullable(role).map(r -> r.name().toLowerCase(java.util.Locale.ROOT));
    }
}
