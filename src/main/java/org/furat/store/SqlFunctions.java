package org.furat.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.furat.text.ArabicNormalizer;
import org.sqlite.Function;

/**
 * SQL functions Furat's own statements use, registered on every connection it opens:
 * {@code furat_search_key(text)} (the normalised form the search index holds) and
 * {@code furat_span(text, start, end)} (a substring by UTF-16 offsets, as evidence spans count; SQLite's
 * substr counts code points). Other programs reading the file never need them.
 */
final class SqlFunctions {
    private SqlFunctions() {}

    static void register(Connection connection) throws SQLException {
        Function.create(connection, "furat_search_key", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String text = value_text(0);
                result(text == null ? "" : ArabicNormalizer.searchKey(text));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, "furat_span", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String text = value_text(0);
                int start = value_int(1), end = value_int(2);
                if (text == null || start < 0 || end > text.length() || end < start) result();
                else result(text.substring(start, end));
            }
        }, 3, Function.FLAG_DETERMINISTIC);
    }
}
