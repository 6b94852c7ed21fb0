package org.furat.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import org.furat.text.SearchQuery;

/** Full-text search over incidents' descriptions and the source words that support them. */
public final class SearchRepository {

    // U+10FFFF, the last code point: in byte order every word that begins with a term sorts before the term followed by it.
    private static final String LAST_CHARACTER = new String(Character.toChars(Character.MAX_CODE_POINT));

    private final FuratDatabase database;

    public SearchRepository(FuratDatabase database) {
        this.database = database;
    }

    /**
     * Ids, ascending, of the incidents whose descriptions or evidence match the query: every term the prefix of one
     * of their words. A file asks its FTS5 index; a team database its index of the same search keys' words (S006),
     * where a term is the range of words from the term to the term followed by the last character there is.
     */
    public long[] matchingIncidents(SearchQuery query) {
        return database.read(c -> {
            long[] ids = new long[1024];
            int n = 0;
            boolean server = Dialect.server(c);
            String sql = server
                    ? String.join(" INTERSECT ", java.util.Collections.nCopies(query.terms().size(),
                            "SELECT rowid FROM incident_search_terms WHERE term >= ? AND term < ?"))
                    : "SELECT rowid FROM incident_search WHERE incident_search MATCH ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (server) {
                    for (int i = 0; i < query.terms().size(); i++) {
                        ps.setString(2 * i + 1, query.terms().get(i));
                        ps.setString(2 * i + 2, query.terms().get(i) + LAST_CHARACTER);
                    }
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
            Arrays.sort(ids, 0, n);
            return withoutRepeats(ids, n); // on a team database, one term may begin two words of an incident
        });
    }

    /** The first {@code n} ids, sorted, each once. */
    private static long[] withoutRepeats(long[] sorted, int n) {
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (kept == 0 || sorted[i] != sorted[kept - 1]) sorted[kept++] = sorted[i];
        }
        return Arrays.copyOf(sorted, kept);
    }
}
