package org.furat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.furat.app.DefaultDatabase;
import org.furat.app.TeamDatabase;
import org.furat.app.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code furat}: with no command it opens the window; its subcommands answer on standard output. */
@Command(name = "furat", mixinStandardHelpOptions = true, versionProvider = FuratCommand.Version.class,
        description = "Maps conflict incidents in Deir ez-Zor from news reports. With no command, opens the map window.",
        subcommands = {PlacesCommand.class, PlaceCommand.class, ActorCommand.class, IncidentsCommand.class, IncidentCommand.class,
                ImportCommand.class, GazetteerCommand.class, ExportCommand.class, CheckCommand.class, HistoryCommand.class, UndoCommand.class,
                RedoCommand.class, SettingsCommand.class, ServerCommand.class, CopyCommand.class, PublishCommand.class, SynthCommand.class, BenchCommand.class, EvalCommand.class})
public final class FuratCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH|URL", scope = CommandLine.ScopeType.INHERIT,
            description = "Database file (a GeoPackage; created and seeded if missing), or a team database: "
                    + "postgresql://[user@]host[:port]/dbname. Default: $FURAT_DB or ~/.local/share/furat/furat.gpkg")
    String db;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** The map window, as the command line opens it. */
    @FunctionalInterface
    public interface Window {
        /** Opens the window on a workspace and returns when it closes. */
        void open(Workspace workspace);

        /**
         * Opens the window on a database that could not be opened, to say why and offer another; returns when it
         * closes. Without a window to show, the failure is the command's error.
         */
        default void openOnProblem(String database, RuntimeException problem) {
            throw problem;
        }
    }

    private final Window window;

    public FuratCommand(Window window) {
        this.window = window;
    }

    /** Runs a command line and returns the exit code. */
    public static int run(String[] args, Window window) {
        return commandLine(window).execute(args);
    }

    /** The command line, configured: errors become one clear line on standard error and exit code 1. */
    public static CommandLine commandLine(Window window) {
        CommandLine cli = new CommandLine(new FuratCommand(window)).setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(java.time.LocalDate.class, FuratCommand::date);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("furat: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli;
    }

    /** A date as the options take it, with a message that says what is expected rather than a parser's. */
    static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date: use YYYY-MM-DD, e.g. 2024-11-20");
        }
    }

    /** The database the command names: --db, else $FURAT_DB, else the default file. */
    String databaseLocation() {
        return db != null ? db : DefaultDatabase.location();
    }

    /** The database file, for the commands that work only on a file. */
    Path database() {
        String location = databaseLocation();
        if (TeamDatabase.isServer(location)) {
            throw new IllegalArgumentException("This command works on a database file, not on the team database "
                    + location + ": copy it into a file first (furat copy --from " + location + " --to FILE)");
        }
        return Path.of(location);
    }

    Workspace openWorkspace() {
        Workspace workspace = Workspace.open(databaseLocation());
        PrintWriter err = spec.commandLine().getErr();
        workspace.upgradeNotice().ifPresent(err::println);
        if (workspace.seededNow()) {
            err.println(TeamDatabase.isServer(databaseLocation())
                    ? "Filled the team database " + workspace.databaseName() + " with the seed data (its first open)"
                    : "Created the database " + workspace.databaseName() + " and filled it with the seed data");
        }
        err.flush();
        return workspace;
    }

    /** The version the build recorded, the same one a database records with each schema change. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Furat " + org.furat.app.AppVersion.current()};
        }
    }

    @Override
    public Integer call() {
        Workspace workspace;
        try {
            workspace = openWorkspace();
        } catch (RuntimeException problem) {
            // The window explains what is wrong and offers a way on, rather than a line on a terminal nobody sees.
            window.openOnProblem(databaseLocation(), problem);
            return 0;
        }
        try (workspace) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Furat database: " + workspace.databaseName());
            out.flush();
            window.open(workspace);
        }
        return 0;
    }
}
