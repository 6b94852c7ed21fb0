package org.furat.io;

/** The value types an exported attribute can have; each format maps them to its own (DBF C/N/D, SQLite TEXT/INTEGER/REAL/DATE …). */
public enum FieldType {
    /** A String. */
    TEXT,
    /** A Long. */
    INTEGER,
    /** A Double. */
    REAL,
    /** A java.time.LocalDate; written as a real date type where the format has one. */
    DATE
}
