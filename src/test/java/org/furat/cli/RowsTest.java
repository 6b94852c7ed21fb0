package org.furat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@code --format csv} of {@code furat places} and {@code furat incidents} writes cells by the CSV export's rule. */
class RowsTest {

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreNeutralisedAndNumbersStayNumbers() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-x,'@SUM(A1),'\tx,-40.12345,-3,,plain",
                Rows.csvLine(Arrays.asList("=HYPERLINK(\"x\")", "+1", "-x", "@SUM(A1)", "\tx", "-40.12345", "-3", null, "plain")));
    }
}
