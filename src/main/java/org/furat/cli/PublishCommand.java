package org.furat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.furat.app.ConcurrentEdit;
import org.furat.app.Publisher;
import org.furat.app.TeamDatabase;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code furat publish --from FILE --to postgresql://…}: a copy's work sent back to its team database. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Sends the work done in a copy of a team database (made with `furat copy --from TEAM --to FILE`) back to "
                + "it: the copy's new reports and incidents, and its changes to incidents (deletions and restorations too) "
                + "since it was copied or last published, in one action of the team's history.",
                "A part of an incident (its dates, type, actors, toll, places, descriptions, status, note, evidence, deletion) "
                        + "that the team changed too, differently, is a conflict: nothing is sent, and each conflict is listed, "
                        + "unless --keep-mine or --take-theirs settles all of them. Exit code 1 when conflicts stopped it."})
final class PublishCommand implements Callable<Integer> {

    @ParentCommand
    FuratCommand parent;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The copy: a database file made with furat copy")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "URL", description = "The team database it was copied from: postgresql://[user@]host[:port]/dbname")
    String to;

    @ArgGroup(exclusive = true)
    Settle settle;

    static final class Settle {
        @Option(names = "--keep-mine", description = "Settle every conflict with the copy's value")
        boolean keepMine;

        @Option(names = "--take-theirs", description = "Settle every conflict with the team's value")
        boolean takeTheirs;
    }

    @Override
    public Integer call() {
        if (!TeamDatabase.isServer(to)) {
            throw new IllegalArgumentException("--to must name a team database: postgresql://[user@]host[:port]/dbname");
        }
        ConcurrentEdit.Settle how = settle == null ? ConcurrentEdit.Settle.REFUSE
                : settle.keepMine ? ConcurrentEdit.Settle.KEEP_MINE : ConcurrentEdit.Settle.TAKE_THEIRS;
        Publisher.Outcome outcome = Publisher.publish(from, to, how);
        PrintWriter out = parent.spec.commandLine().getOut();
        if (!outcome.conflicts().isEmpty()) {
            out.println((outcome.sent() ? "Settled " : "Not sent: ") + outcome.conflicts().size() + " part(s) changed both in the copy and on the team database:");
            out.println(String.format("%-40s %-24s %-30s %s", "incident", "part", "team", "copy"));
            for (Publisher.Conflict c : outcome.conflicts()) {
                out.println(String.format("%-40s %-24s %-30s %s", c.incident(), c.part(), c.theirs(), c.mine()));
            }
            if (!outcome.sent()) {
                out.println("Run again with --keep-mine or --take-theirs to settle them all, or settle them one by one in the copy.");
                out.flush();
                return 1;
            }
        }
        if (outcome.nothing()) {
            out.println("Nothing to send: " + from + " has no new work since it was copied or last published");
        } else {
            out.println("Sent to " + to.replaceAll("//([^:@/]+):[^@/]*@", "//$1@") + " in one action:");
            line(out, "new reports", outcome.reports());
            line(out, "new incidents", outcome.added());
            line(out, "incidents changed", outcome.changed());
            line(out, "incidents deleted", outcome.deleted());
            line(out, "incidents restored", outcome.restored());
        }
        out.flush();
        return 0;
    }

    private static void line(PrintWriter out, String what, List<String> keys) {
        if (!keys.isEmpty()) out.println(String.format("  %-20s %d: %s", what, keys.size(), String.join(", ", keys)));
    }
}
