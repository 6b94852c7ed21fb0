package org.furat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.furat.app.ChangeDescriptions;
import org.furat.app.ChangeLine;
import org.furat.app.Workspace;
import org.furat.model.ChangeEntry;
import org.furat.model.ChangeQuery;
import org.furat.model.ChangeRecord;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code furat history}: the change log, newest action first. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Lists the changes made to the database, newest first, grouped by the action that made them (an import, a "
                + "review, a gazetteer import...), with who made each, when and why, and each field's value before and after. The table "
                + "reads as the window's History does (local time, fields and links by name); JSON and CSV keep the log's own "
                + "columns (time in UTC, keys) with a description of each change.")
final class HistoryCommand implements Callable<Integer> {

    /** In a table, a value longer than this is cut (a report's text, a whole row): JSON and CSV carry it whole. */
    static final int TABLE_VALUE_WIDTH = 60;
    /** What a change is ("incident KEY: place added") is cut only past this: it is what the table is read by. */
    static final int TABLE_CHANGE_WIDTH = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    FuratCommand parent;

    @ArgGroup(exclusive = true)
    Subject subject;

    static final class Subject {
        @Option(names = "--incident", paramLabel = "KEY", description = "Only the changes of this incident (its places, actors and evidence too)")
        String incident;

        @Option(names = "--place", paramLabel = "KEY", description = "Only the changes of this place (its spellings, the incidents linked to it)")
        String place;

        @Option(names = "--source", paramLabel = "KEY", description = "Only the changes of this report (its reading, the evidence citing it)")
        String source;
    }

    @Option(names = "--since", paramLabel = "DATE", description = "Only changes made on or after this day (UTC), YYYY-MM-DD")
    LocalDate since;

    @Option(names = "--who", paramLabel = "NAME", description = "Only the actions of this analyst (as the history names them)")
    String who;

    @Option(names = "--action", paramLabel = "NAME", description = "Only the actions with this name, e.g. \"delete incident\"")
    String action;

    @Option(names = "--limit", defaultValue = "100", paramLabel = "N", description = "At most N actions (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) throw new IllegalArgumentException("--limit must be at least 1");
        ChangeQuery query = query();
        try (Workspace workspace = parent.openWorkspace()) {
            List<ChangeRecord> actions = workspace.history(query);
            ChangeDescriptions descriptions = new ChangeDescriptions(workspace.changeNames(), ZoneId.systemDefault());
            if (format == OutputFormat.table && actions.isEmpty()) {
                parent.spec.commandLine().getErr().println("No changes recorded" + (query.subject() == ChangeQuery.Subject.ALL ? "" : " for "
                        + query.subject().name().toLowerCase(java.util.Locale.ROOT) + " " + query.key()) + (since == null ? "" : " since " + since));
                parent.spec.commandLine().getErr().flush();
                return 0;
            }
            if (format == OutputFormat.table) {
                Rows.print(parent.spec.commandLine().getOut(), format, TABLE_COLUMNS, table(actions, descriptions), List.of());
                return 0;
            }
            List<List<String>> rows = new ArrayList<>();
            List<Map<String, Object>> json = new ArrayList<>();
            for (ChangeRecord action : actions) {
                if (format == OutputFormat.json) {
                    json.add(json(action, descriptions));
                    continue;
                }
                // CSV repeats the action on every line so that each stands alone.
                for (ChangeEntry change : action.changes()) {
                    rows.add(List.of(Long.toString(action.actionId()), nullToEmpty(action.at()), action.who(), action.why(),
                            describe(change.operation()), change.table(), nullToEmpty(change.key()), nullToEmpty(change.field()),
                            nullToEmpty(change.before()), nullToEmpty(change.after()), descriptions.describe(change).text(true)));
                }
            }
            Rows.print(parent.spec.commandLine().getOut(), format, CSV_COLUMNS, rows, json);
        }
        return 0;
    }

    static final List<String> TABLE_COLUMNS = List.of("action", "when", "who", "why", "change", "before", "after");
    static final List<String> CSV_COLUMNS = List.of("action", "at", "who", "why", "change", "table", "key", "field", "before", "after",
            "description");

    /**
     * The table as an analyst reads it: each action named once, on its first change, with the local time; each change
     * by what it belongs to and what happened ("incident K: killed (best)"), its values cut to a line.
     */
    private static List<List<String>> table(List<ChangeRecord> actions, ChangeDescriptions descriptions) {
        List<List<String>> rows = new ArrayList<>();
        for (ChangeRecord action : actions) {
            boolean first = true;
            for (ChangeLine line : descriptions.describe(action)) {
                String before = line.update() || line.after() == null ? line.before() : null;
                String after = line.after();
                rows.add(List.of(first ? Long.toString(action.actionId()) : "", first ? descriptions.when(action.at()) : "",
                        first ? action.who() : "", first ? cut(action.why(), TABLE_VALUE_WIDTH) : "", cut(line.subject() + ": " + line.what(), TABLE_CHANGE_WIDTH),
                        cut(before, TABLE_VALUE_WIDTH), cut(after, TABLE_VALUE_WIDTH)));
                first = false;
            }
        }
        return rows;
    }

    private ChangeQuery query() {
        ChangeQuery query;
        if (subject == null) query = new ChangeQuery(ChangeQuery.Subject.ALL, null, since, limit);
        else if (subject.incident != null) query = new ChangeQuery(ChangeQuery.Subject.INCIDENT, subject.incident, since, limit);
        else if (subject.place != null) query = new ChangeQuery(ChangeQuery.Subject.PLACE, subject.place, since, limit);
        else query = new ChangeQuery(ChangeQuery.Subject.SOURCE, subject.source, since, limit);
        return query.by(who).named(action);
    }

    /** How a change reads in a list. */
    static String describe(String operation) {
        return switch (operation) {
            case "insert" -> "added";
            case "delete" -> "deleted";
            case "update" -> "changed";
            case "bulk" -> "bulk load";
            default -> operation;
        };
    }

    /** A value on one line of the table, cut when long (JSON and CSV carry it whole). */
    private static String cut(String value, int width) {
        if (value == null) return "";
        String line = value.replace('\n', ' ');
        return line.codePointCount(0, line.length()) <= width ? line : line.substring(0, line.offsetByCodePoints(0, width - 1)) + "…";
    }

    private static Map<String, Object> json(ChangeRecord action, ChangeDescriptions descriptions) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", action.actionId());
        m.put("at", action.at());
        m.put("who", action.who());
        m.put("name", action.name());
        m.put("why", action.why());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (ChangeEntry change : action.changes()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("change", describe(change.operation()));
            c.put("table", change.table());
            c.put("key", change.key());
            c.put("field", change.field());
            // A whole row (an insert, a delete, a bulk summary) is a JSON object already: nested, not quoted.
            boolean row = !"update".equals(change.operation());
            c.put("before", row && change.before() != null ? JSON.readTree(change.before()) : change.before());
            c.put("after", row && change.after() != null ? JSON.readTree(change.after()) : change.after());
            c.put("description", descriptions.describe(change).text(true));
            changes.add(c);
        }
        m.put("changes", changes);
        return m;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
