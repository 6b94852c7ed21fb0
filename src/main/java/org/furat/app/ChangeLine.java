package org.furat.app;

/**
 * One change as an analyst reads it: what it belongs to (an incident, a place, a report... by kind, key and a name to
 * show), what happened ("killed (best)", "place added", "created") and the values before and after, as text (null
 * where there is none). {@code update} tells a field's change (before → after) from a row added or removed (one value).
 */
public record ChangeLine(Kind kind, String subjectKey, String subject, String what, String before, String after, boolean update) {

    /** What a change belongs to: the incident an evidence row supports, the place a spelling names... */
    public enum Kind { INCIDENT, PLACE, REPORT, ACTOR, SETTING, OTHER }

    /** The values as one line: "before → after" for a field, the one value for a row added or removed, or "". */
    public String values() {
        if (update) return orDash(before) + " → " + orDash(after);
        if (after != null) return after;
        return before == null ? "" : before;
    }

    /** The whole change as one line, with what it belongs to when {@code withSubject}. */
    public String text(boolean withSubject) {
        String values = values();
        return (withSubject ? subject + ": " : "") + what + (values.isEmpty() ? "" : ": " + values);
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "—" : s;
    }
}
