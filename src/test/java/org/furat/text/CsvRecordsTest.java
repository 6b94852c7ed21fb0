package org.furat.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-edited CSV files: quoting, line endings, blank lines, and errors that say where. */
class CsvRecordsTest {

    @Test
    void quotedFieldsLineEndingsAndBlankLines() {
        String text = "\uFEFFkey , name\r\nkhasham,\"خشام, \"\"قرية\"\"\"\r\n\r\nnote,\"two\nlines\"\nlast,x";
        CsvRecords.Table table = CsvRecords.parse(text, "t.csv");
        assertEquals(List.of("key", "name"), table.header());
        assertEquals(List.of(
                new CsvRecords.Record(2, Map.of("key", "khasham", "name", "خشام, \"قرية\"")),
                new CsvRecords.Record(4, Map.of("key", "note", "name", "two\nlines")),
                new CsvRecords.Record(6, Map.of("key", "last", "name", "x"))), table.records());
    }

    @Test
    void errorsNameTheFileAndLine() {
        var count = assertThrows(IllegalArgumentException.class, () -> CsvRecords.parse("a,b\n1,2\n3\n", "t.csv"));
        assertEquals("t.csv, line 3: 1 fields where the header has 2", count.getMessage());
        var quote = assertThrows(IllegalArgumentException.class, () -> CsvRecords.parse("a\n\"open\n", "t.csv"));
        assertTrue(quote.getMessage().startsWith("t.csv, line 2"), quote.getMessage());
        var empty = assertThrows(IllegalArgumentException.class, () -> CsvRecords.parse("", "t.csv"));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
    }
}
