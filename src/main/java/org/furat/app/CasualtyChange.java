package org.furat.app;

import java.util.HashMap;
import java.util.Map;
import org.furat.model.Casualties;
import org.furat.model.ChangeEntry;

/**
 * One casualty figure's change (killed or injured of one incident) gathered from the fields the log holds apart, its
 * best, lowest and highest, and shown as the incident card shows the figure: "3 → 10–15". The log holds only the
 * fields that changed; when one of the three is missing its value is not known here, so each field that changed is
 * named instead, still on one line: "highest 15 → 20".
 */
final class CasualtyChange {

    private static final String[] BOUNDS = {"best", "low", "high"};

    /** "killed" or "injured" */
    final String figure;
    /** The first of its fields in the log, which says what it belongs to. */
    final ChangeEntry first;
    /** Where its line goes among the action's lines. */
    final int line;
    private final Map<String, String[]> values = new HashMap<>();

    CasualtyChange(String figure, ChangeEntry first, int line) {
        this.figure = figure;
        this.first = first;
        this.line = line;
    }

    /** "killed" or "injured" for an update of one of an incident's casualty fields, else null. */
    static String figureOf(ChangeEntry change) {
        if (!"incidents".equals(change.table()) || !"update".equals(change.operation()) || change.field() == null) return null;
        for (String figure : new String[] {"killed", "injured"}) {
            for (String bound : BOUNDS) if (change.field().equals(figure + "_" + bound)) return figure;
        }
        return null;
    }

    void add(ChangeEntry change) {
        values.put(change.field().substring(figure.length() + 1), new String[] {change.before(), change.after()});
    }

    String before() {
        return text(0);
    }

    String after() {
        return text(1);
    }

    private String text(int side) {
        if (values.size() == BOUNDS.length) {
            try {
                return new Casualties(number(values.get("best")[side]), number(values.get("low")[side]), number(values.get("high")[side])).describe();
            } catch (IllegalArgumentException e) {
                // not figures this version can read: each field as stored, below
            }
        }
        StringBuilder b = new StringBuilder();
        for (String bound : BOUNDS) {
            String[] v = values.get(bound);
            if (v == null) continue;
            if (b.length() > 0) b.append(", ");
            b.append(ChangeDescriptions.field(figure + "_" + bound).replace(figure + " (", "").replace(")", "")).append(' ')
                    .append(v[side] == null ? "?" : v[side]);
        }
        return b.toString();
    }

    private static Integer number(String value) {
        return value == null ? null : Integer.valueOf(value.strip());
    }
}
