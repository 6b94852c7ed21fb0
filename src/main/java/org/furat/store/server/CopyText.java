package org.furat.store.server;

/** Values written in PostgreSQL COPY's text form. */
final class CopyText {

    private CopyText() {}

    /** Appends a value as a COPY text field: backslash, tab, newline and carriage return escaped; null as \N. */
    static void field(StringBuilder line, String value) {
        if (value == null) {
            line.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }
}
