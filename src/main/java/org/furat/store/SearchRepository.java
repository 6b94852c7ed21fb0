package org.furat.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;

/** Full-text search over incidents' descriptions and the source words that support them. */
public final class SearchRepository {

    private final FuratDatabase database;

    public SearchRepository(FuratDatabase database) {
        this.database = database;
    }

    /**
     * Ids, ascending, of the incidents whose descriptions or evidence match an FTS5 expression built from
     * search keys (see org.furat.text.SearchQuery#fts5Match).
     */
    public long[] matchingIncidents(String fts5Match) {
        return database.read(c -> {
            long[] ids = new long[1024];
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM incident_search WHERE incident_search MATCH ?")) {
                ps.setString(1, fts5Match);
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
}
