package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words each incident's evidence quotes, cut from the source texts in Java and held in a temporary table
 * ({@code furat_quotes}, named without its schema as SQLite and PostgreSQL name temporary tables differently: every quote joined as exports show them, and joined by spaces for the search index) for the statements that
 * write the derived rows. Each source text is read once per call, however many rows quote it: cutting the
 * quote in SQL handed the whole text to a function once per row, which made importing a long report
 * quadratic in its length. Used within the caller's transaction; the temporary table lives only on its
 * connection and is emptied after use.
 */
final class EvidenceQuotes {

    private final Connection connection;
    /** Source texts by key: those the caller already holds, and those read here. */
    private final Map<String, String> texts;

    EvidenceQuotes(Connection connection, Map<String, String> knownTexts) {
        this.connection = connection;
        this.texts = new HashMap<>(knownTexts);
    }

    /** Fills {@code furat_quotes} for the incidents with ids in [firstId, lastId]. */
    void fill(long firstId, long lastId) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS furat_quotes (incident_id BIGINT PRIMARY KEY, exported_quotes TEXT, all_quotes TEXT)");
            st.execute("DELETE FROM furat_quotes");
        }
        try (PreparedStatement read = connection.prepareStatement("SELECT e.incident_id, s.key, e.span_start, e.span_end "
                + "FROM evidence e JOIN sources s ON s.id = e.source_id WHERE e.incident_id BETWEEN ? AND ? ORDER BY e.incident_id, e.id");
             PreparedStatement write = connection.prepareStatement(
                     "INSERT INTO furat_quotes (incident_id, exported_quotes, all_quotes) VALUES (?, ?, ?)")) {
            read.setLong(1, firstId);
            read.setLong(2, lastId);
            read.setFetchSize(10_000); // a server sends a million rows a part at a time, not all at once
            long incident = -1;
            List<String> quotes = new ArrayList<>();
            int pending = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id != incident && incident != -1) {
                        add(write, incident, quotes);
                        if (++pending % 10_000 == 0) write.executeBatch();
                    }
                    incident = id;
                    quotes.add(quote(text(rs.getString(2)), rs.getInt(3), rs.getInt(4)));
                }
            }
            if (incident != -1) add(write, incident, quotes);
            write.executeBatch();
        }
    }

    /** Empties the temporary table, so no quote outlives the statement it was made for. */
    void clear() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DELETE FROM furat_quotes");
        }
    }

    private static void add(PreparedStatement write, long incident, List<String> quotes) throws SQLException {
        // group_concat skipped the NULLs of spans that did not fit; so does this.
        List<String> present = quotes.stream().filter(q -> q != null).toList();
        write.setLong(1, incident);
        // Every span of every source, so an incident merged from several sentences or reports exports all its words.
        write.setString(2, present.isEmpty() ? null : String.join(IncidentRepository.SOURCES_JOINED, present));
        write.setString(3, present.isEmpty() ? null : String.join(" ", present));
        write.addBatch();
        quotes.clear();
    }

    private String text(String sourceKey) throws SQLException {
        String text = texts.get(sourceKey);
        if (text != null) return text;
        try (PreparedStatement ps = connection.prepareStatement("SELECT text FROM sources WHERE key = ?")) {
            ps.setString(1, sourceKey);
            try (ResultSet rs = ps.executeQuery()) {
                text = rs.next() ? rs.getString(1) : null;
            }
        }
        if (text != null) texts.put(sourceKey, text);
        return text;
    }

    /** The span of the text by UTF-16 offsets, as evidence counts them; null where it does not fit the text. */
    static String quote(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || end < start) return null;
        return text.substring(start, end);
    }
}
