package org.furat.cli;

import java.util.concurrent.Callable;
import org.furat.app.TeamDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code furat server}: setting up a team database on PostgreSQL with PostGIS. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Sets up a team database on PostgreSQL 15+ with PostGIS 3, and the people who use it.",
        subcommands = {ServerCommand.Init.class, ServerCommand.AddUser.class})
final class ServerCommand extends CommandGroup {

    /** The team database the command names with --db (or $FURAT_DB). */
    String url() {
        String db = parent.db == null ? System.getenv("FURAT_DB") : parent.db.toString();
        if (db == null || !TeamDatabase.isServer(db)) {
            throw new IllegalArgumentException("Name the team database with --db postgresql://[user@]host[:port]/dbname");
        }
        return db;
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = {"Creates the database if missing, its schema (PostGIS layers with spatial indexes) and its own three "
                    + "roles, furat_DBNAME_viewer (read), furat_DBNAME_analyst (import, propose, edit) and furat_DBNAME_editor "
                    + "(verify, delete, merge, gazetteer), with their grants; only their members may connect to it. Run it as the "
                    + "database's owner; running it again applies only what is missing."})
    static final class Init implements Callable<Integer> {
        @ParentCommand
        ServerCommand server;

        @Override
        public Integer call() {
            TeamDatabase.Setup setup = TeamDatabase.init(server.url());
            server.report((setup.created() ? "Created " : "Set up ") + setup.database() + ": "
                    + (setup.applied().isEmpty() ? "the schema was up to date" : "applied " + String.join(", ", setup.applied()))
                    + "; roles " + String.join(", ", TeamDatabase.roles(server.url())));
            return 0;
        }
    }

    @Command(name = "add-user", mixinStandardHelpOptions = true,
            description = "Adds a person who connects as NAME, with a role on this team database: viewer, analyst or editor (a "
                    + "person already there gets the new role instead, and is told which they had).")
    static final class AddUser implements Callable<Integer> {
        @ParentCommand
        ServerCommand server;

        @Parameters(index = "0", paramLabel = "NAME", description = "Their PostgreSQL user name")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, analyst or editor")
        String role;

        @Option(names = "--password-env", paramLabel = "VAR", description = "The name of an environment variable holding their password "
                + "(never on the command line, where others can read it)")
        String passwordEnv;

        @Override
        public Integer call() {
            String password = null;
            if (passwordEnv != null) {
                password = System.getenv(passwordEnv);
                if (password == null || password.isEmpty()) throw new IllegalArgumentException("The environment variable " + passwordEnv + " is not set");
            }
            String now = role.strip().toLowerCase(java.util.Locale.ROOT);
            java.util.Optional<String> before = TeamDatabase.addUser(server.url(), name, role, password);
            server.report(before.isEmpty() ? "Added " + name + " as " + now
                    : before.get().equals(now) ? name + " was already " + now
                    : "Changed " + name + " from " + before.get() + " to " + now);
            return 0;
        }
    }
}
