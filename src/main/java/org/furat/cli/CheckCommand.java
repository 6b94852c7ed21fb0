package org.furat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.furat.app.DatabaseHealth;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code furat check}: says what is wrong with a database, changing nothing; exit code 1 if anything is. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the database without changing it: SQLite's integrity and foreign-key checks, and Furat's own "
                + "rules (every incident has evidence inside the text of a source that exists, the incident_locations layer "
                + "matches the incidents' places, the layers are registered with their extents, the schema is one this Furat knows).",
                "On a team database the server keeps its storage and keys sound itself: Furat checks its own rules there (the "
                        + "evidence, the change log's triggers on every table, every incident in the search index).",
                "Exit code 0 when nothing is wrong, 1 otherwise."})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    FuratCommand parent;

    @Override
    public Integer call() {
        DatabaseHealth.Report report = DatabaseHealth.check(parent.databaseLocation());
        PrintWriter out = parent.spec.commandLine().getOut();
        report.lines().forEach(out::println);
        out.flush();
        return report.clean() ? 0 : 1;
    }
}
