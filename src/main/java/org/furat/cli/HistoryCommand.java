package org.furat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
                + "review, a gazetteer import...), with who made each, when (UTC) and why, and each field's value before and after.")
final class HistoryCommand implements Callable<Integer> {

    /** In a table, a value longer than this is cut (a report's text, a whole row): JSON and CSV carry it whole. */
    static final int TABLE_VALUE_WIDTH = 60;

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
            List<String> columns = List.of("action", "at", "who", "why", "change", "table", "key", "field", "before", "after");
            List<List<String>> rows = new ArrayList<>();
            List<Map<String, Object>> json = new ArrayList<>();
            for (ChangeRecord action : actions) {
                if (format == OutputFormat.json) {
                    json.add(json(action));
                    continue;
                }
                boolean first = true;
                for (ChangeEntry change : action.changes()) {
                    // A table names the action once, on its first change; CSV repeats it so that each line stands alone.
                    boolean named = first || format == OutputFormat.csv;
                    rows.add(List.of(named ? Long.toString(action.actionId()) : "", named ? nullToEmpty(action.at()) : "",
                            named ? action.who() : "", named ? action.why() : "", describe(change.operation()), change.table(),
                            nullToEmpty(change.key()), nullToEmpty(change.field()), cell(change.before()), cell(change.after())));
                    first = false;
                }
            }
            if (format == OutputFormat.table && rows.isEmpty()) {
                parent.spec.commandLine().getErr().println("No changes recorded" + (query.subject() == ChangeQuery.Subject.ALL ? "" : " for "
                        + query.subject().name().toLowerCase(java.util.Locale.ROOT) + " " + query.key()) + (since == null ? "" : " since " + since));
                parent.spec.commandLine().getErr().flush();
                return 0;
            }
            Rows.print(parent.spec.commandLine().getOut(), format, columns, rows, json);
        }
        return 0;
    }

    private ChangeQuery query() {
        if (subject == null) return new ChangeQuery(ChangeQuery.Subject.ALL, null, since, limit);
        if (subject.incident != null) return new ChangeQuery(ChangeQuery.Subject.INCIDENT, subject.incident, since, limit);
        if (subject.place != null) return new ChangeQuery(ChangeQuery.Subject.PLACE, subject.place, since, limit);
        return new ChangeQuery(ChangeQuery.Subject.SOURCE, subject.source, since, limit);
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

    private String cell(String value) {
        if (value == null) return "";
        if (format != OutputFormat.table) return value;
        String line = value.replace('\n', ' ');
        return line.codePointCount(0, line.length()) <= TABLE_VALUE_WIDTH ? line
                : line.substring(0, line.offsetByCodePoints(0, TABLE_VALUE_WIDTH - 1)) + "…";
    }

    private static Map<String, Object> json(ChangeRecord action) throws Exception {
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
            changes.add(c);
        }
        m.put("changes", changes);
        return m;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
