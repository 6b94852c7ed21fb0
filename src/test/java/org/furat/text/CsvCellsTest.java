package org.furat.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one rule every CSV Furat writes follows: RFC 4180 quoting, and no cell a spreadsheet would run as a formula. */
class CsvCellsTest {

    @Test
    void textStartingLikeAFormulaGetsASingleQuoteInFront() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", CsvCells.neutralised("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+1", CsvCells.neutralised("+1"));
        assertEquals("'-x", CsvCells.neutralised("-x"));
        assertEquals("'@SUM(A1:A2)", CsvCells.neutralised("@SUM(A1:A2)"));
        assertEquals("'\tcmd", CsvCells.neutralised("\tcmd"));
        assertEquals("'\r=1", CsvCells.neutralised("\r=1"));
        assertEquals("'-1+1", CsvCells.neutralised("-1+1"));
    }

    @Test
    void plainNumbersAndOrdinaryTextStayAsTheyAre() {
        assertEquals("-3", CsvCells.neutralised("-3"));
        assertEquals("-35.12345", CsvCells.neutralised("-35.12345"));
        assertEquals("a=b", CsvCells.neutralised("a=b"));
        assertEquals("دير الزور", CsvCells.neutralised("دير الزور"));
        assertEquals("", CsvCells.neutralised(""));
    }

    @Test
    void aCellIsQuotedOnlyWhereCsvNeedsIt() {
        assertEquals("plain", CsvCells.cell("plain"));
        assertEquals("", CsvCells.cell(null));
        assertEquals("", CsvCells.cell(""));
        assertEquals("-40.5", CsvCells.cell("-40.5"));
        assertEquals("\"a, \"\"b\"\"\"", CsvCells.cell("a, \"b\""));
        assertEquals("\"'=1,2\"", CsvCells.cell("=1,2"));
        assertEquals("'@x", CsvCells.cell("@x"));
        assertEquals("\"'=x\"", CsvCells.quotedText("=x"));
    }
}
