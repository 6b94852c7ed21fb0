package org.furat.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.furat.app.TeamDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code furat copy --from FILE --to postgresql://…}: a whole database copied into a team database. */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = {"Copies a whole database file (places, reports with their readings, incidents, evidence, history) into a "
                + "team database set up with `furat server init`, keeping every key, and compares the rows of each table at the end.",
                "Each table is copied in one transaction: a copy cut short goes on where it stopped when run again. A team "
                        + "database that already holds other data is refused, unchanged."})
final class CopyCommand implements Callable<Integer> {

    @ParentCommand
    FuratCommand parent;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The database file (a GeoPackage)")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "URL", description = "The team database: postgresql://[user@]host[:port]/dbname")
    String to;

    @Override
    public Integer call() {
        if (!TeamDatabase.isServer(to)) {
            throw new IllegalArgumentException("--to names a team database, postgresql://[user@]host[:port]/dbname; "
                    + "copying from a team database into a file is not done yet");
        }
        var out = parent.spec.commandLine().getOut();
        TeamDatabase.CopyOutcome outcome = TeamDatabase.copy(from, to, line -> out.println("copied " + line));
        for (Map.Entry<String, long[]> table : outcome.rows().entrySet()) {
            long[] rows = table.getValue();
            out.println(String.format("%-22s %,10d in the file  %,10d on the server%s", table.getKey(), rows[0], rows[1],
                    rows[0] == rows[1] ? "" : "  DIFFERENT"));
        }
        out.println(outcome.whole() ? "The copy is whole: every table has the same rows on both sides"
                : "The copy is not whole: the tables marked DIFFERENT have other rows on the server");
        return outcome.whole() ? 0 : 1;
    }
}
