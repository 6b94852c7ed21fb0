package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.furat.model.Source;
import org.furat.model.TimePrecision;

/** Source documents: their text, and the document as received where that differs (an HTML page). */
public final class SourceRepository {

    private static final String COLUMNS = "key, outlet, title, url, language, published, published_prec, published_note, text, text_sha256, received";
    private final FuratDatabase database;

    public SourceRepository(FuratDatabase database) {
        this.database = database;
    }

    public Optional<Source> byKey(String key) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM sources WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(source(rs)) : Optional.empty();
                }
            }
        });
    }

    public List<Source> all() {
        return database.read(c -> {
            List<Source> sources = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM sources ORDER BY published, key");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) sources.add(source(rs));
            }
            return sources;
        });
    }

    private static Source source(ResultSet rs) throws SQLException {
        String published = rs.getString("published");
        Integer precision = rs.getObject("published_prec", Integer.class);
        return new Source(rs.getString("key"), rs.getString("outlet"), rs.getString("title"), rs.getString("url"),
                rs.getString("language"), published == null ? null : LocalDate.parse(published),
                precision == null ? null : TimePrecision.ofCode(precision), rs.getString("published_note"),
                rs.getString("text"), rs.getString("text_sha256"), rs.getString("received"));
    }

    static void insert(Connection c, Source s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sources (" + COLUMNS + ", received_sha256) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            bind(ps, s);
            ps.executeUpdate();
        }
    }

    /**
     * Inserts the source unless one whose text or received document has the hash of this one's text or
     * received document is there already; says whether it did. One statement, so the check and the insert are
     * one step under the write lock: of two processes storing the same report at once, the second finds the
     * first's row, never a broken unique constraint.
     */
    static boolean insertIfNew(Connection c, Source s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sources (" + COLUMNS + ", received_sha256) "
                + "SELECT ?,?,?,?,?,?,?,?,?,?,?,? WHERE NOT EXISTS (SELECT 1 FROM sources "
                + "WHERE text_sha256 IN (?13, ?14) OR received_sha256 IN (?13, ?14))")) {
            bind(ps, s);
            ps.setString(13, s.textSha256());
            ps.setString(14, s.received() == null ? s.textSha256() : SeedData.sha256(s.received()));
            return RowsChanged.by(c, ps) == 1;
        }
    }

    private static void bind(PreparedStatement ps, Source s) throws SQLException {
        ps.setString(1, s.key());
        ps.setString(2, s.outlet());
        ps.setString(3, s.title());
        ps.setString(4, s.url());
        ps.setString(5, s.language());
        ps.setString(6, s.published() == null ? null : s.published().toString());
        if (s.publishedPrecision() == null) ps.setNull(7, java.sql.Types.INTEGER);
        else ps.setInt(7, s.publishedPrecision().code());
        ps.setString(8, s.publishedNote());
        ps.setString(9, s.text());
        ps.setString(10, s.textSha256());
        ps.setString(11, s.received());
        ps.setString(12, s.received() == null ? null : SeedData.sha256(s.received()));
    }
}
