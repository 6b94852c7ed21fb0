package org.furat.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.furat.app.TeamDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code furat copy --from FILE --to postgresql://…} and {@code furat copy --from postgresql://… --to FILE}: a whole
 * database copied into a team database, or a team database into a new file.
 */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = {"Copies a whole database (places, reports with their readings, incidents, evidence, history) between a "
                + "database file and a team database set up with `furat server init`, either way, keeping every key, and compares "
                + "the rows of each table at the end.",
                "Into a team database each table is copied in one transaction: a copy cut short goes on where it stopped when run "
                        + "again, and a team database that already holds other data is refused, unchanged. Into a file the copy "
                        + "is one snapshot of the team database, written beside the file and moved into place only when whole: "
                        + "a copy cut short leaves no file, and the file must not exist yet."})
final class CopyCommand implements Callable<Integer> {

    @ParentCommand
    FuratCommand parent;

    @Option(names = "--from", required = true, paramLabel = "FILE|URL",
            description = "A database file (a GeoPackage), or a team database: postgresql://[user@]host[:port]/dbname")
    String from;

    @Option(names = "--to", required = true, paramLabel = "URL|FILE",
            description = "A team database, postgresql://[user@]host[:port]/dbname, or a new database file")
    String to;

    @Override
    public Integer call() {
        boolean fromServer = TeamDatabase.isServer(from), toServer = TeamDatabase.isServer(to);
        if (fromServer == toServer) {
            throw new IllegalArgumentException(fromServer
                    ? "--from and --to both name team databases: one of them must be a database file"
                    : "--from and --to both name files: one of them must be a team database, postgresql://[user@]host[:port]/dbname "
                    + "(to copy a file, copy the file)");
        }
        var out = parent.spec.commandLine().getOut();
        TeamDatabase.CopyOutcome outcome = toServer
                ? TeamDatabase.copy(Path.of(from), to, line -> out.println("copied " + line))
                : TeamDatabase.copy(from, Path.of(to), line -> out.println("copied " + line));
        report(out, outcome, toServer);
        return outcome.whole() ? 0 : 1;
    }

    /** Prints each table's rows on both sides, marking those that differ, and whether the copy is whole. */
    static void report(java.io.PrintWriter out, TeamDatabase.CopyOutcome outcome, boolean toServer) {
        String first = toServer ? "in the file" : "on the server", second = toServer ? "on the server" : "in the file";
        for (Map.Entry<String, long[]> table : outcome.rows().entrySet()) {
            long[] rows = table.getValue();
            out.println(String.format("%-22s %,10d %s  %,10d %s%s", table.getKey(), rows[0], first, rows[1], second,
                    rows[0] == rows[1] ? "" : "  DIFFERENT"));
        }
        if (outcome.whole()) {
            out.println("The copy is whole: every table has the same rows on both sides");
        } else {
            out.println(toServer ? "The copy is not whole: the tables marked DIFFERENT have other rows on the server"
                    : "The copy is not whole: the tables marked DIFFERENT lost rows on the way, so no file was made");
        }
    }
}
