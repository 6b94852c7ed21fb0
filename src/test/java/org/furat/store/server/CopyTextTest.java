package org.furat.store.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** COPY's text form, for the characters that need escaping. */
class CopyTextTest {

    @Test
    void tabsLinesBackslashesAndNullAreEscapedForCopy() {
        StringBuilder line = new StringBuilder();
        CopyText.field(line, "a\tb\nc\rd\\e «قصف»");
        line.append('\t');
        CopyText.field(line, null);
        assertEquals("a\\tb\\nc\\rd\\\\e «قصف»\t\\N", line.toString());
    }
}
