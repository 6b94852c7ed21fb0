package org.furat.ui;

import javafx.beans.value.ObservableValue;

/**
 * One row of the incident table: its number in the table's order and the incident's row id. The row's text comes
 * from {@code pages}, read a page at a time when the row is first shown, so a table of a million rows holds a
 * million small references and only the rows seen so far.
 */
record RowRef(IncidentPages pages, int row, long id) {

    /** The row's text, null until its page is read. */
    ObservableValue<IncidentRow> value() {
        return pages.row(row);
    }
}
