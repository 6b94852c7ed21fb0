package org.furat.store.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** COPY's text form and JSON strings, for the characters that need escaping. */
class CopyTextTest {

    @Test
    void tabsLinesBackslashesAndNullAreEscapedForCopy() {
        StringBuilder line = new StringBuilder();
        CopyText.field(line, "a\tb\nc\rd\\e «قصف»");
        line.append('\t');
        CopyText.field(line, null);
        assertEquals("a\\tb\\nc\\rd\\\\e «قصف»\t\\N", line.toString());
    }

    @Test
    void aTextBecomesAJsonString() {
        assertEquals("\"say \\\"hi\\\"\\n\\\\ \\u0001 قصف\"", CopyText.jsonString("say \"hi\"\n\\ \u0001 قصف"));
    }
}
