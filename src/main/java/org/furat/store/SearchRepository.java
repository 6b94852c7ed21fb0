package org.furat.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import org.furat.text.SearchQuery;

/** Full-text search over incidents' descriptions and the source words that support them. */
public final class SearchRepository {

    private final FuratDatabase database;

    public SearchRepository(FuratDatabase database) {
        this.database = database;
    }

    /**
     * Ids, ascending, of the incidents whose descriptions or evidence match the query: every term the prefix of one
     * of their words. A file asks its FTS5 index; a team database its trigram index over the same search keys.
     */
    public long[] matchingIncidents(SearchQuery query) {
        return database.read(c -> {
            long[] ids = new long[1024];
            int n = 0;
            boolean server = Dialect.server(c);
            String sql = server
                    ? "SELECT rowid FROM incident_search WHERE TRUE" + String.join("", java.util.Collections.nCopies(query.terms().size(),
                            " AND (' ' || body) LIKE ? ESCAPE '\\'"))
                    : "SELECT rowid FROM incident_search WHERE incident_search MATCH ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (server) {
                    for (int i = 0; i < query.terms().size(); i++) ps.setString(i + 1, "% " + likeEscaped(query.terms().get(i)) + "%");
                } else {
                    ps.setString(1, query.fts5Match());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (n == ids.length) ids = Arrays.copyOf(ids, n * 2);
                        ids[n++] = rs.getLong(1);
                    }
                }
            }
            long[] result = Arrays.copyOf(ids, n);
            Arrays.sort(result);
            return result;
        });
    }

    private static String likeEscaped(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
