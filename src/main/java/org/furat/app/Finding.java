package org.furat.app;

/**
 * Words the extractor recognised in a report, and what it took them for, so the review screen can highlight
 * every finding by kind and say what each one means.
 *
 * @param start  first char, in the report's text
 * @param end    one past the last char
 * @param label  what the words were read as ("Khasham", "1–31 Oct 2024", "1 killed")
 */
public record Finding(Kind kind, int start, int end, String label) {

    public enum Kind {
        PLACE("Place"), UNKNOWN_PLACE("Unknown place"), OUTSIDE_MAP("Outside the map"), DATE("Date"), ACTOR("Actor"),
        CASUALTIES("Casualties"), EVENT("Event");

        private final String label;

        Kind(String label) { this.label = label; }

        public String label() { return label; }
    }
}
