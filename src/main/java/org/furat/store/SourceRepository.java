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
            ps.executeUpdate();
        }
    }
}
